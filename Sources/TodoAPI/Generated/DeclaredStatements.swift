// Generated from spec/todo.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The SQL `spec/todo.yaml` declares for its endpoints, as typed functions: the generated routes
/// call them, and hand-written code may too. PostgreSQL checked every statement against the
/// schema of the migrations when it was generated; `spec/todo.statements.json` records what it said.
public struct DeclaredStatements: Sendable {
    /// The pool, or a transaction.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Flip a task's completed flag.
    ///
    /// Runs one statement for `PATCH /api/{user_id}/tasks/{id}/complete`. Returns the first row, or nil when there is none (the route answers 404).
    public func completeTask(_ input: CompleteTaskInput) async throws -> Task? {
        var binds = PostgresBindings()
        binds.append(input.id)
        binds.append(input.userID)
        return try await database.one(Statements.completeTask, binds, as: Task.self)
    }
}

extension DeclaredStatements {
    /// The statements as PostgreSQL prepares them: each `:name` of the spec is a numbered
    /// parameter cast to its declared type.
    enum Statements {
        static let completeTask = PreparedStatement(
            name: "declared_complete_task",
            sql: #"""
                UPDATE tasks
                SET completed = NOT completed, updated_at = clock_timestamp()
                WHERE id = $1::integer AND user_id = $2::uuid
                RETURNING id, user_id, title, description, completed, created_at, updated_at
                """#
        )
    }
}
