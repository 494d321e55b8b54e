/// Exact reading of a decimal integer literal, with no intermediate float and no overflow trap.
///
/// Digits are accumulated negatively (Int64.min has no positive counterpart) with overflow
/// checks, so a 90-digit literal is classified as out of range instead of wrapping or crashing.
enum IntegerText {
    enum Reading: Equatable {
        case value(Int64)
        case belowInt64
        case aboveInt64
        case invalid
    }

    /// `[+-]?[0-9]+`; `allowPlus` is for query strings (pydantic accepts `+5` there).
    static func read(_ text: some StringProtocol, allowPlus: Bool) -> Reading {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || (allowPlus && first == UInt8(ascii: "+")) {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        guard !utf8.isEmpty else { return .invalid }
        var accumulated: Int64 = 0  // always <= 0
        var overflowed = false
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return .invalid }
            if overflowed { continue }
            let (shifted, o1) = accumulated.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.subtractingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            if o1 || o2 { overflowed = true } else { accumulated = next }
        }
        if overflowed { return negative ? .belowInt64 : .aboveInt64 }
        if negative { return .value(accumulated) }
        return accumulated == .min ? .aboveInt64 : .value(-accumulated)
    }

    /// Converts to `I` within `[minimum, maximum]`, naming the violated bound as pydantic does.
    static func convert<I: FixedWidthInteger>(
        _ reading: Reading, minimum: Int64, maximum: Int64, as _: I.Type
    ) throws(FieldIssue) -> I {
        switch reading {
        case .invalid: throw .intParsing
        case .belowInt64: throw .greaterThanOrEqual(String(minimum))
        case .aboveInt64: throw .lessThanOrEqual(String(maximum))
        case .value(let value):
            if value < minimum { throw .greaterThanOrEqual(String(minimum)) }
            if value > maximum { throw .lessThanOrEqual(String(maximum)) }
            guard let converted = I(exactly: value) else { throw .intParsing }
            return converted
        }
    }

    /// The effective bounds: the caller's, narrowed to what `I` can hold.
    static func bounds<I: FixedWidthInteger>(_: I.Type, min: Int64?, max: Int64?) -> (Int64, Int64) {
        let typeMin = Int64(exactly: I.min) ?? .min
        let typeMax = Int64(exactly: I.max) ?? .max
        return (Swift.max(min ?? typeMin, typeMin), Swift.min(max ?? typeMax, typeMax))
    }
}
