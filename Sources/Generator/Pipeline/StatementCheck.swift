import Foundation

/// What Postgres says about one declared statement (the generator's own copy of it, so the
/// pure stages do not depend on the Postgres client).
public enum StatementShape: Sendable, Hashable {
    case described(parameters: [String], columns: [RecordedStatements.Column])
    case failed(message: String, detail: String?, position: Int?)
}

/// Prepares statements on a database whose schema is built from `migrations`, and reports
/// their shapes; the CLI's implementation uses a real Postgres (`DatabaseStatementDescriber`).
public protocol StatementDescriber: Sendable {
    func describe(migrations: [String], statements: [String]) throws -> [StatementShape]
}

/// The checked-in record of what Postgres said about each declared statement: with it,
/// `generate --check` and a run whose SQL and schema are unchanged need no database, and a
/// pull request shows when a query's types change (docs/decisions/0012).
public struct RecordedStatements: Codable, Sendable, Hashable {
    /// A result column, recorded as `"name: type"` so a reviewer reads one line per column.
    public struct Column: Codable, Sendable, Hashable {
        public var name: String
        public var type: String

        public init(name: String, type: String) {
            self.name = name
            self.type = type
        }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let separator = text.range(of: ": ") else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected 'name: type'"))
            }
            self.init(name: String(text[..<separator.lowerBound]), type: String(text[separator.upperBound...]))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode("\(name): \(type)")
        }
    }

    public struct Entry: Codable, Sendable, Hashable {
        public var endpoint: String
        /// The text Postgres prepared, by line.
        public var sql: [String]
        public var parameters: [String]
        public var columns: [Column]
    }

    public var about: String
    /// A fingerprint of the schema the migrations produce (its snapshot): when it changes,
    /// every statement is checked again.
    public var schema: String
    public var statements: [Entry]

    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func parse(_ text: String) -> RecordedStatements? {
        try? JSONDecoder().decode(RecordedStatements.self, from: Data(text.utf8))
    }
}

/// The stage between the schema plan and emitting: every declared statement is checked by
/// Postgres against the schema the migrations produce (or taken from the record when neither
/// the SQL nor the schema changed), and its result is checked against the endpoint's response.
/// Its errors are spec errors, located in the SQL.
enum StatementCheck {
    struct Pending {
        var endpoint: CustomEndpoint
        var statement: DeclaredStatement
        var isLast: Bool
    }

    static func run(
        _ model: APIModel, plan: SchemaPlan, recorded: String?, describer: (any StatementDescriber)?, recordPath: String,
        diagnostics: inout Diagnostics
    ) -> GeneratedFile? {
        let pending = model.endpoints.flatMap { endpoint in
            endpoint.statements.enumerated().map { Pending(endpoint: endpoint, statement: $1, isLast: $0 == endpoint.statements.count - 1) }
        }
        guard !pending.isEmpty else { return nil }
        let migrations = plan.existing.map(\.sql) + (plan.newMigration.map { [$0.statements.joined(separator: "\n\n")] } ?? [])
        let fingerprint = Self.fingerprint(SchemaSnapshot.encode(plan.schema))
        var shapes: [StatementShape]
        let previous = recorded.flatMap(RecordedStatements.parse)
        if let previous, previous.schema == fingerprint, previous.statements.count == pending.count,
            zip(previous.statements, pending).allSatisfy({ $0.endpoint == $1.endpoint.name && $0.sql == Self.lines($1.statement.prepared) })
        {
            shapes = previous.statements.map { .described(parameters: $0.parameters, columns: $0.columns) }
        } else {
            let why = previous == nil ? "\(recordPath) does not record it yet" : "it or the schema changed since \(recordPath) was recorded"
            guard let describer else {
                diagnostics.error(
                    "the declared SQL of endpoint '\(pending[0].endpoint.name)' must be checked by Postgres: \(why); run 'swift run generate' (it uses DATABASE_URL, or starts the development database)",
                    at: pending[0].statement.location)
                return nil
            }
            do {
                shapes = try describer.describe(migrations: migrations, statements: pending.map(\.statement.prepared))
            } catch {
                diagnostics.error("cannot check the declared SQL against the schema (\(why)): \(error)", at: pending[0].statement.location)
                return nil
            }
        }
        var entries: [RecordedStatements.Entry] = []
        for (item, shape) in zip(pending, shapes) {
            switch shape {
            case .failed(let message, let detail, let position):
                let location = position.map { item.statement.location(ofPrepared: $0) } ?? item.statement.location
                let notes = detail.map { [Diagnostic(.note, $0, at: location)] } ?? []
                let hint = Self.suggestion(for: message, model: model, schema: plan.schema)
                diagnostics.error("statement of endpoint '\(item.endpoint.name)': \(message)\(hint)", at: location, notes: notes)
            case .described(let parameters, let columns):
                if item.isLast { checkResult(columns, of: item, model: model, diagnostics: &diagnostics) }
                entries.append(
                    .init(endpoint: item.endpoint.name, sql: Self.lines(item.statement.prepared), parameters: parameters, columns: columns))
            }
        }
        guard !diagnostics.hasErrors else { return nil }
        let record = RecordedStatements(
            about:
                "Generated from \(model.specPath) by `swift run generate` — do not edit: what PostgreSQL says about each declared statement, checked against the schema of the migrations.",
            schema: fingerprint, statements: entries)
        return GeneratedFile(path: recordPath, contents: record.rendered())
    }

