// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `task_inits` table for `TaskInit`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct TaskInitStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: TaskInitInput) async throws -> TaskInit {
        var binds = PostgresBindings()
        binds.append(input.taskID)
        binds.append(input.initID)
        return try await database.inserted(Statements.insert, binds, as: TaskInit.self)
    }
}

extension TaskInitStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    enum Statements {
        static let insert = PreparedStatement(
            name: "task_inits_insert",
            sql: #"""
                INSERT INTO "task_inits" ("task_id", "init_id")
                VALUES ($1, $2)
                RETURNING "task_id", "init_id"
                """#
        )
    }
}
