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

    /// Runs one statement for `GET /locals/{request}/{store}`. Returns every row.
    public func locals(_ input: LocalsInput) async throws -> ModelRows<Task> {
        var binds = PostgresBindings()
        binds.append(input.request)
        binds.append(input.store)
        binds.append(input.validator)
        binds.append(input.query)
        binds.append(input.context)
        binds.append(input.input)
        binds.append(input.result)
        return try await database.rows(Statements.locals, binds, as: Task.self)
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
        static let locals = PreparedStatement(
            name: "declared_locals",
            sql: #"""
                SELECT id, title FROM tasks WHERE id = $1::integer OR title = $2::text OR id = $3::integer OR title = $4::text OR id = $5::integer OR id = $6::integer OR id = $7::integer
                """#
        )
    }
}