    /// The rows of an endpoint that answers a model (or a list of it) must be that model's
    /// columns, in its order, as its row decoder reads them.
    static func checkResult(_ columns: [RecordedStatements.Column], of item: Pending, model: APIModel, diagnostics: inout Diagnostics) {
        let name: String
        switch item.endpoint.response {
        case .none: return
        case .entity(let entity), .list(let entity): name = entity
        }
        guard let entity = model.entity(name) else { return }
        let expected = entity.responseAttributes.map { RecordedStatements.Column(name: $0.column, type: SchemaBuilder.sqlType($0.type)) }
        let wanted = expected.map { "\($0.name) \($0.type)" }.joined(separator: ", ")
        let returning = "RETURNING " + expected.map(\.name).map(Names.sql).joined(separator: ", ")
        if columns.isEmpty {
            diagnostics.error(
                "statement of endpoint '\(item.endpoint.name)' returns no rows, but the endpoint answers \(name): select its columns, or end a write with \(returning)",
                at: item.statement.location)
            return
        }
        for index in 0..<max(columns.count, expected.count) {
            let found = index < columns.count ? columns[index] : nil
            let want = index < expected.count ? expected[index] : nil
            if let found, let want, found.name == want.name, compatible(found.type, want.type) { continue }
            let problem: String
            switch (found, want) {
            case (let found?, let want?) where found.name == want.name:
                problem = "column \(index + 1) ('\(found.name)') is \(found.type), where \(name).\(want.name) is \(want.type)"
            case (let found?, let want?):
                problem = "column \(index + 1) is '\(found.name)', where \(name) has '\(want.name)'"
            case (let found?, nil):
                problem = "column \(index + 1) ('\(found.name)') is one too many"
            case (nil, let want?):
                problem = "'\(want.name)' is missing"
            case (nil, nil):
                continue
            }
            diagnostics.error(
                "the rows of endpoint '\(item.endpoint.name)' must be \(name)'s columns in order (\(wanted)): \(problem)",
                at: item.statement.location,
                notes: [Diagnostic(.note, "for a write, end it with \(returning)", at: item.statement.location)])
            return
        }
    }

    /// "did you mean" for Postgres's unknown-table and unknown-column errors, from the schema.
    static func suggestion(for message: String, model: APIModel, schema: DatabaseSchema) -> String {
        func quoted(after prefix: String) -> String? {
            guard message.hasPrefix(prefix) else { return nil }
            let rest = message.dropFirst(prefix.count)
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return String(rest[..<end])
        }
        if let table = quoted(after: "relation \""), message.hasSuffix("does not exist") {
            return Suggestion.didYouMean(table, among: schema.tables.map(\.name))
        }
        if let column = quoted(after: "column \""), message.hasSuffix("does not exist") {
            for entity in model.entities {
                if let renamed = entity.attributes.first(where: { $0.renamedFrom == column }) {
                    return "; the spec renames it to '\(renamed.column)' (renamed_from), so the SQL must say '\(renamed.column)'"
                }
            }
            var tables = schema.tables
            if let range = message.range(of: "of relation \"") {
                let name = message[range.upperBound...].prefix { $0 != "\"" }
                tables = tables.filter { $0.name == name }
            }
            return Suggestion.didYouMean(column, among: Array(Set(tables.flatMap { $0.columns.map(\.name) })).sorted())
        }
        return ""
    }

    static func lines(_ sql: String) -> [String] {
        sql.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether a column of type `found` decodes as a field stored as `expected`.
    static func compatible(_ found: String, _ expected: String) -> Bool {
        func base(_ type: String) -> String { type.split(separator: "(").first.map(String.init) ?? type }
        let (f, e) = (base(found), base(expected))
        if f == e { return true }
        let text: Set = ["text", "character varying", "character", "name"]
        if text.contains(f), text.contains(e) { return true }
        switch e {
        case "integer": return f == "smallint"
        case "bigint": return f == "integer" || f == "smallint"
        case "double precision": return f == "real"
        case "jsonb": return f == "json"
        default: return false
        }
    }

    /// FNV-1a (64 bits) of the schema snapshot: a change detector, not a security measure.
    static func fingerprint(_ snapshot: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in snapshot.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
