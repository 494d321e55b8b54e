import Foundation

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

    /// A decoder's local for a decoded member or query parameter: `_title`. No field's or
    /// parameter's Swift name starts with an underscore (spec names start with a letter), so one
    /// called `object`, `request` or `validator` cannot shadow the decoder's own names.
    public static func decodedLocal(_ name: String) -> String {
        "_" + swiftBare(name)
    }

    /// The local (or parameter name inside a body) for a spec-named value in a generated route
    /// or store method: a path or query parameter, a key, a tenant or parent, the model's row.
    /// It is the Swift name, except where those bodies use that name themselves (a path
    /// parameter `{store}`, a model `Input`, a tenant field `binds`), then `_store`: as for
    /// `decodedLocal`, no spec name starts with an underscore, so the two cannot meet. Argument
    /// labels keep the Swift name (`find(store: _store)`).
    public static func local(_ swiftName: String) -> String {
        let bare = swiftBare(swiftName)
        return generatedLocals.contains(bare) ? "_" + bare : swiftName
    }

    /// The names generated route closures and store methods declare or capture: the request,
    /// the validator, the store and its `database`, the bodies' locals (`input`, `page`, …) and
    /// parameters (`owner`, `query`, `after`, …). `Names.local` steps around them.
    static let generatedLocals: Set<String> = [
        "request", "validator", "context", "handlers", "store", "statements", "database", "binds", "countBinds",
        "statement", "firstPage", "plain", "subject", "claimed", "owner", "input", "patch", "body", "query", "page",
        "after", "headers", "included", "standing", "result", "rows", "moved", "value", "field", "keys", "include",
    ]

    /// The spelling after a dot (`input.title`): bare, as careful hand-written Swift has it,
    /// except `init`, which after a dot means the initializer.
    public static func swiftMember(_ name: String) -> String {
        let bare = swiftBare(name)
        return bare == "init" ? "`init`" : bare
    }

    /// The spelling as an argument label (`find(id: id)`): bare, except `inout`, which Swift
    /// reads as a parameter modifier there.
    public static func swiftLabel(_ name: String) -> String {
        let bare = swiftBare(name)
        return bare == "inout" ? "`inout`" : bare
    }

    /// The argument label of a lookup by a unique field: `email` → `byEmail`, `owner_id` → `byOwnerID`.
    public static func lookupLabel(_ field: String) -> String {
        "by"
            + field.split(separator: "_").map { word in
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
        let hash = full.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
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

    /// Names no field, enum value or parameter may take: Swift gives `self` its own meaning even
    /// in backticks (`value.`self`` is the value itself), so no generated spelling can reach it.
    static let unspellableMembers: Set<String> = ["self"]

    /// The error for a name in `unspellableMembers`, with a replacement to use.
    static func unspellableMessage(_ what: String, _ name: String) -> String {
        "\(what) '\(name)' cannot be spelled in Swift (`.\(name)` is the value itself, even in backticks); rename it, e.g. '\(name)_value'"
    }

    /// Why a model or enum may not take `name`, or nil when it may: a Swift keyword, a type of
    /// the standard library or Foundation that generated code names, a runtime symbol, or a name
    /// the generator itself declares. (A model named `Task` is fine: generated code never names
    /// the concurrency `Task`, and a template that did would have to spell `_Concurrency.Task`.)
    static func reservedTypeReason(_ name: String) -> String? {
        if swiftKeywords.contains(name) { return "a Swift keyword" }
        if RuntimeSymbols.all.contains(name) { return "a type of the runtime that generated code uses" }
        if generatedTypeNames.contains(name) { return "a type the generator declares" }
        if reservedTypeNames.contains(name) { return "a Swift or Foundation type that generated code uses" }
        return nil
    }

    // The types generated for a model, a resource or an endpoint: the emitters name them with
    // these, and the model stage checks spec names against the same spellings.

    /// `TaskInput`: a model's create and replace body.
    static func inputType(_ model: String) -> String { swiftType(model) + "Input" }
    /// `TaskPatch`: a model's patch body.
    static func patchType(_ model: String) -> String { swiftType(model) + "Patch" }
    /// `TaskStore`: a model's store, or a named second resource's (`PublicTaskStore`).
    static func storeType(_ modelOrResource: String) -> String { swiftType(modelOrResource) + "Store" }
    /// `TaskListQuery`: a resource's list query.
    static func listQueryType(_ resource: String) -> String { swiftType(resource) + "ListQuery" }
    /// `TaskRoutes`: the file (without `.swift`) of a resource's routes.
    static func routesFile(_ resource: String) -> String { swiftType(resource) + "Routes" }
    /// `CompleteTaskInput`: what an endpoint's route hands its statement or handler.
    static func endpointInputType(_ endpoint: String) -> String {
        swiftType(endpoint.prefix(1).uppercased() + endpoint.dropFirst()) + "Input"
    }

    /// Why a served many_to_many relation may not take `name`, or nil when it may: the store
    /// lists the linked rows with a method of that name and the row's key (`tags(id:)`), so it
    /// may not be a store method taking the same (`find(id:)`; `exists(id:)` on the auth user's
    /// store). Its statements (`linkedTags`, `linkTags`, `tagsOfEach`) meet none of the store's.
    static func reservedRelationReason(_ name: String, authUser: Bool) -> String? {
        let swiftName = swiftBare(swiftProperty(name))
        if keyedStoreMethods.contains(swiftName) || (authUser && swiftName == "exists") {
            return "the store's own '\(swiftName)(id:)'"
        }
        return nil
    }

    /// The store methods that take only the key (and the owner), as a relation's list does.
    static let keyedStoreMethods: Set<String> = ["find", "findForUpdate", "delete"]

    /// Types every generated module declares.
    static let generatedTypeNames: Set<String> = [
        "GeneratedAPI", "APIDocumentation", "Migrations", "Statements", "DeclaredStatements", "AccessRules",
    ]

    static let initialisms: Set<String> = ["id", "url", "uuid", "http", "json", "sql", "api"]

    /// Type names a model may not take because generated code or the runtime needs them.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Bool", "Double", "Array", "Dictionary", "Optional", "Result", "Error",
        "UUID", "Timestamp", "CalendarDate", "DecimalValue", "Request", "Response", "Route", "Router", "Handler",
        "JSONWriter", "JSONValue", "JSONObject", "Validator", "PostgresRow", "PostgresClient", "Presence", "Never", "Any", "Self", "Type",
        "Sendable", "Hashable", "Equatable", "Codable", "Void", "Character", "Data", "Date", "URL", "Set",
        "UInt8", "CaseIterable", "RawRepresentable", "Swift", "Foundation", "Runtime", "SortOrder",
    ]

    static let swiftKeywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "false", "is", "nil", "self", "super", "throws", "true", "try", "await", "async", "any", "some",
        "Self", "Type", "Protocol", "consume", "borrowing", "consuming", "copy", "discard", "each", "macro", "package",
        "unsafe",
    ]
}
