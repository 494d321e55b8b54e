// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `inits` table for `Init`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct InitStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: InitInput) async throws -> Init {
        var binds = PostgresBindings()
        binds.append(input.name)
        return try await database.inserted(Self.statements.insert, binds, as: Init.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Init? {
        return try await database.one(Self.statements.find, [id], as: Init.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Init? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Init.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: InitInput) async throws -> Init? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.name)
        return try await database.one(Self.statements.replace, binds, as: Init.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: InitPatch) async throws -> Init? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.name)
        return try await database.one(Self.statements.patch, binds, as: Init.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }
}

extension InitStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "inits_insert",
            sql: #"""
                INSERT INTO "inits" ("name")
                VALUES ($1)
                RETURNING "id", "name"
                """#
        ),
        find: PreparedStatement(
            name: "inits_find",
            sql: #"""
                SELECT "id", "name"
                FROM "inits"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "inits_find_for_update",
            sql: #"""
                SELECT "id", "name"
                FROM "inits"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "inits_replace",
            sql: #"""
                UPDATE "inits"
                SET "name" = $2
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        patch: PreparedStatement(
            name: "inits_patch",
            sql: #"""
                UPDATE "inits"
                SET "name" = CASE WHEN $2::boolean THEN $3::text ELSE "name" END
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        delete: PreparedStatement(
            name: "inits_delete",
            sql: #"""
                DELETE FROM "inits"
                WHERE "id" = $1
                """#
        )
    )
}
