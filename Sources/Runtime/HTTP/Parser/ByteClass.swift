/// Character classes of RFC 9110 §5.6 used to validate every byte of a request head.
enum ByteClass {
    /// `tchar`: the characters of a token (method, field name, transfer coding).
    static func isTokenChar(_ byte: UInt8) -> Bool {
        tokenTable[Int(byte)]
    }

    /// A field-value byte: VCHAR, obs-text, SP or HTAB. Everything else (controls, DEL, bare CR,
    /// NUL) is rejected rather than stripped, so no intermediary can read the field differently.
    static func isFieldValueByte(_ byte: UInt8) -> Bool {
        byte == 0x09 || (byte >= 0x20 && byte != 0x7F)
    }

    /// A request-target byte: visible ASCII only (RFC 3986 forbids spaces and non-ASCII).
    static func isTargetByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// The value of a hex digit, or nil.
    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }

    /// ASCII case-insensitive equality against a lower-case literal (field names are tokens).
    static func equalsLowercased(_ text: String, _ lowercase: String) -> Bool {
        let a = text.utf8
        let b = lowercase.utf8
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            x == y || ((x | 0x20) == y && y >= 0x61 && y <= 0x7A)
        }
    }

    private static let tokenTable: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        if byte >= 0x30 && byte <= 0x39 { return true }
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { return true }
        return "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }
}
