import RuntimeCore

/// Decodes one request's body, query and path parameters, collecting every issue instead of
/// stopping at the first, so a 422 lists all failing fields at once (as FastAPI does).
///
/// Typical generated use:
/// ```swift
/// var v = Validator()
/// let id = v.path(request, "id", .int(min: 1))
/// if let body = v.object(request.body) {
///     title = v.required(body, "title", .string(minLength: 1, maxLength: 200))
/// }
/// try v.check()   // 422 with every issue
/// ```
public struct Validator: Sendable {
    public private(set) var issues: [ValidationIssue] = []

    public init() {}

    public var isValid: Bool { issues.isEmpty }

    /// How many issues are recorded: a decoder compares it before and after reading a body.
    public var issueCount: Int { issues.count }

    public mutating func fail(_ loc: Loc, _ msg: String, type: String) {
        issues.append(ValidationIssue(loc: loc, msg: msg, type: type))
    }

    public mutating func fail(_ loc: Loc, _ issue: FieldIssue) {
        fail(loc, issue.msg, type: issue.type)
    }

    /// Throws a `ValidationError` (422) carrying every recorded issue, if any.
    public func check() throws(ValidationError) {
        if !issues.isEmpty { throw ValidationError(issues) }
    }

    /// Parses the body of `request`, which must be declared JSON (`JSONMediaType`): a non-empty
    /// body of any other or no `Content-Type` is `content_type` at `["header", "content-type"]`,
    /// and is not parsed. Then as `object(_ body:)`.
    public mutating func object(_ request: Request) -> JSONObject? {
        if !request.body.isEmpty, !JSONMediaType.isJSON(request.headers["Content-Type"]) {
            fail(Loc([.key("header"), .key("content-type")]), .contentType)
            return nil
        }
        return object(request.body)
    }

    /// Parses a body that must be a JSON object. An empty body is `missing` at `["body"]`;
    /// bad JSON is `json_invalid` at `["body", <byte offset>]` (FastAPI's shape); any other
    /// JSON value is `model_attributes_type` at `["body"]`.
    public mutating func object(_ body: [UInt8]) -> JSONObject? {
        if body.isEmpty {
            fail(Loc.body(), .missing)
            return nil
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            fail(Loc.body().appending(index: error.offset), .jsonInvalid)
            return nil
        }
        guard case .object(let object) = value else {
            fail(Loc.body(), .modelAttributesType)
            return nil
        }
        return object
    }

    /// A required, non-null member of a request body: absent → `missing`; `null` or a wrong
    /// value → the field's issue.
    public mutating func required<T>(_ object: JSONObject, _ key: String, _ field: JSONField<T>) -> T? {
        required(object, key, field, under: nil)
    }

    /// `required(_:_:_:)` for a member of a nested object: `base` is where `object` sits.
    public mutating func required<T>(_ object: JSONObject, _ key: String, _ field: JSONField<T>, at base: Loc) -> T? {
        required(object, key, field, under: base)
    }

    /// An optional member of a request body. Returns `.absent`, `.null` (only when `nullable`),
    /// or `.value`; nil after recording an issue (invalid value, or `null` where it is not
    /// allowed, which is reported as the field's type issue, like pydantic).
    public mutating func optional<T>(
        _ object: JSONObject, _ key: String, _ field: JSONField<T>, nullable: Bool
    ) -> Presence<T>? {
        optional(object, key, field, nullable: nullable, under: nil)
    }

    /// `optional(_:_:_:nullable:)` for a member of a nested object: `base` is where `object` sits.
    public mutating func optional<T>(
        _ object: JSONObject, _ key: String, _ field: JSONField<T>, nullable: Bool, at base: Loc
    ) -> Presence<T>? {
        optional(object, key, field, nullable: nullable, under: base)
    }

    /// A member of a patch body, as `optional(_:_:_:nullable:)` reads it, but `.absent` after
    /// recording an issue: a generated `Patch.decode` builds its value in one expression and
    /// answers nil when `issueCount` grew meanwhile.
    public mutating func member<T>(_ object: JSONObject, _ key: String, _ field: JSONField<T>, nullable: Bool) -> Presence<T> {
        optional(object, key, field, nullable: nullable, under: nil) ?? .absent
    }

    /// A required member of a generated input, read the same way as `required` but never nil:
    /// after recording the issue it answers a placeholder, which the decoder drops because
    /// `issueCount` grew meanwhile (the input is built in one expression, without an optional
    /// per field).
    public mutating func member<T: DecodingPlaceholder>(_ object: JSONObject, _ key: String, _ field: JSONField<T>) -> T {
        required(object, key, field, under: nil) ?? .decodingPlaceholder
    }

    // The generated decoders call the overloads without `at:` once per field; the location
    // of an issue (`base` or `["body"]`, then the key) is built only when there is one.

    private mutating func required<T>(_ object: JSONObject, _ key: String, _ field: JSONField<T>, under base: Loc?) -> T? {
        guard let value = object[key] else {
            fail(Self.location(of: key, under: base), .missing)
            return nil
        }
        return decode(value, field, key: key, under: base)
    }

    private mutating func optional<T>(
        _ object: JSONObject, _ key: String, _ field: JSONField<T>, nullable: Bool, under base: Loc?
    ) -> Presence<T>? {
        switch object[key] {
        case nil:
            return .absent
        case .null? where nullable:
            return .null
        case let value?:
            return decode(value, field, key: key, under: base).map(Presence.value)
        }
    }

    private static func location(of key: String, under base: Loc?) -> Loc {
        (base ?? Loc.body()).appending(key)
    }

    private mutating func decode<T>(_ value: JSONValue, _ field: JSONField<T>, key: String, under base: Loc?) -> T? {
        do {
            return try field.decode(value)
        } catch {
            fail(Self.location(of: key, under: base), error)
            return nil
        }
    }
}
