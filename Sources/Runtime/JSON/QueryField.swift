import Foundation
import RuntimeCore

/// How one query or path parameter (always text) is decoded and checked. Unlike `JSONField`,
/// this is pydantic's lax mode: the text `"5"` is an integer, `"true"`/`"1"` a boolean.
public struct QueryField<T: Sendable>: Sendable {
    private let decoder: @Sendable (String) throws(FieldIssue) -> T

    public init(decode: @escaping @Sendable (String) throws(FieldIssue) -> T) {
        decoder = decode
    }

    public func decode(_ text: String) throws(FieldIssue) -> T {
        try decoder(text)
    }
}

extension QueryField where T == Int {
    public static func int(min: Int? = nil, max: Int? = nil) -> QueryField<Int> {
        integer(min: min.map(Int64.init), max: max.map(Int64.init))
    }
}

extension QueryField where T == Int32 {
    public static func int32(min: Int64? = nil, max: Int64? = nil) -> QueryField<Int32> {
        integer(min: min, max: max)
    }
}

extension QueryField where T == Int64 {
    public static func int64(min: Int64? = nil, max: Int64? = nil) -> QueryField<Int64> {
        integer(min: min, max: max)
    }
}

extension QueryField where T: FixedWidthInteger {
    /// `[+-]?digits`, exactly range-checked (`99999999999999999999` is "less than or equal to …").
    static func integer(min: Int64?, max: Int64?) -> QueryField<T> {
        let (minimum, maximum) = IntegerText.bounds(T.self, min: min, max: max)
        return QueryField<T> { text throws(FieldIssue) in
            let reading = IntegerText.read(text, allowPlus: true)
            return try IntegerText.convert(reading, minimum: minimum, maximum: maximum, as: T.self)
        }
    }
}

extension QueryField where T == UUID {
    public static var uuid: QueryField<UUID> {
        QueryField<UUID> { text throws(FieldIssue) in
            guard let uuid = UUIDText.parse(text) else { throw .uuidParsing }
            return uuid
        }
    }
}

extension QueryField where T == String {
    /// Free text (lengths in code points; NUL refused, as for JSON strings).
    public static func string(minLength: Int? = nil, maxLength: Int? = nil) -> QueryField<String> {
        let rules = StringRules(minLength: minLength, maxLength: maxLength)
        return QueryField<String> { text throws(FieldIssue) in
            try rules.check(text)
            return text
        }
    }

    /// One of `values`, case-sensitive; anything else is pydantic's `literal_error`.
    public static func oneOf(_ values: [String]) -> QueryField<String> {
        let allowed = Set(values)
        let issue = FieldIssue.choice(values, type: "literal_error")
        return QueryField<String> { text throws(FieldIssue) in
            guard allowed.contains(text) else { throw issue }
            return text
        }
    }
}

extension QueryField where T == Bool {
    /// pydantic's lax boolean words, case-insensitive: true/1/yes/y/on/t and false/0/no/n/off/f.
    public static var bool: QueryField<Bool> {
        QueryField<Bool> { text throws(FieldIssue) in
            switch text.lowercased() {
            case "true", "1", "yes", "y", "on", "t": return true
            case "false", "0", "no", "n", "off", "f": return false
            default: throw .boolParsing
            }
        }
    }
}
