/// The values of a statement's `$1…$n` placeholders, in order. Values only ever travel as bind
/// parameters, never spliced into SQL text.
public struct PostgresBindings: Sendable {
    /// Text-format values; nil is SQL NULL.
    public private(set) var values: [String?] = []

    public init() {}

    public mutating func append(_ value: some PostgresBindable) {
        values.append(value.postgresText)
    }

    /// Appends NULL for nil.
    public mutating func append(_ value: (some PostgresBindable)?) {
        values.append(value?.postgresText)
    }

    /// Appends SQL NULL explicitly (for a parameter whose type has no Swift value at hand).
    public mutating func appendNull() {
        values.append(nil)
    }

    public var count: Int { values.count }

    /// The position of the first value libpq cannot carry: text parameters are C strings, so a NUL
    /// would silently cut the value short. Checked before anything is sent.
    var firstValueWithNUL: Int? {
        values.firstIndex { $0?.utf8.contains(0) ?? false }
    }
}

extension PostgresBindings: ExpressibleByArrayLiteral {
    /// `[a, b, c]` for statements whose parameters are all known non-optional values.
    public init(arrayLiteral elements: any PostgresBindable...) {
        values = elements.map { $0.postgresText }
    }
}
