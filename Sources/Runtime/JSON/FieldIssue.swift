/// What went wrong with one value, before it is given a location.
///
/// Types and messages follow pydantic v2 (what FastAPI answers), so a frontend written
/// against FastAPI shows the same text. No message contains the submitted value.
public struct FieldIssue: Error, Sendable, Hashable {
    public var msg: String
    public var type: String

    public init(msg: String, type: String) {
        self.msg = msg
        self.type = type
    }

    public static let missing = FieldIssue(msg: "Field required", type: "missing")
    /// A member a create may not send (`creatable: false`, or left out of the resource's
    /// `fields.create`): it takes its default. (Whether a replace or patch may change it depends
    /// on the resource, so the message does not say.)
    public static let notOnCreate = FieldIssue(
        msg: "Extra inputs are not permitted on create: it takes its default", type: "extra_forbidden")
    public static let stringType = FieldIssue(msg: "Input should be a valid string", type: "string_type")
    public static let intType = FieldIssue(msg: "Input should be a valid integer", type: "int_type")
    public static let intParsing = FieldIssue(
        msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing")
    public static let intFromFloat = FieldIssue(
        msg: "Input should be a valid integer, got a number with a fractional part", type: "int_from_float")
    public static let boolType = FieldIssue(msg: "Input should be a valid boolean", type: "bool_type")
    public static let boolParsing = FieldIssue(
        msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing")
    public static let floatType = FieldIssue(msg: "Input should be a valid number", type: "float_type")
    public static let finiteNumber = FieldIssue(msg: "Input should be a finite number", type: "finite_number")
    public static let floatParsing = FieldIssue(
        msg: "Input should be a valid number, unable to parse string as a number", type: "float_parsing")
    public static let decimalParsing = FieldIssue(msg: "Input should be a valid decimal", type: "decimal_parsing")
    /// A comma-separated list parameter with an empty item (`a,,b`).
    public static let listItemMissing = FieldIssue(msg: "List items should not be empty", type: "value_error")

    public static func listTooLong(_ maximum: Int) -> FieldIssue {
        FieldIssue(msg: "List should have at most \(maximum) items", type: "too_long")
    }
    public static let decimalType = FieldIssue(
        msg: "Decimal input should be an integer, float, string or Decimal object", type: "decimal_type")
    public static let uuidType = FieldIssue(
        msg: "UUID input should be a string, bytes or UUID object", type: "uuid_type")
    public static let uuidParsing = FieldIssue(msg: "Input should be a valid UUID", type: "uuid_parsing")
    public static let datetimeType = FieldIssue(msg: "Input should be a valid datetime", type: "datetime_type")
    public static let datetimeParsing = FieldIssue(
        msg: "Input should be a valid datetime in RFC 3339 format", type: "datetime_parsing")
    public static let dateType = FieldIssue(msg: "Input should be a valid date", type: "date_type")
    public static let dateParsing = FieldIssue(
        msg: "Input should be a valid date in the format YYYY-MM-DD", type: "date_parsing")
    public static let bytesType = FieldIssue(msg: "Input should be a valid string", type: "bytes_type")
    public static let base64Decode = FieldIssue(msg: "Input should be valid base64", type: "base64_decode")
    public static let nulCharacter = FieldIssue(
        msg: "Value error, string should not contain NUL characters", type: "value_error")
    public static let email = FieldIssue(msg: "value is not a valid email address", type: "value_error")
    public static let url = FieldIssue(msg: "value is not a valid URL", type: "value_error")
    public static let contentType = FieldIssue(
        msg: "Content-Type must be application/json", type: "content_type")
    public static let jsonInvalid = FieldIssue(msg: "JSON decode error", type: "json_invalid")
    public static let modelAttributesType = FieldIssue(
        msg: "Input should be a valid dictionary or object to extract fields from", type: "model_attributes_type")

    public static func stringTooShort(_ minimum: Int) -> FieldIssue {
        FieldIssue(msg: "String should have at least \(characters(minimum))", type: "string_too_short")
    }

    public static func stringTooLong(_ maximum: Int) -> FieldIssue {
        FieldIssue(msg: "String should have at most \(characters(maximum))", type: "string_too_long")
    }

    public static func patternMismatch(_ pattern: String) -> FieldIssue {
        FieldIssue(msg: "String should match pattern '\(pattern)'", type: "string_pattern_mismatch")
    }

    public static func greaterThanOrEqual(_ bound: String) -> FieldIssue {
        FieldIssue(msg: "Input should be greater than or equal to \(bound)", type: "greater_than_equal")
    }

    public static func lessThanOrEqual(_ bound: String) -> FieldIssue {
        FieldIssue(msg: "Input should be less than or equal to \(bound)", type: "less_than_equal")
    }

    public static func decimalMaxDigits(_ digits: Int) -> FieldIssue {
        FieldIssue(
            msg: "Decimal input should have no more than \(count(digits, "digit")) in total",
            type: "decimal_max_digits")
    }

    public static func decimalMaxPlaces(_ places: Int) -> FieldIssue {
        FieldIssue(
            msg: "Decimal input should have no more than \(count(places, "decimal place"))",
            type: "decimal_max_places")
    }

    public static func decimalWholeDigits(_ digits: Int) -> FieldIssue {
        FieldIssue(
            msg: "Decimal input should have no more than \(count(digits, "digit")) before the decimal point",
            type: "decimal_whole_digits")
    }

    /// `enum` for enumerations, `literal_error` for query `oneOf`: "Input should be 'a', 'b' or 'c'".
    public static func choice(_ values: [String], type: String) -> FieldIssue {
        FieldIssue(msg: "Input should be \(alternatives(values))", type: type)
    }

    static func alternatives(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        guard let last = quoted.last else { return "one of no values" }
        if quoted.count == 1 { return last }
        return quoted.dropLast().joined(separator: ", ") + " or " + last
    }

    private static func characters(_ count: Int) -> String {
        Self.count(count, "character")
    }

    private static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
