import RuntimeSystem

/// An instant with microsecond precision, as Postgres `timestamptz` stores it.
///
/// Our own type rather than Foundation's `Date`: formatting and parsing RFC 3339 by hand is exact
/// (no binary floating point seconds) and much faster than `ISO8601DateFormatter`.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var microsecondsSinceEpoch: Int64

    public init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    public static func now() -> Timestamp {
        Timestamp(microsecondsSinceEpoch: Syscall.wallClockMicroseconds())
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
    }

    public var description: String { rfc3339 }

    /// Seconds since the epoch, rounded down.
    public var secondsSinceEpoch: Int64 {
        microsecondsSinceEpoch >= 0 ? microsecondsSinceEpoch / 1_000_000 : (microsecondsSinceEpoch - 999_999) / 1_000_000
    }

    /// `2026-01-31T12:00:00.123456Z`: always UTC, always six fraction digits.
    public var rfc3339: String {
        let seconds = secondsSinceEpoch
        let micros = Int(microsecondsSinceEpoch - seconds * 1_000_000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let date = CalendarDate(daysSinceEpoch: days)
        var text = date.iso
        text += "T"
        text += Self.pad(secondOfDay / 3600, 2) + ":" + Self.pad(secondOfDay / 60 % 60, 2) + ":" + Self.pad(secondOfDay % 60, 2)
        text += "." + Self.pad(micros, 6) + "Z"
        return text
    }

    /// Appends `"2026-01-31T12:00:00.123456Z"` (with the quotes) to a JSON buffer: 29 bytes
    /// formatted on the stack and appended at once (lists write two per row).
    public func appendRFC3339(to bytes: inout [UInt8]) {
        let seconds = secondsSinceEpoch
        let micros = Int(microsecondsSinceEpoch - seconds * 1_000_000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let date = CalendarDate(daysSinceEpoch: days)
        guard (0...9999).contains(date.year) else {
            bytes.append(UInt8(ascii: "\""))
            bytes += Array(rfc3339.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 29) { out in
            /// Writes `value` as exactly `width` digits ending just before `end`.
            func digits(_ value: Int, _ width: Int, endingAt end: Int) {
                var rest = value
                for position in stride(from: end - 1, through: end - width, by: -1) {
                    out[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                }
            }
            out[0] = UInt8(ascii: "\"")
            digits(date.year, 4, endingAt: 5)
            out[5] = UInt8(ascii: "-")
            digits(date.month, 2, endingAt: 8)
            out[8] = UInt8(ascii: "-")
            digits(date.day, 2, endingAt: 11)
            out[11] = UInt8(ascii: "T")
            digits(secondOfDay / 3600, 2, endingAt: 14)
            out[14] = UInt8(ascii: ":")
            digits(secondOfDay / 60 % 60, 2, endingAt: 17)
            out[17] = UInt8(ascii: ":")
            digits(secondOfDay % 60, 2, endingAt: 20)
            out[20] = UInt8(ascii: ".")
            digits(micros, 6, endingAt: 27)
            out[27] = UInt8(ascii: "Z")
            out[28] = UInt8(ascii: "\"")
            bytes.append(contentsOf: UnsafeBufferPointer(out))
        }
    }

    /// Parses RFC 3339 (`T` or space separator, `Z` or `±hh:mm` offset, 0–9 fraction digits;
    /// digits past the sixth are truncated). Used for JSON input.
    public init?(rfc3339 text: String) {
        self.init(parsing: Array(text.utf8), allowShortOffset: false)
    }

    /// Parses Postgres' text output for `timestamptz` (`2026-01-31 12:00:00.123456+00`), which
    /// may use a bare hour offset; the session time zone is UTC, but any offset is honoured.
    public init?(postgres text: String) {
        self.init(parsing: Array(text.utf8), allowShortOffset: true)
    }

    private init?(parsing bytes: [UInt8], allowShortOffset: Bool) {
        var cursor = DigitCursor(bytes: bytes)
        guard let date = CalendarDate(cursor: &cursor),
            let separator = cursor.next(),
            separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
            let hour = cursor.digits(2), cursor.expect(UInt8(ascii: ":")),
            let minute = cursor.digits(2), cursor.expect(UInt8(ascii: ":")),
            let second = cursor.digits(2), hour < 24, minute < 60, second < 60
        else { return nil }
        var micros = 0
        if cursor.peek() == UInt8(ascii: ".") {
            _ = cursor.next()
            var count = 0
            while let digit = cursor.peekDigit() {
                _ = cursor.next()
                if count < 6 { micros = micros * 10 + digit }
                count += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 6) { micros *= 10 }
        }
        guard let offset = cursor.offsetSeconds(allowShort: allowShortOffset), cursor.atEnd else { return nil }
        let seconds = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
        self.init(microsecondsSinceEpoch: seconds * 1_000_000 + Int64(micros))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
