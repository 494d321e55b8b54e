extension JSONScanner {
    /// A string token, cursor on its opening quote. Validates UTF-8 and decodes escapes.
    ///
    /// The common case (ASCII, no escapes) is a single scan and one `String` copy; anything
    /// else goes through `parseStringSlowly`, which builds the UTF-8 bytes itself.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            index += 1
        }
        var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        try parseStringSlowly(into: &utf8)
        // Every byte appended was validated or produced from a valid scalar.
        return String(decoding: utf8, as: UTF8.self)
    }

    private mutating func parseStringSlowly(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                try parseEscape(into: &utf8)
            case 0..<0x20:
                throw error("control character in string")
            case 0x80...:
                try copyMultiByteSequence(into: &utf8)
            default:
                utf8.append(byte)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    /// Copies one well-formed multi-byte sequence (Unicode Table 3-7), rejecting overlong forms,
    /// UTF-8-encoded surrogates, code points above U+10FFFF and truncated sequences.
    private mutating func copyMultiByteSequence(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw error("invalid UTF-8")
        }
        guard bytes.count - index >= length else { throw error("invalid UTF-8") }
        guard secondRange.contains(bytes[index + 1]) else { throw error("invalid UTF-8") }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) {
            throw error("invalid UTF-8")
        }
        utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
        index += length
    }

    /// One escape sequence, cursor on the backslash (RFC 8259 §7).
    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        guard index + 1 < bytes.count else { throw error("unterminated string") }
        let escaped = bytes[index + 1]
        let simple: UInt8
        switch escaped {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape()
            UTF8.encode(scalar) { utf8.append($0) }
            return
        default:
            throw error("invalid escape")
        }
        utf8.append(simple)
        index += 2
    }

    /// `\uXXXX`, or a `\uD8xx\uDCxx` surrogate pair; a lone surrogate is an error because it
    /// cannot be stored as UTF-8 (Postgres rejects it) nor compared reliably.
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = index
        let first = try hexQuad(at: index + 2)
        index += 6
        if (0xDC00...0xDFFF).contains(first) {
            throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate in \\u escape")
        }
        guard (0xD800...0xDBFF).contains(first) else {
            return Unicode.Scalar(first) ?? "\u{FFFD}"  // not a surrogate: always a valid scalar
        }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate in \\u escape")
        }
        let second = try hexQuad(at: index + 2)
        guard (0xDC00...0xDFFF).contains(second) else {
            throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate in \\u escape")
        }
        index += 6
        let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Unicode.Scalar(value) ?? "\u{FFFD}"  // a combined pair is always in 0x10000...0x10FFFF
    }

    private func hexQuad(at offset: Int) throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - offset >= 4 else {
            throw JSONSyntaxError(offset: min(offset, bytes.count), message: "invalid \\u escape")
        }
        var value: UInt32 = 0
        for position in offset..<offset + 4 {
            guard let digit = hexValue(bytes[position]) else {
                throw JSONSyntaxError(offset: position, message: "invalid \\u escape")
            }
            value = value << 4 | digit
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
