/// A scalar exactly as written (YAML scalar tags are ignored); the spec parser decides what it means.
public struct YAMLScalar: Sendable, Hashable {
    public var value: String
    /// True for unquoted scalars, which may stand for a number, a bool or null; a quoted `"true"`
    /// is always the string.
    public var isPlain: Bool
    public var location: SourceLocation

    public init(value: String, isPlain: Bool, location: SourceLocation) {
        self.value = value
        self.isPlain = isPlain
        self.location = location
    }
}

/// A mapping in source order; keys are unique (the loader reports duplicates) and always scalars.
public struct YAMLMapping: Sendable {
    public var entries: [(key: YAMLScalar, value: YAMLNode)]
    public var location: SourceLocation

    public init(entries: [(key: YAMLScalar, value: YAMLNode)], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }
}

public struct YAMLSequence: Sendable {
    public var items: [YAMLNode]
    public var location: SourceLocation

    public init(items: [YAMLNode], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// One node of a YAML document, with the place it was written. Aliases are already resolved:
/// an alias is a copy of its anchored subtree, carrying the anchored node's locations.
public indirect enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    /// "a scalar", "a mapping", "a list", for messages like "expected a mapping, found a list".
    public var kindName: String {
        switch self {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
