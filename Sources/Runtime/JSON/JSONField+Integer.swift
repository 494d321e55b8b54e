/// Integer fields. Strict as pydantic's strict mode: only a JSON number written as an integer
/// (`1.0`, `1e2` and `"1"` are refused), range-checked exactly on the literal text.
extension JSONField where T == Int {
    public static func int(min: Int? = nil, max: Int? = nil) -> JSONField<Int> {
        integer(min: min.map(Int64.init), max: max.map(Int64.init))
    }
}

extension JSONField where T == Int16 {
    public static func int16(min: Int64? = nil, max: Int64? = nil) -> JSONField<Int16> {
        integer(min: min, max: max)
    }
}

extension JSONField where T == Int32 {
    public static func int32(min: Int64? = nil, max: Int64? = nil) -> JSONField<Int32> {
        integer(min: min, max: max)
    }
}

extension JSONField where T == Int64 {
    public static func int64(min: Int64? = nil, max: Int64? = nil) -> JSONField<Int64> {
        integer(min: min, max: max)
    }
}

extension JSONField where T: FixedWidthInteger {
    static func integer(min: Int64?, max: Int64?) -> JSONField<T> {
        let (minimum, maximum) = IntegerText.bounds(T.self, min: min, max: max)
        return JSONField<T> { value throws(FieldIssue) in
            guard case .number(let literal) = value else { throw .intType }
            var reading = IntegerText.read(literal, allowPlus: false)
            // Anything the JSON grammar allows that is not `-?digits` has a fraction or an
            // exponent. As pydantic's lax mode (FastAPI's default) and JSON Schema's `integer`
            // agree, a number without a fractional part (`1.0`, `1e2`) is that integer.
            if reading == .invalid {
                guard let parts = DecimalLiteral(literal) else { throw .intType }
                guard parts.fractionDigits == 0 else { throw .intFromFloat }
                reading =
                    parts.wholeDigits > 20
                    ? (parts.negative ? .belowInt64 : .aboveInt64) : IntegerText.read(parts.plainText, allowPlus: false)
            }
            return try IntegerText.convert(reading, minimum: minimum, maximum: maximum, as: T.self)
        }
    }
}
