/// Small conveniences generated code leans on, kept here so the generated files stay short.

extension Presence {
    /// For a field that cannot be null: the value, or `defaultValue` when absent.
    public func value(default defaultValue: T) -> T {
        if case .value(let value) = self { return value }
        return defaultValue
    }

    /// For a nullable field: absent → `defaultValue`, null → nil, otherwise the value.
    public func nullable(default defaultValue: T?) -> T? {
        switch self {
        case .absent: defaultValue
        case .null: nil
        case .value(let value): value
        }
    }

    /// Whether the member was in the body at all (null counts): PATCH changes only these.
    public var isPresent: Bool {
        if case .absent = self { return false }
        return true
    }

    public func map<U: Sendable>(_ transform: (T) -> U) -> Presence<U> {
        switch self {
        case .absent: .absent
        case .null: .null
        case .value(let value): .value(transform(value))
        }
    }
}

/// Generated enums: stored as a Postgres enum, bound and read as their raw value.
public protocol PostgresEnum: PostgresBindable, PostgresDecodable, RawRepresentable, CaseIterable, DecodingPlaceholder
where RawValue == String {}

extension PostgresEnum {
    /// The first case: the generator refuses an enum without values.
    public static var decodingPlaceholder: Self {
        guard let first = allCases.first else { preconditionFailure("\(Self.self) has no cases") }
        return first
    }
}

extension QueryField where T: RawRepresentable & CaseIterable, T.RawValue == String {
    /// One of the enumeration's raw values, case-sensitive; anything else is pydantic's
    /// `literal_error` listing them. Nothing is allocated unless the text is refused (list
    /// routes read their sort key and direction with it on every request).
    public static func enumeration(_ type: T.Type) -> QueryField<T> {
        QueryField<T> { text throws(FieldIssue) in
            guard let value = T(rawValue: text) else { throw FieldIssue.choice(T.allCases.map(\.rawValue), type: "literal_error") }
            return value
        }
    }
}

extension JSONField where T == JSONText {
    /// Any JSON value, kept as canonical text for a `jsonb` column.
    public static var jsonText: JSONField<JSONText> {
        JSONField<String>.json.map { JSONText($0) }
    }
}

extension JSONText: PostgresBindable, PostgresDecodable {
    public var postgresText: String { text }

    public init(postgresText: String) throws(PostgresDecodingError) {
        self.init(postgresText)
    }
}

extension QueryField where T == Int64? {
    /// An integer of any size, for ids in paths: nil when it is beyond 64 bits, because such a
    /// well-formed id matches no row (404, as the FastAPI original answers) rather than being
    /// a malformed request (422).
    public static var anyInteger: QueryField<Int64?> {
        let bounded = QueryField<Int64>.int64()
        return QueryField<Int64?> { text throws(FieldIssue) in
            do throws(FieldIssue) {
                return try bounded.decode(text)
            } catch {
                let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
                guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { throw error }
                return nil
            }
        }
    }
}

extension ValidationError {
    /// A replace or patch whose body names another key than its path. The path decides which
    /// row is changed, and a row's key never changes through its own URL (it would move to
    /// another one): 422 at `["body", field]`, and nothing is written.
    /// A client-written reference to a row the caller may not use (another tenant's, another
    /// user's): one answer for such a row and for no row at all, so neither is revealed.
    public static func unknownReference(_ field: String, _ model: String) -> ValidationError {
        ValidationError([
            ValidationIssue(loc: .body(field), msg: "Value error, no \(model) with this key that you may use", type: "value_error")
        ])
    }

    /// A replace or patch changing a field set on create only (`updatable: false`), or one the
    /// resource's `fields.update` leaves out (`keptHere`: another resource may change it, so the
    /// message does not say it can never change).
    public static func fixedField(_ field: String, keptHere: [StaticString] = []) -> ValidationError {
        let message =
            keptHere.contains { $0.description == field }
            ? "Value error, not changed through this endpoint: send its current value"
            : "Value error, set when the row was created: it cannot change"
        return ValidationError([ValidationIssue(loc: .body(field), msg: message, type: "value_error")])
    }

    public static func keyMoved(_ field: String) -> ValidationError {
        ValidationError([
            ValidationIssue(
                loc: .body(field), msg: "Value error, must equal the key in the path: a row's key cannot change", type: "value_error")
        ])
    }
}

extension PostgresBindings {
    /// A patch field's two parameters, as the patch statement reads them: whether the body sent
    /// it (null counts), then its value (NULL when absent or null).
    public mutating func append<T: PostgresBindable>(_ presence: Presence<T>) {
        append(presence.isPresent)
        append(presence.value)
    }
}
