/// The chunk-size line of a chunked body (RFC 9112 §7.1): `chunk-size [chunk-ext] CRLF`.
enum ChunkLine {
    /// Returns the chunk size and how many extension bytes the line carried.
    /// Sizes larger than `maxSize` are reported as 413 as soon as they are seen, so an
    /// oversized body is refused without being read.
    static func parse(_ line: ArraySlice<UInt8>, maxSize: Int) throws(HTTPParseError) -> (size: Int, extensionBytes: Int) {
        var index = line.startIndex
        var size = 0
        while index < line.endIndex, let digit = ByteClass.hexValue(line[index]) {
            guard size <= (Int.max - digit) / 16 else { throw .bodyTooLarge }
            size = size * 16 + digit
            index += 1
        }
        guard index > line.startIndex else { throw .badRequest("Invalid chunk size") }
        guard size <= maxSize else { throw .bodyTooLarge }
        let extensions = line[index...]
        guard isValidExtensionList(extensions) else { throw .badRequest("Invalid chunk extension") }
        return (size, extensions.count)
    }

    /// `*( BWS ";" BWS ext-name [ BWS "=" BWS ( token / quoted-string ) ] )`.
    static func isValidExtensionList(_ bytes: ArraySlice<UInt8>) -> Bool {
        var scanner = Scanner(bytes: bytes)
        while !scanner.isAtEnd {
            scanner.skipWhitespace()
            guard scanner.take(UInt8(ascii: ";")) else { return false }
            scanner.skipWhitespace()
            guard scanner.takeToken() else { return false }
            scanner.skipWhitespace()
            if scanner.take(UInt8(ascii: "=")) {
                scanner.skipWhitespace()
                guard scanner.takeToken() || scanner.takeQuotedString() else { return false }
                scanner.skipWhitespace()
            }
        }
        return true
    }

    private struct Scanner {
        var bytes: ArraySlice<UInt8>
        var isAtEnd: Bool { bytes.isEmpty }

        mutating func skipWhitespace() {
            while let byte = bytes.first, ByteClass.isWhitespace(byte) { bytes.removeFirst() }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard bytes.first == byte else { return false }
            bytes.removeFirst()
            return true
        }

        mutating func takeToken() -> Bool {
            let count = bytes.prefix(while: ByteClass.isTokenChar).count
            bytes.removeFirst(count)
            return count > 0
        }

        /// DQUOTE *( qdtext / quoted-pair ) DQUOTE, with no control bytes inside.
        mutating func takeQuotedString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while let byte = bytes.first {
                bytes.removeFirst()
                if byte == UInt8(ascii: "\"") { return true }
                guard ByteClass.isFieldValueByte(byte) else { return false }
                if byte == UInt8(ascii: "\\") {
                    guard let escaped = bytes.first, ByteClass.isFieldValueByte(escaped) else { return false }
                    bytes.removeFirst()
                }
            }
            return false
        }
    }
}
