/// Strict base64 (RFC 4648 §4) and base64url (§5) codec.
///
/// Strict means canonical: characters outside the alphabet, whitespace, wrong padding and
/// non-zero leftover bits are all rejected, so one byte string has exactly one encoding —
/// which matters for JWT segments, whose signature covers the encoded text.
public enum Base64 {
    public enum Alphabet: Sendable {
        /// `+` `/`, padded with `=` to a multiple of four characters.
        case standard
        /// `-` `_`, no padding (JWT).
        case url
    }

    public static func encode(_ bytes: some Collection<UInt8>, alphabet: Alphabet) -> String {
        let table = alphabet == .standard ? standardTable : urlTable
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            let group = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(table[Int(group >> 18 & 63)])
            output.append(table[Int(group >> 12 & 63)])
            if second != nil { output.append(table[Int(group >> 6 & 63)]) }
            if third != nil { output.append(table[Int(group & 63)]) }
            if alphabet == .standard, third == nil {
                output.append(UInt8(ascii: "="))
                if second == nil { output.append(UInt8(ascii: "=")) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The decoded bytes, or nil if `text` is not canonical base64 in `alphabet`.
    public static func decode(_ text: some StringProtocol, alphabet: Alphabet) -> [UInt8]? {
        var symbols = Array(text.utf8)
        if alphabet == .standard {
            guard symbols.count % 4 == 0 else { return nil }
            let padding = symbols.reversed().prefix { $0 == UInt8(ascii: "=") }.count
            guard padding <= 2 else { return nil }
            symbols.removeLast(padding)
        }
        guard symbols.count % 4 != 1 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(symbols.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for symbol in symbols {
            guard let value = sextet(symbol, alphabet: alphabet) else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        // Leftover bits must be zero, otherwise two texts would decode to the same bytes.
        return accumulator == 0 ? output : nil
    }

    private static let standardTable = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlTable = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private static func sextet(_ symbol: UInt8, alphabet: Alphabet) -> UInt8? {
        switch symbol {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): symbol - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): symbol - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): symbol - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+") where alphabet == .standard: 62
        case UInt8(ascii: "/") where alphabet == .standard: 63
        case UInt8(ascii: "-") where alphabet == .url: 62
        case UInt8(ascii: "_") where alphabet == .url: 63
        default: nil
        }
    }
}
