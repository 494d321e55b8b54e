import RuntimeSystem

/// The `Date` header value (IMF-fixdate, RFC 9110 §5.6.7), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
enum HTTPDate {
    /// Formats seconds since the epoch; pure arithmetic (no locale, no `gmtime`).
    static func format(epochSeconds: Int64) -> String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondOfDay = Int(epochSeconds - days * 86_400)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let weekday = Int((days % 7 + 7 + 4) % 7)  // 1970-01-01 was a Thursday
        return weekdays[weekday] + ", " + pad(day) + " " + months[month - 1] + " " + String(year) + " "
            + pad(secondOfDay / 3600) + ":" + pad(secondOfDay / 60 % 60) + ":" + pad(secondOfDay % 60) + " GMT"
    }

    /// Howard Hinnant's days-to-civil algorithm.
    static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

/// The `Date` header bytes, reformatted at most once a second. One per event loop, so no lock.
struct DateCache {
    private var second: Int64 = -1
    private(set) var headerLine: [UInt8] = []

    /// Returns `Date: …\r\n` for the current second.
    mutating func line() -> [UInt8] {
        let now = Syscall.wallClockSeconds()
        if now != second {
            second = now
            headerLine = Array(("Date: " + HTTPDate.format(epochSeconds: now) + "\r\n").utf8)
        }
        return headerLine
    }
}
