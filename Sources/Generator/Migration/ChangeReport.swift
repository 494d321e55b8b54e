import Foundation

/// What a spec edit changes, for the reviewer of a pull request: database steps (from the
/// migration plan) and API changes for clients (from the previous and new OpenAPI documents),
/// with breaking changes called out.
public struct ChangeReport: Sendable {
    public var specPath: String
    public var migrationFile: String?
    public var databaseChanges: [SchemaChange] = []
    public var apiChanges: [APIChange] = []
    /// Who may call what, where the edit changed it (from each operation's `x-access`).
    public var accessChanges: [AccessChange] = []

    public var isEmpty: Bool { databaseChanges.isEmpty && apiChanges.isEmpty && accessChanges.isEmpty }
    public var breakingCount: Int { apiChanges.filter(\.breaking).count }

    /// A short plain-text summary for the terminal.
    public var summary: String {
        guard !isEmpty else { return "" }
        var lines = [
            "\(specPath): \(databaseChanges.count) database change(s), \(apiChanges.count) API change(s), \(breakingCount) breaking for clients"
        ]
        lines += databaseChanges.map {
            "  db:  " + ($0.destructive ? "DESTRUCTIVE " : "") + $0.summary + ($0.note.map { " (\($0))" } ?? "")
        }
        lines += accessChanges.map { "  sec: " + ($0.widens ? "WIDENS ACCESS " : "") + $0.summary }
        lines += apiChanges.map { "  api: " + ($0.breaking ? "BREAKING " : "") + $0.summary }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown ready to paste into a pull request.
    public var markdown: String {
        var text = "## Changes from `\(specPath)`\n\n"
        text += "### Database\n\n"
        if databaseChanges.isEmpty {
            text += "No schema change.\n"
        } else {
            if let file = migrationFile { text += "New migration `\(file)`:\n\n" }
            text +=
                databaseChanges.map { change in
                    "- " + (change.destructive ? "**destructive (acknowledged):** " : "") + change.summary
                        + (change.note.map { ": " + $0 } ?? "")
                }.joined(separator: "\n") + "\n"
        }
        if !accessChanges.isEmpty {
            text += "\n### Security: who may call what\n\n"
            let widened = accessChanges.filter(\.widens)
            let narrowed = accessChanges.filter { !$0.widens }
            if !widened.isEmpty {
                text +=
                    "**Access widened — review who can now do this:**\n\n" + widened.map { "- " + $0.summary }.joined(separator: "\n")
                    + "\n"
            }
            if !narrowed.isEmpty {
                text +=
                    (widened.isEmpty ? "" : "\n") + "Access narrowed (clients who could call these now get 401, 403 or 404):\n\n"
                    + narrowed.map { "- " + $0.summary }.joined(separator: "\n") + "\n"
            }
        }
        text += "\n### API clients\n\n"
        if apiChanges.isEmpty {
            text += "No change to the HTTP contract.\n"
        } else {
            let breaking = apiChanges.filter(\.breaking)
            let compatible = apiChanges.filter { !$0.breaking }
            if !breaking.isEmpty {
                text += "**Breaking for existing clients:**\n\n" + breaking.map { "- " + $0.summary }.joined(separator: "\n") + "\n\n"
            }
            if !compatible.isEmpty {
                text += "Compatible:\n\n" + compatible.map { "- " + $0.summary }.joined(separator: "\n") + "\n"
            }
        }
        return text
    }
}

/// A change of who may call an operation.
public struct AccessChange: Sendable, Hashable {
    public var summary: String
    /// Someone may now call what they could not: the change a security review must see.
    public var widens: Bool
}

/// Compares the `x-access` of each operation in two OpenAPI documents (docs/spec.md §6.6).
enum AccessChangeAnalyzer {
    static func changes(from oldText: String, to newText: String) -> [AccessChange] {
        guard let old = APIChangeAnalyzer.parse(oldText), let new = APIChangeAnalyzer.parse(newText) else { return [] }
        let before = APIChangeAnalyzer.operations(old)
        var result: [AccessChange] = []
        for (name, operation) in APIChangeAnalyzer.operations(new).sorted(by: { $0.key < $1.key }) {
            guard let access = operation["x-access"] as? [String: Any], let allows = access["allows"] as? [String: Bool] else { continue }
            let rule = access["rule"] as? String ?? "?"
            guard let previous = before[name] else {
                // A new operation open to callers without any standing is worth a look too.
                let open = allows.filter { $0.value && ($0.key == AccessMatrix.anonymous || $0.key == AccessMatrix.anyUser) }.keys.sorted()
                if !open.isEmpty {
                    result.append(
                        AccessChange(
                            summary: "`\(name)` (new) is open to \(open.joined(separator: " and ")) (access: \(rule))", widens: true))
                }
                continue
            }
            // A document written before access was recorded says nothing to compare with.
            guard let oldAccess = previous["x-access"] as? [String: Any], let oldAllows = oldAccess["allows"] as? [String: Bool] else {
                continue
            }
            let oldRule = oldAccess["rule"] as? String ?? "?"
            let gained = allows.filter { $0.value && oldAllows[$0.key] != true }.keys.sorted()
            let lost = oldAllows.filter { $0.value && allows[$0.key] != true }.keys.sorted()
            if !gained.isEmpty {
                result.append(
                    AccessChange(
                        summary: "`\(name)`: \(gained.joined(separator: ", ")) can now call it (access was \(oldRule), now \(rule))",
                        widens: true))
            }
            if !lost.isEmpty {
                result.append(
                    AccessChange(
                        summary: "`\(name)`: \(lost.joined(separator: ", ")) can no longer call it (access was \(oldRule), now \(rule))",
                        widens: false))
            }
        }
        return result
    }
}

public struct APIChange: Sendable, Hashable {
    public var summary: String
    public var breaking: Bool
}

/// Compares two OpenAPI documents (as the generator writes them) operation by operation and
/// schema by schema.
enum APIChangeAnalyzer {
    static func changes(from oldText: String, to newText: String) -> [APIChange] {
        guard let old = parse(oldText), let new = parse(newText) else { return [] }
        var result: [APIChange] = []
        let oldOps = operations(old)
        let newOps = operations(new)
        for op in oldOps.keys.sorted() where newOps[op] == nil {
            result.append(APIChange(summary: "endpoint `\(op)` removed", breaking: true))
        }
        for op in newOps.keys.sorted() where oldOps[op] == nil {
            result.append(APIChange(summary: "endpoint `\(op)` added", breaking: false))
        }
        let oldSchemas = schemas(old)
        let newSchemas = schemas(new)
        for name in oldSchemas.keys.sorted() where newSchemas[name] == nil {
            result.append(APIChange(summary: "schema `\(name)` removed", breaking: true))
        }
        for name in newSchemas.keys.sorted() {
            guard let before = oldSchemas[name], let after = newSchemas[name] else { continue }
            result += compare(name, before, after)
        }
        for op in oldOps.keys.sorted() {
            guard let before = oldOps[op], let after = newOps[op] else { continue }
            result += compareParameters(op, before, after)
        }
        return result
    }

