// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `unsafes` table for `Unsafe`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct UnsafeStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: UnsafeInput) async throws -> Unsafe {
        var binds = PostgresBindings()
        binds.append(input.name)
        return try await database.inserted(Self.statements.insert, binds, as: Unsafe.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Unsafe? {
        return try await database.one(Self.statements.find, [id], as: Unsafe.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Unsafe? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Unsafe.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: UnsafeInput) async throws -> Unsafe? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.name)
        return try await database.one(Self.statements.replace, binds, as: Unsafe.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: UnsafePatch) async throws -> Unsafe? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.name)
        return try await database.one(Self.statements.patch, binds, as: Unsafe.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }
}

extension UnsafeStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "unsafes_insert",
            sql: #"""
                INSERT INTO "unsafes" ("name")
                VALUES ($1)
                RETURNING "id", "name"
                """#
        ),
        find: PreparedStatement(
            name: "unsafes_find",
            sql: #"""
                SELECT "id", "name"
                FROM "unsafes"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "unsafes_find_for_update",
            sql: #"""
                SELECT "id", "name"
                FROM "unsafes"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "unsafes_replace",
            sql: #"""
                UPDATE "unsafes"
                SET "name" = $2
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        patch: PreparedStatement(
            name: "unsafes_patch",
            sql: #"""
                UPDATE "unsafes"
                SET "name" = CASE WHEN $2::boolean THEN $3::text ELSE "name" END
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        delete: PreparedStatement(
            name: "unsafes_delete",
            sql: #"""
                DELETE FROM "unsafes"
                WHERE "id" = $1
                """#
        )
    )
}
