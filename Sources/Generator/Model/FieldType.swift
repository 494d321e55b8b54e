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
    static let builtinNames = ["uuid", "int", "bigint", "string", "text", "bool", "timestamp", "date", "decimal", "double", "json", "bytes"]

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

import Foundation
