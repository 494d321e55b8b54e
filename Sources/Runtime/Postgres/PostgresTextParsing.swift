import Foundation

/// Allocation-free parsers for the text output of the hottest column types. Each returns nil for
/// anything outside the exact form the server prints, and callers fall back to the general
/// `String`-based parsers (or fail) in that case.
enum PostgresTextParsing {
    /// `-?[0-9]+` within Int64.
    static func integer(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        guard index < bytes.count else { return nil }
        var value: Int64 = 0
        while index < bytes.count {
            let digit = Int64(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            // Accumulate negatively so Int64.min fits.
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = shifted.subtractingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = next
            index += 1
        }
        if negative { return value }
        return value == .min ? nil : -value
    }

    /// `timestamptz` output with DateStyle ISO: `YYYY-MM-DD HH:MM:SS[.f{1,6}]±HH[:MM[:SS]]`, as
    /// microseconds since the epoch. Five-digit years and BC dates return nil (general parser).
    static func timestamp(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        guard let fields = timestampFields(bytes) else { return nil }
        let days = daysSinceEpoch(year: fields.year, month: fields.month, day: fields.day)
        let seconds = days * 86_400 + fields.hour * 3600 + fields.minute * 60 + fields.second - fields.offsetSeconds
        return seconds * 1_000_000 + fields.microseconds
    }

    /// The parts of `timestamptz` output, checked as `timestamp` checks them. The date and time
    /// digits are bytes 0..<19; the fraction's digits (if any) follow a dot at byte 19.
    struct TimestampFields {
        var year, month, day, hour, minute, second: Int64
        var microseconds: Int64
        var fractionDigits: Int
        var offsetSeconds: Int64
    }

    static func timestampFields(_ bytes: UnsafeRawBufferPointer) -> TimestampFields? {
        guard bytes.count >= 22, let year = digits(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
            let month = digits(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"),
            let day = digits(bytes, 8, 2), bytes[10] == UInt8(ascii: " "),
            let hour = digits(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
            let minute = digits(bytes, 14, 2), bytes[16] == UInt8(ascii: ":"),
            let second = digits(bytes, 17, 2),
            (1...12).contains(month), day >= 1, day <= daysInMonth(year, month), hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var micros: Int64 = 0
        var count = 0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, let digit = digits(bytes, index, 1) {
                guard count < 6 else { return nil }
                micros = micros * 10 + digit
                count += 1
                index += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<6 { micros *= 10 }
        }
        guard let offset = offsetSeconds(bytes, from: index) else { return nil }
        return TimestampFields(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, microseconds: micros,
            fractionDigits: count, offsetSeconds: offset)
    }

    /// `±HH`, `±HH:MM` or `±HH:MM:SS` running to the end of `bytes`.
    private static func offsetSeconds(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int64? {
        guard start < bytes.count else { return nil }
        let sign: Int64
        switch bytes[start] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        var index = start + 1
        guard let hours = digits(bytes, index, 2) else { return nil }
        index += 2
        var total = hours * 3600
        for multiplier: Int64 in [60, 1] where index < bytes.count {
            guard bytes[index] == UInt8(ascii: ":"), let part = digits(bytes, index + 1, 2) else { return nil }
            total += part * multiplier
            index += 3
        }
        return index == bytes.count ? sign * total : nil
    }

    /// `count` decimal digits at `start`, or nil.
    @inline(__always)
    private static func digits(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int64? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value: Int64 = 0
        for index in start..<(start + count) {
            let digit = Int64(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func daysInMonth(_ year: Int64, _ month: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 (H. Hinnant's `days_from_civil`), for years 0…9999.
    static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
