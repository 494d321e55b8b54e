// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `tasks` table for `Task`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct TaskStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: TaskInput) async throws -> Task {
        var binds = PostgresBindings()
        binds.append(input.title)
        return try await database.inserted(Self.statements.insert, binds, as: Task.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int64) async throws -> Task? {
        return try await database.one(Self.statements.find, [id], as: Task.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64) async throws -> Task? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Task.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int64, _ input: TaskInput) async throws -> Task? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.title)
        return try await database.one(Self.statements.replace, binds, as: Task.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int64, _ patch: TaskPatch) async throws -> Task? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.title)
        return try await database.one(Self.statements.patch, binds, as: Task.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int64) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: TaskListQuery) async throws -> (items: ModelRows<Task>, total: Int) {
        let binds = PostgresBindings()
        return try await database.page(Self.statements.list, binds, as: Task.self)
    }
}

extension TaskStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "tasks_insert",
            sql: #"""
                INSERT INTO "tasks" ("title")
                VALUES ($1)
                RETURNING "id", "title"
                """#
        ),
        find: PreparedStatement(
            name: "tasks_find",
            sql: #"""
                SELECT "id", "title"
                FROM "tasks"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "tasks_find_for_update",
            sql: #"""
                SELECT "id", "title"
                FROM "tasks"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "tasks_replace",
            sql: #"""
                UPDATE "tasks"
                SET "title" = $2
                WHERE "id" = $1
                RETURNING "id", "title"
                """#
        ),
        patch: PreparedStatement(
            name: "tasks_patch",
            sql: #"""
                UPDATE "tasks"
                SET "title" = CASE WHEN $2::boolean THEN $3::text ELSE "title" END
                WHERE "id" = $1
                RETURNING "id", "title"
                """#
        ),
        delete: PreparedStatement(
            name: "tasks_delete",
            sql: #"""
                DELETE FROM "tasks"
                WHERE "id" = $1
                """#
        ),
        list: PreparedStatement(
            name: "tasks_list",
            sql: #"""
                SELECT "id", "title", (
                    SELECT count(*)
                    FROM "tasks"
                ) AS "total"
                FROM "tasks"
                ORDER BY "tasks"."id" ASC
                """#
        )
    )
}
