// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `tags` table for `Tag`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct TagStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: TagInput) async throws -> Tag {
        var binds = PostgresBindings()
        binds.append(input.name)
        return try await database.inserted(Self.statements.insert, binds, as: Tag.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Tag? {
        return try await database.one(Self.statements.find, [id], as: Tag.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Tag? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Tag.self)
    }

    /// The row whose `name` is this value, if any.
    public nonisolated(nonsending) func find(byName name: String) async throws -> Tag? {
        return try await database.one(Self.statements.findByName, [name], as: Tag.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: TagInput) async throws -> Tag? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.name)
        return try await database.one(Self.statements.replace, binds, as: Tag.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: TagPatch) async throws -> Tag? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.name)
        return try await database.one(Self.statements.patch, binds, as: Tag.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: TagListQuery) async throws -> (items: ModelRows<Tag>, total: Int) {
        let binds = PostgresBindings()
        return try await database.page(Self.statements.list, binds, as: Tag.self)
    }
}

extension TagStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "tags_insert",
            sql: #"""
                INSERT INTO "tags" ("name")
                VALUES ($1)
                RETURNING "id", "name"
                """#
        ),
        find: PreparedStatement(
            name: "tags_find",
            sql: #"""
                SELECT "id", "name"
                FROM "tags"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "tags_find_for_update",
            sql: #"""
                SELECT "id", "name"
                FROM "tags"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        findByName: PreparedStatement(
            name: "tags_find_by_name",
            sql: #"""
                SELECT "id", "name"
                FROM "tags"
                WHERE "name" = $1
                """#
        ),
        replace: PreparedStatement(
            name: "tags_replace",
            sql: #"""
                UPDATE "tags"
                SET "name" = $2
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        patch: PreparedStatement(
            name: "tags_patch",
            sql: #"""
                UPDATE "tags"
                SET "name" = CASE WHEN $2::boolean THEN $3::text ELSE "name" END
                WHERE "id" = $1
                RETURNING "id", "name"
                """#
        ),
        delete: PreparedStatement(
            name: "tags_delete",
            sql: #"""
                DELETE FROM "tags"
                WHERE "id" = $1
                """#
        ),
        list: PreparedStatement(
            name: "tags_list",
            sql: #"""
                SELECT "id", "name", (
                    SELECT count(*)
                    FROM "tags"
                ) AS "total"
                FROM "tags"
                ORDER BY "tags"."id" ASC
                """#
        )
    )
}
