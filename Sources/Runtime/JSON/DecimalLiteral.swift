/// A JSON number literal split into significant digits and a decimal point position, so that
/// precision and scale are computed exactly and an exponent like `1e999999` is judged by
/// arithmetic before any digit is materialised.
struct DecimalLiteral {
    /// Hard cap on materialised digits when no precision is given (Postgres allows more, but
    /// nobody needs a thousand-digit number in a request).
    static let maxDigits = 1000

    var negative: Bool
    /// Significant digits without leading zeros of the integer part or trailing zeros of the fraction.
    var digits: [UInt8]
    /// How many of `digits` are before the point (may be negative or exceed `digits.count`).
    var pointPosition: Int

    init?(_ literal: String) {
        var utf8 = Substring(literal).utf8[...]
        negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        let mantissa = utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
        let exponentText = utf8.dropFirst(mantissa.count + 1)
        var exponent = 0
        if mantissa.count < utf8.count {
            switch IntegerText.read(String(decoding: exponentText, as: UTF8.self), allowPlus: true) {
            case .value(let value): exponent = Int(clamping: Swift.max(-1_000_000, Swift.min(1_000_000, value)))
            case .aboveInt64: exponent = 1_000_000
            case .belowInt64: exponent = -1_000_000
            case .invalid: return nil
            }
        }
        let integerPart = mantissa.prefix { $0 != UInt8(ascii: ".") }
        let fractionPart = mantissa.dropFirst(integerPart.count + 1)
        var all = Array(integerPart) + Array(fractionPart)
        var point = integerPart.count + exponent
        while let first = all.first, first == UInt8(ascii: "0") {
            all.removeFirst()
            point -= 1
        }
        while let last = all.last, last == UInt8(ascii: "0") { all.removeLast() }
        digits = all
        pointPosition = all.isEmpty ? 0 : point
        if all.isEmpty { negative = false }
    }

    var wholeDigits: Int { Swift.max(0, pointPosition) }
    var fractionDigits: Int { Swift.max(0, digits.count - pointPosition) }

    /// pydantic's order: total digits, then decimal places, then digits before the point.
    func check(precision: Int?, scale: Int?) throws(FieldIssue) {
        let total = wholeDigits + fractionDigits
        if let precision, total > precision { throw .decimalMaxDigits(precision) }
        if total > Self.maxDigits { throw .decimalMaxDigits(Self.maxDigits) }
        if let scale, fractionDigits > scale { throw .decimalMaxPlaces(scale) }
        if let precision, wholeDigits > precision - (scale ?? 0) {
            throw .decimalWholeDigits(precision - (scale ?? 0))
        }
    }

    /// `[-]digits[.digits]`, only called after `check` bounded the size.
    var plainText: String {
        var text = negative ? "-" : ""
        if wholeDigits == 0 {
            text += "0"
        } else {
            for index in 0..<wholeDigits {
                text.unicodeScalars.append(Unicode.Scalar(index < digits.count ? digits[index] : UInt8(ascii: "0")))
            }
        }
        if fractionDigits > 0 {
            text += "."
            for index in (pointPosition..<digits.count) {
                text.unicodeScalars.append(Unicode.Scalar(index < 0 ? UInt8(ascii: "0") : digits[index]))
            }
        }
        return text
    }
}
