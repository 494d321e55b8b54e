extension JSONScanner {
    /// RFC 8259 §6: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            if let next = peek(), isDigit(next) { throw error("leading zero in number") }
        } else {
            try digits()
        }
        if consume(UInt8(ascii: ".")) {
            try digits()
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            try digits()
        }
        if index - start > JSONParser.maxNumberLength {
            throw JSONSyntaxError(offset: start, message: "number too long")
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// One or more ASCII digits.
    private mutating func digits() throws(JSONSyntaxError) {
        let start = index
        while let byte = peek(), isDigit(byte) {
            index += 1
        }
        if index == start { throw error("expected a digit") }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
