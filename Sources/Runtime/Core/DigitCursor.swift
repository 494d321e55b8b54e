/// A forward reader over ASCII bytes for the date and time parsers.
struct DigitCursor {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { index == bytes.count }

    func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    func peekDigit() -> Int? {
        guard let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        return Int(byte - UInt8(ascii: "0"))
    }

    mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func expect(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    /// Exactly `count` decimal digits.
    mutating func digits(_ count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let digit = peekDigit() else { return nil }
            index += 1
            value = value * 10 + digit
        }
        return value
    }

    /// `Z`, `±hh:mm`, `±hhmm`, or (Postgres) `±hh`; returns seconds east of UTC.
    mutating func offsetSeconds(allowShort: Bool) -> Int? {
        guard let sign = next() else { return nil }
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") { return 0 }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), let hours = digits(2), hours < 24 else { return nil }
        var minutes = 0
        if expect(UInt8(ascii: ":")) {
            guard let value = digits(2) else { return nil }
            minutes = value
        } else if let value = digits(2) {
            minutes = value
        } else if !allowShort {
            return nil
        }
        if allowShort, expect(UInt8(ascii: ":")) {
            // Postgres prints seconds in historical offsets (`+00:53:28`); accept and apply them.
            guard let seconds = digits(2) else { return nil }
            let total = hours * 3600 + minutes * 60 + seconds
            return sign == UInt8(ascii: "-") ? -total : total
        }
        guard minutes < 60 else { return nil }
        let total = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -total : total
    }
}
