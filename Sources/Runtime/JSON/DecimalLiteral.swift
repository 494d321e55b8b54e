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

    /// Whether `text` is a number as JSON writes one (`-12.5`, `1e3`; also `12.` and `.5`), the
    /// only strings a decimal field accepts in place of a number.
    static func isNumberText(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integer = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integer.count)
        var fraction = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fraction)
        }
        guard integer.count + fraction > 0 else { return false }
        if let first = bytes.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            let exponent = bytes.prefix(while: isDigit).count
            guard exponent > 0 else { return false }
            bytes = bytes.dropFirst(exponent)
        }
        return bytes.isEmpty
    }

    /// -1, 0 or 1 as `self` is below, equal to or above `other`, exactly (both are normalised:
    /// no leading or trailing zeros in `digits`).
    func compare(_ other: DecimalLiteral) -> Int {
        let sign = digits.isEmpty ? 0 : (negative ? -1 : 1)
        let otherSign = other.digits.isEmpty ? 0 : (other.negative ? -1 : 1)
        if sign != otherSign { return sign < otherSign ? -1 : 1 }
        guard sign != 0 else { return 0 }
        var magnitude = 0
        if pointPosition != other.pointPosition {
            magnitude = pointPosition < other.pointPosition ? -1 : 1
        } else {
            for index in 0..<Swift.max(digits.count, other.digits.count) {
                let mine = index < digits.count ? digits[index] : UInt8(ascii: "0")
                let theirs = index < other.digits.count ? other.digits[index] : UInt8(ascii: "0")
                if mine != theirs {
                    magnitude = mine < theirs ? -1 : 1
                    break
                }
            }
        }
        return sign * magnitude
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
