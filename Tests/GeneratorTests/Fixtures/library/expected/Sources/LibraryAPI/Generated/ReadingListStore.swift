// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `reading_lists` table for `ReadingList`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct ReadingListStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: ReadingListInput, owner: UUID) async throws -> ReadingList {
        var binds = PostgresBindings()
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: ReadingList.self)
    }

    /// The row with this key owned by `owner`, if any.
    public nonisolated(nonsending) func find(id: Int32, owner: UUID) async throws -> ReadingList? {
        return try await database.one(Self.statements.find, [id, owner], as: ReadingList.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32, owner: UUID) async throws -> ReadingList? {
        return try await database.one(Self.statements.findForUpdate, [id, owner], as: ReadingList.self)
    }

    /// Replaces every client field; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func replace(id: Int32, owner: UUID, _ input: ReadingListInput) async throws -> ReadingList? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: ReadingList.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func patch(id: Int32, owner: UUID, _ patch: ReadingListPatch) async throws -> ReadingList? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        binds.append(patch.name)
        binds.append(patch.archived)
        return try await database.one(Self.statements.patch, binds, as: ReadingList.self)
    }

    /// Deletes the row; false when there was none owned by `owner`.
    public nonisolated(nonsending) func delete(id: Int32, owner: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, owner]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(owner: UUID, _ query: ReadingListListQuery) async throws -> (items: ModelRows<ReadingList>, total: Int) {
        var binds = PostgresBindings()
        binds.append(owner)
        return try await database.page(Self.statements.list, binds, as: ReadingList.self)
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: ReadingListInput, to binds: inout PostgresBindings) {
        binds.append(input.name)
        binds.append(input.archived)
    }
}

extension ReadingListStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "reading_lists_insert",
            sql: #"""
                INSERT INTO "reading_lists" ("member_id", "name", "archived")
                VALUES ($1, $2, $3)
                RETURNING "id", "member_id", "name", "archived"
                """#
        ),
        find: PreparedStatement(
            name: "reading_lists_find",
            sql: #"""
                SELECT "id", "member_id", "name", "archived"
                FROM "reading_lists"
                WHERE "id" = $1 AND "member_id" = $2
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "reading_lists_find_for_update",
            sql: #"""
                SELECT "id", "member_id", "name", "archived"
                FROM "reading_lists"
                WHERE "id" = $1 AND "member_id" = $2
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "reading_lists_replace",
            sql: #"""
                UPDATE "reading_lists"
                SET "name" = $3, "archived" = $4
                WHERE "id" = $1 AND "member_id" = $2
                RETURNING "id", "member_id", "name", "archived"
                """#
        ),
        patch: PreparedStatement(
            name: "reading_lists_patch",
            sql: #"""
                UPDATE "reading_lists"
                SET "name" = CASE WHEN $3::boolean THEN $4::text ELSE "name" END,
                    "archived" = CASE WHEN $5::boolean THEN $6::boolean ELSE "archived" END
                WHERE "id" = $1 AND "member_id" = $2
                RETURNING "id", "member_id", "name", "archived"
                """#
        ),
        delete: PreparedStatement(
            name: "reading_lists_delete",
            sql: #"""
                DELETE FROM "reading_lists"
                WHERE "id" = $1 AND "member_id" = $2
                """#
        ),
        list: PreparedStatement(
            name: "reading_lists_list",
            sql: #"""
                SELECT "id", "member_id", "name", "archived", (
                    SELECT count(*)
                    FROM "reading_lists"
                    WHERE "member_id" = $1
                ) AS "total"
                FROM "reading_lists"
                WHERE "member_id" = $1
                ORDER BY "reading_lists"."id" ASC
                """#
        )
    )
}