    static func parse(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    static func operations(_ document: [String: Any]) -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for (path, value) in document["paths"] as? [String: Any] ?? [:] {
            for (method, operation) in value as? [String: Any] ?? [:] {
                result["\(method.uppercased()) \(path)"] = operation as? [String: Any] ?? [:]
            }
        }
        return result
    }

    static func schemas(_ document: [String: Any]) -> [String: [String: Any]] {
        ((document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String: Any] }
    }

    /// Request bodies are the `…Input`, `…Patch` and `…Request` schemas; the rest are responses.
    static func isRequest(_ name: String) -> Bool {
        name.hasSuffix("Input") || name.hasSuffix("Patch") || name.hasSuffix("Request")
    }

    static func compare(_ name: String, _ old: [String: Any], _ new: [String: Any]) -> [APIChange] {
        var result: [APIChange] = []
        if let oldValues = old["enum"] as? [String], let newValues = new["enum"] as? [String] {
            for value in oldValues where !newValues.contains(value) {
                result.append(APIChange(summary: "enum `\(name)` no longer has `\(value)`", breaking: true))
            }
            for value in newValues where !oldValues.contains(value) {
                result.append(APIChange(summary: "enum `\(name)` gains `\(value)`", breaking: false))
            }
        }
        let oldProperties = old["properties"] as? [String: Any] ?? [:]
        let newProperties = new["properties"] as? [String: Any] ?? [:]
        let oldRequired = Set(old["required"] as? [String] ?? [])
        let newRequired = Set(new["required"] as? [String] ?? [])
        let request = isRequest(name)
        for field in oldProperties.keys.sorted() where newProperties[field] == nil {
            result.append(
                APIChange(
                    summary: request
                        ? "`\(name).\(field)` is no longer accepted (sent values are ignored)"
                        : "`\(name).\(field)` removed from responses",
                    breaking: !request
                ))
        }
        for field in newProperties.keys.sorted() {
            guard let after = newProperties[field] else { continue }
            guard let before = oldProperties[field] else {
                let required = newRequired.contains(field)
                result.append(
                    APIChange(
                        summary: request
                            ? "`\(name).\(field)` added\(required ? " and required" : " (optional)")"
                            : "`\(name).\(field)` added to responses",
                        breaking: request && required
                    ))
                continue
            }
            let beforeType = typeText(before)
            let afterType = typeText(after)
            if beforeType != afterType {
                result.append(APIChange(summary: "`\(name).\(field)` changes type from \(beforeType) to \(afterType)", breaking: true))
            } else if describe(before) != describe(after) {
                let tightened = tightens(before, after)
                result.append(
                    APIChange(
                        summary: "`\(name).\(field)` rules change: \(describe(before)) → \(describe(after))", breaking: request && tightened
                    ))
            }
            if request, newRequired.contains(field), !oldRequired.contains(field) {
                result.append(APIChange(summary: "`\(name).\(field)` becomes required", breaking: true))
            }
        }
        return result
    }

