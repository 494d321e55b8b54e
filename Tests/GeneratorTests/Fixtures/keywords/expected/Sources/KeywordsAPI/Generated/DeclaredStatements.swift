// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The SQL `spec/keywords.yaml` declares for its endpoints, as typed functions: the generated routes
/// call them, and hand-written code may too. PostgreSQL checked every statement against the
/// schema of the migrations when it was generated; `spec/keywords.statements.json` records what it said.
public struct DeclaredStatements: Sendable {
    /// The pool, or a transaction.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Runs one statement for `GET /lookup/{default}`. Returns every row.
    public func lookup(_ input: LookupInput) async throws -> ModelRows<Task> {
        var binds = PostgresBindings()
        binds.append(input.`default`)
        binds.append(input.`in`)
        binds.append(input.`where`)
        return try await database.rows(Statements.lookup, binds, as: Task.self)
    }
}

extension DeclaredStatements {
    /// The statements as PostgreSQL prepares them: each `:name` of the spec is a numbered
    /// parameter cast to its declared type.
    enum Statements {
        static let lookup = PreparedStatement(
            name: "declared_lookup",
            sql: #"""
                SELECT id, title FROM tasks WHERE id = $1::integer OR id = $2::integer OR title = $3::text
                """#
        )
    }
}
