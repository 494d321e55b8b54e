/// How one JSON member is decoded and checked: a pure function from the parsed value to `T`
/// or the single `FieldIssue` pydantic would report first.
///
/// The factories live in constrained extensions (`JSONField+String.swift`, …) so that a call
/// site can write `.string(maxLength: 200)` wherever a `JSONField<String>` is expected.
public struct JSONField<T: Sendable>: Sendable {
    private let decoder: @Sendable (JSONValue) throws(FieldIssue) -> T

    /// A custom field; `decode` throws the issue to record.
    public init(decode: @escaping @Sendable (JSONValue) throws(FieldIssue) -> T) {
        decoder = decode
    }

    public func decode(_ value: JSONValue) throws(FieldIssue) -> T {
        try decoder(value)
    }

    /// A field whose decoded value is further converted or checked.
    public func map<U: Sendable>(_ transform: @escaping @Sendable (T) throws(FieldIssue) -> U) -> JSONField<U> {
        JSONField<U> { value throws(FieldIssue) in try transform(try self.decode(value)) }
    }
}

/// Formats a string field may be required to have.
public enum StringFormat: Sendable {
    /// `local@domain.tld`: one `@`, non-empty local part, a dotted domain, no whitespace.
    case email
    /// An absolute `http` or `https` URL with a host.
    case url
}
