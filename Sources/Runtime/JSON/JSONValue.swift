/// A parsed JSON document.
///
/// Numbers keep their literal text so that integers, decimals and big values are interpreted
/// exactly by whoever consumes them (an `Int64` range check, a `NUMERIC(10,2)` scale check)
/// instead of being rounded through a `Double` first.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number exactly as written, e.g. `-12.50e3`; always valid RFC 8259 number syntax.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON object: its members in document order. Keys are unique (the parser rejects duplicates).
public struct JSONObject: Sendable, Equatable {
    public var members: [(key: String, value: JSONValue)]

    public init(members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    /// The value of `key`, or nil when absent (a JSON `null` is `.null`, not nil).
    ///
    /// A linear scan: request bodies have a handful of members, where this beats hashing.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

extension JSONValue {
    /// True if any string or key in the value contains U+0000 (which Postgres cannot store).
    public var containsNUL: Bool {
        switch self {
        case .null, .bool, .number: false
        case .string(let text): text.utf8.contains(0)
        case .array(let elements): elements.contains { $0.containsNUL }
        case .object(let object): object.members.contains { $0.key.utf8.contains(0) || $0.value.containsNUL }
        }
    }
}
