import RuntimeCore

extension JSONField where T == Bool {
    /// Only JSON `true`/`false`; the string `"true"` and the number `1` are refused.
    public static var bool: JSONField<Bool> {
        JSONField<Bool> { value throws(FieldIssue) in
            guard case .bool(let flag) = value else { throw .boolType }
            return flag
        }
    }
}

extension JSONField where T == Double {
    /// Any JSON number that is finite as a `Double` (`1e400` is refused, not turned into inf).
    public static func double(min: Double? = nil, max: Double? = nil) -> JSONField<Double> {
        JSONField<Double> { value throws(FieldIssue) in
            guard case .number(let literal) = value, let number = Double(literal) else { throw .floatType }
            guard number.isFinite else { throw .finiteNumber }
            if let min, number < min { throw .greaterThanOrEqual(String(min)) }
            if let max, number > max { throw .lessThanOrEqual(String(max)) }
            return number
        }
    }
}

extension JSONField where T == DecimalValue {
    /// A JSON number, or a string holding one (`"12.50"`, as pydantic's `Decimal` accepts and
    /// as clients send money to keep it exact), checked against `NUMERIC(precision, scale)` and
    /// the bounds on its literal text, never through a float. Exponents are expanded.
    public static func decimal(
        precision: Int? = nil, scale: Int? = nil, min: DecimalValue? = nil, max: DecimalValue? = nil
    ) -> JSONField<DecimalValue> {
        let lower = min.flatMap { DecimalLiteral($0.text) }
        let upper = max.flatMap { DecimalLiteral($0.text) }
        return JSONField<DecimalValue> { value throws(FieldIssue) in
            let literal: String
            switch value {
            case .number(let text): literal = text
            case .string(let text) where DecimalLiteral.isNumberText(text): literal = text
            default: throw .decimalType
            }
            guard let parts = DecimalLiteral(literal) else { throw .decimalType }
            try parts.check(precision: precision, scale: scale)
            if let lower, let min, parts.compare(lower) < 0 { throw .greaterThanOrEqual(min.text) }
            if let upper, let max, parts.compare(upper) > 0 { throw .lessThanOrEqual(max.text) }
            guard let decimal = DecimalValue(parts.plainText) else { throw .decimalType }
            return decimal
        }
    }
}
