import Foundation

/// The result of reading a written type.
enum ParsedType {
    case valid(FieldType)
    case invalid(String)
}

/// The spec language's column types, each with its Swift and PostgreSQL form decided in `Names`
/// and `SQLTypes`; the parser for the written form (`decimal(10,2)`) lives here.
public enum FieldType: Sendable, Hashable {
    case uuid
    case int
    case bigint
    case string(maxLength: Int?)
    case text
    case bool
    case timestamp
    case date
    case decimal(precision: Int, scale: Int)
    case double
    case json
    case bytes
    case enumeration(String)

    var isEnumeration: Bool {
        if case .enumeration = self { return true }
        return false
    }

    /// The built-in type names, for "did you mean" suggestions.
    static let builtinNames = [
        "uuid", "int", "bigint", "string", "text", "bool", "timestamp", "date", "decimal", "double", "json", "bytes",
    ]

    /// Type names of other tools (SQL, Prisma, pydantic, JSON Schema, Go, Rust) → the
    /// language's word, for the suggestion when one is written. (`integer` and `boolean` are
    /// accepted as `int` and `bool`.)
    static let foreignNames: [String: String] = [
        "datetime": "timestamp", "timestamptz": "timestamp", "date-time": "timestamp", "instant": "timestamp",
        "float": "double", "float8": "double", "float64": "double", "real": "double", "number": "double", "f64": "double",
        "int4": "int", "int32": "int", "i32": "int", "smallint": "int", "serial": "int",
        "int8": "bigint", "int64": "bigint", "i64": "bigint", "long": "bigint", "bigserial": "bigint",
        "str": "string", "varchar": "string", "char": "string",
        "bool8": "bool",
        "guid": "uuid", "uuid4": "uuid",
        "jsonb": "json", "object": "json", "dict": "json", "map": "json",
        "blob": "bytes", "bytea": "bytes", "binary": "bytes", "data": "bytes",
        "numeric": "decimal(P,S)', as in 'decimal(10,2)", "money": "decimal(P,S)', as in 'decimal(12,2)",
    ]

    /// What to say when a type is a list (`[string]`, `string[]`, `array`, `list`).
    static let listHint =
        "a field holds one value: for a list, use 'json', or a model whose rows point here with 'belongs_to' (one-to-many)"

    /// The hint for an unknown type name other tools use, if it is one.
    static func foreignHint(_ text: String) -> String? {
        let lowered = text.lowercased()
        if lowered.hasSuffix("[]") || (lowered.hasPrefix("[") && lowered.hasSuffix("]")) || ["array", "list", "set"].contains(lowered) {
            return "; " + listHint
        }
        return foreignNames[lowered].map { "; did you mean '\($0)'?" }
    }

    /// Parses a written type; enums are looked up by the caller. Returns nil for an unknown name.
    static func parse(_ text: String, maxLength: Int?) -> ParsedType? {
        switch text {
        case "uuid": return .valid(.uuid)
        case "int", "integer": return .valid(.int)
        case "bigint": return .valid(.bigint)
        case "string": return .valid(.string(maxLength: maxLength))
        case "text": return .valid(.text)
        case "bool", "boolean": return .valid(.bool)
        case "timestamp": return .valid(.timestamp)
        case "date": return .valid(.date)
        case "double": return .valid(.double)
        case "json": return .valid(.json)
        case "bytes": return .valid(.bytes)
        case "decimal": return .invalid("type 'decimal' needs a precision and scale, as in 'decimal(10,2)'")
        default: break
        }
        guard text.hasPrefix("decimal(") && text.hasSuffix(")") else { return nil }
        let inner = text.dropFirst("decimal(".count).dropLast()
        let parts = inner.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let precision = parts[0], let scale = parts[1] else {
            return .invalid("malformed decimal type '\(text)'; write it as 'decimal(PRECISION,SCALE)'")
        }
        guard (1...1000).contains(precision), (0...precision).contains(scale) else {
            return .invalid("decimal precision must be 1...1000 and scale 0...precision, found '\(text)'")
        }
        return .valid(.decimal(precision: precision, scale: scale))
    }

    var isText: Bool {
        switch self {
        case .string, .text: true
        default: false
        }
    }

    var isInteger: Bool {
        self == .int || self == .bigint
    }

    var isNumeric: Bool {
        switch self {
        case .int, .bigint, .double, .decimal: true
        default: false
        }
    }

    /// The name as written in the spec, for messages and the schema snapshot.
    var specName: String {
        switch self {
        case .uuid: "uuid"
        case .int: "int"
        case .bigint: "bigint"
        case .string(let max): max.map { "string(\($0))" } ?? "string"
        case .text: "text"
        case .bool: "bool"
        case .timestamp: "timestamp"
        case .date: "date"
        case .decimal(let p, let s): "decimal(\(p),\(s))"
        case .double: "double"
        case .json: "json"
        case .bytes: "bytes"
        case .enumeration(let name): name
        }
    }
}
