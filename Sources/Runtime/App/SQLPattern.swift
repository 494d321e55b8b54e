/// LIKE patterns built from user text, so `%`, `_` and `\` in a search match literally.
public enum SQLPattern {
    /// `%text%` with the LIKE metacharacters escaped by `\` (the statement says `ESCAPE '\'`).
    public static func contains(_ text: String) -> String {
        var pattern = "%"
        for character in text {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        pattern.append("%")
        return pattern
    }
}

/// Values written into URL paths (`Location` headers).
public enum PathSegment {
    public static func encode(_ value: UUID) -> String {
        value.uuidString.lowercased()
    }

    public static func encode(_ value: some BinaryInteger) -> String {
        String(value)
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    public static func encode(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