    static func compareParameters(_ op: String, _ old: [String: Any], _ new: [String: Any]) -> [APIChange] {
        func parameters(_ operation: [String: Any]) -> [String: [String: Any]] {
            var result: [String: [String: Any]] = [:]
            for item in operation["parameters"] as? [[String: Any]] ?? [] {
                if let name = item["name"] as? String { result[name] = item["schema"] as? [String: Any] ?? [:] }
            }
            return result
        }
        let before = parameters(old)
        let after = parameters(new)
        var result: [APIChange] = []
        for name in before.keys.sorted() where after[name] == nil {
            result.append(APIChange(summary: "`\(op)` no longer takes `\(name)`", breaking: true))
        }
        for name in after.keys.sorted() where before[name] == nil {
            result.append(APIChange(summary: "`\(op)` takes a new parameter `\(name)`", breaking: false))
        }
        return result
    }

    /// `string`, `["string","null"]`, `$ref Task`, … as text.
    static func typeText(_ schema: Any) -> String {
        guard let schema = schema as? [String: Any] else { return "?" }
        if let ref = schema["$ref"] as? String { return ref.split(separator: "/").last.map(String.init) ?? ref }
        if let types = schema["type"] as? [String] { return types.joined(separator: " or ") }
        if let type = schema["type"] as? String { return type + ((schema["format"] as? String).map { " (\($0))" } ?? "") }
        if let options = schema["oneOf"] as? [Any] { return options.map(typeText).joined(separator: " or ") }
        return "any"
    }

    /// Whether a request value the old rules accepted may now be refused.
    static func tightens(_ old: Any, _ new: Any) -> Bool {
        guard let old = old as? [String: Any], let new = new as? [String: Any] else { return true }
        func number(_ schema: [String: Any], _ key: String) -> Double? {
            (schema[key] as? NSNumber)?.doubleValue ?? (schema[key] as? String).flatMap(Double.init)
        }
        for key in ["maxLength", "maximum"] {
            switch (number(old, key), number(new, key)) {
            case (nil, .some): return true
            case (.some(let a), .some(let b)) where b < a: return true
            default: break
            }
        }
        for key in ["minLength", "minimum"] {
            switch (number(old, key), number(new, key)) {
            case (nil, .some): return true
            case (.some(let a), .some(let b)) where b > a: return true
            default: break
            }
        }
        return "\(old["pattern"] ?? "")" != "\(new["pattern"] ?? "")" || "\(old["format"] ?? "")" != "\(new["format"] ?? "")"
    }

    static func describe(_ schema: Any) -> String {
        guard let schema = schema as? [String: Any] else { return "" }
        let keys = ["minLength", "maxLength", "minimum", "maximum", "pattern", "format"]
        let parts = keys.compactMap { key in schema[key].map { "\(key) \($0)" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}
