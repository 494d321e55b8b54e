/// Parsing of one field line (RFC 9112 §5): `field-name ":" OWS field-value OWS`.
enum HeaderField {
    /// Parses a line without its CRLF. Rejects obs-fold (a line starting with whitespace),
    /// whitespace before the colon, non-token names and control bytes in the value.
    static func parse(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> (name: String, value: String) {
        guard let first = line.first else { throw .badRequest("Invalid header line") }
        guard !ByteClass.isWhitespace(first) else {
            throw .badRequest("Obsolete line folding is not allowed")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
            throw .badRequest("Invalid header line")
        }
        let nameBytes = line[line.startIndex..<colon]
        guard !nameBytes.isEmpty, nameBytes.allSatisfy(ByteClass.isTokenChar) else {
            throw .badRequest("Invalid header name")
        }
        var valueBytes = line[(colon + 1)...]
        while let byte = valueBytes.first, ByteClass.isWhitespace(byte) { valueBytes.removeFirst() }
        while let byte = valueBytes.last, ByteClass.isWhitespace(byte) { valueBytes.removeLast() }
        guard valueBytes.allSatisfy(ByteClass.isFieldValueByte) else {
            throw .badRequest("Invalid header value")
        }
        return (String(decoding: nameBytes, as: UTF8.self), String(decoding: valueBytes, as: UTF8.self))
    }
}
