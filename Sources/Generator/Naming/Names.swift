/// The one place that decides names: Swift identifiers, SQL identifiers and their quoting.
/// Emitters never build a name themselves.
public enum Names {
    /// `user_id` → `userID`, `created_at` → `createdAt`; Swift keywords are escaped with backticks.
    public static func swiftProperty(_ specName: String) -> String {
        let words = specName.split(separator: "_").map(String.init)
        guard let first = words.first else { return specName }
        let rest = words.dropFirst().map { word in
            initialisms.contains(word) ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst()
        }
        return escapeSwift(first + rest.joined())
    }

    /// The bare identifier, for use inside larger names (`TaskInput`, `completeTaskRoute`).
    public static func swiftBare(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// The argument label of a lookup by a unique field: `email` → `byEmail`, `owner_id` → `byOwnerID`.
    public static func lookupLabel(_ field: String) -> String {
        "by" + field.split(separator: "_").map { word in
            initialisms.contains(String(word)) ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
    }

    /// `order_status` → `OrderStatus`; type names in the spec are already PascalCase.
    public static func swiftType(_ specName: String) -> String {
        let words = specName.split(separator: "_")
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// An enum case: `in_progress` → `inProgress`, escaped when a keyword (`default` → `` `default` ``).
    public static func swiftCase(_ value: String) -> String {
        swiftProperty(value)
    }

    public static func escapeSwift(_ identifier: String) -> String {
        swiftKeywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A double-quoted SQL identifier; every identifier we emit is quoted, so reserved words
    /// (`order`, `user`) and mixed case are safe.
    public static func sql(_ identifier: String) -> String {
        guard identifier.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + identifier + "\"" }
        return "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A SQL string literal, for DDL only (defaults, enum values); data is always a bind parameter.
    public static func sqlLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `TaskInput` → `task_input`; `OrderLine` → `order_lines` for the default table name.
    public static func snake(_ name: String) -> String {
        var result = ""
        for (index, character) in name.enumerated() {
            if character.isUppercase, index > 0 { result += "_" }
            result += character.lowercased()
        }
        return result
    }

    public static func defaultTable(_ model: String) -> String {
        let base = snake(model)
        if base.hasSuffix("s") || base.hasSuffix("x") { return base + "es" }
        if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) { return base.dropLast() + "ies" }
        return base + "s"
    }

    /// Constraint and index names, kept under Postgres' 63-byte limit deterministically.
    public static func constraint(_ table: String, _ columns: [String], suffix: String) -> String {
        let full = ([table] + columns + [suffix]).joined(separator: "_")
        guard full.utf8.count > 63 else { return full }
        let hash = full.utf8.reduce(UInt32(2166136261)) { ($0 ^ UInt32($1)) &* 16777619 }
        return String(full.prefix(54)) + "_" + String(hash, radix: 16)
    }

    /// Whether `name` is a lower snake_case identifier (field names, enum values, params).
    public static func isSnakeIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Whether `name` is a PascalCase identifier (model and enum names).
    public static func isTypeIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// Whether `name` is a lowerCamelCase identifier (custom endpoint names).
    public static func isMemberIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    static let initialisms: Set<String> = ["id", "url", "uuid", "http", "json", "sql", "api"]

    /// Type names a model may not take because generated code or the runtime needs them.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Bool", "Double", "Array", "Dictionary", "Optional", "Result", "Error",
        "UUID", "Timestamp", "CalendarDate", "DecimalValue", "Request", "Response", "Route", "Router", "Handler",
        "JSONWriter", "JSONValue", "JSONObject", "Validator", "PostgresRow", "PostgresClient", "Presence", "Never", "Any", "Self", "Type",
        "Sendable", "Hashable", "Equatable", "Codable", "Void", "Character", "Data", "Date", "URL", "Set",
    ]

    static let swiftKeywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "false", "is", "nil", "self", "super", "throws", "true", "try", "await", "async", "any", "some",
        "Self", "Type", "Protocol", "consume", "borrowing", "consuming", "copy", "discard", "each", "macro", "package",
    ]
}

import Foundation
