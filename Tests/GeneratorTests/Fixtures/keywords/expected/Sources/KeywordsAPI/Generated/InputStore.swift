// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `inputs` table for `Input`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct InputStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: InputInput) async throws -> Input {
        var binds = PostgresBindings()
        binds.append(input.name)
        return try await database.inserted(Self.statements.insert, binds, as: Input.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Input? {
        return try await database.one(Self.statements.find, [id], as: Input.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Input? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Input.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: InputInput) async throws -> Input? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.name)
        return try await database.one(Self.statements.replace, binds, as: Input.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: InputPatch) async throws -> Input? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.name)
        return try await database.one(Self.statements.patch, binds, as: Input.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: InputListQuery) async throws -> (items: ModelRows<Input>, total: Int) {
        let binds = PostgresBindings()
        return try await database.page(Self.statements.list, binds, as: Input.self)
    }
}

extension InputStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "inputs_insert",
            sql: #"""
                INSERT INTO "inputs" ("name")
                VALUES ($1)
                RETURNING "id", "name"
                """#
        ),
        find: PreparedStatement(
            name: "inputs_find",
            sql: #"""
                SELECT "id", "name"
                FROM "inputs"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "inputs_find_for_update",
            sql: #"""
                SELECT "id", "name"
                FROM "inputs"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "inputs_replace",
            sql: #"""
                UPDATE "inputs"
                SET "name" = $2
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        patch: PreparedStatement(
            name: "inputs_patch",
            sql: #"""
                UPDATE "inputs"
                SET "name" = CASE WHEN $2::boolean THEN $3::text ELSE "name" END
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        delete: PreparedStatement(
            name: "inputs_delete",
            sql: #"""
                DELETE FROM "inputs"
                WHERE "id" = $1
                """#
        ),
        list: PreparedStatement(
            name: "inputs_list",
            sql: #"""
                SELECT "id", "name", (
                    SELECT count(*)
                    FROM "inputs"
                ) AS "total"
                FROM "inputs"
                ORDER BY "inputs"."id" ASC
                """#
        )
    )
}
