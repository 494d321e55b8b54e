// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `list_entries` table for `ListEntry`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct ListEntryStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when a reference names a row the caller may not use.
    public nonisolated(nonsending) func insert(_ input: ListEntryInput, owner: UUID) async throws -> ListEntry? {
        var binds = PostgresBindings()
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.insert, binds, as: ListEntry.self)
    }

    /// The row with this key owned by `owner`, if any.
    public nonisolated(nonsending) func find(id: Int32, owner: UUID) async throws -> ListEntry? {
        return try await database.one(Self.statements.find, [id, owner], as: ListEntry.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32, owner: UUID) async throws -> ListEntry? {
        return try await database.one(Self.statements.findForUpdate, [id, owner], as: ListEntry.self)
    }

    /// Replaces every client field; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func replace(id: Int32, owner: UUID, _ input: ListEntryInput) async throws -> ListEntry? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: ListEntry.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func patch(id: Int32, owner: UUID, _ patch: ListEntryPatch) async throws -> ListEntry? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        binds.append(patch.listID)
        binds.append(patch.bookID)
        return try await database.one(Self.statements.patch, binds, as: ListEntry.self)
    }

    /// The first field a replace may not change (set on create only, or not in `fields.update`)
    /// for which `input` holds another value than the row; nil when none does, or there is no such row.
    public nonisolated(nonsending) func replaceChangedField(id: Int32, owner: UUID, _ input: ListEntryInput) async throws -> String? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        binds.append(input.bookID)
        return try await database.text(Self.statements.replaceChangedField, binds)
    }

    /// The first field a patch may not change (set on create only, or not in `fields.update`)
    /// for which `patch` holds another value than the row; nil when none does, or there is no such row.
    public nonisolated(nonsending) func patchChangedField(id: Int32, owner: UUID, _ patch: ListEntryPatch) async throws -> String? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        binds.append(patch.bookID)
        return try await database.text(Self.statements.patchChangedField, binds)
    }

    /// Deletes the row; false when there was none owned by `owner`.
    public nonisolated(nonsending) func delete(id: Int32, owner: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, owner]) > 0
    }

    /// Whether `list_id` may name this ReadingList: it must be the caller's.
    public nonisolated(nonsending) func acceptsListID(_ value: Int32, owner: UUID) async throws -> Bool {
        return try await database.exists(Self.statements.acceptsListID, [value, owner])
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(owner: UUID, _ query: ListEntryListQuery) async throws -> (items: ModelRows<ListEntry>, total: Int) {
        var binds = PostgresBindings()
        binds.append(owner)
        return try await database.page(Self.statements.list, binds, as: ListEntry.self)
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: ListEntryInput, to binds: inout PostgresBindings) {
        binds.append(input.listID)
        binds.append(input.bookID)
    }
}

extension ListEntryStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "list_entries_insert",
            sql: #"""
                INSERT INTO "list_entries" ("member_id", "list_id", "book_id")
                SELECT $1::uuid, $2::integer, $3::integer
                WHERE ($2::integer IS NULL OR EXISTS (SELECT 1 FROM "reading_lists" AS r WHERE r."id" = $2 AND r."member_id" = $1))
                RETURNING "id", "member_id", "list_id", "book_id"
                """#
        ),
        find: PreparedStatement(
            name: "list_entries_find",
            sql: #"""
                SELECT "id", "member_id", "list_id", "book_id"
                FROM "list_entries"
                WHERE "id" = $1 AND "member_id" = $2
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "list_entries_find_for_update",
            sql: #"""
                SELECT "id", "member_id", "list_id", "book_id"
                FROM "list_entries"
                WHERE "id" = $1 AND "member_id" = $2
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "list_entries_replace",
            sql: #"""
                UPDATE "list_entries"
                SET "list_id" = $3, "book_id" = $4
                WHERE "id" = $1 AND "member_id" = $2 AND $4::integer IS NOT DISTINCT FROM "list_entries"."book_id" AND ($3::integer IS NULL OR EXISTS (SELECT 1 FROM "reading_lists" AS r WHERE r."id" = $3 AND r."member_id" = $2))
                RETURNING "id", "member_id", "list_id", "book_id"
                """#
        ),
        patch: PreparedStatement(
            name: "list_entries_patch",
            sql: #"""
                UPDATE "list_entries"
                SET "list_id" = CASE WHEN $3::boolean THEN $4::integer ELSE "list_id" END,
                    "book_id" = CASE WHEN $5::boolean THEN $6::integer ELSE "book_id" END
                WHERE "id" = $1 AND "member_id" = $2 AND (NOT $3::boolean OR $4::integer IS NULL OR EXISTS (SELECT 1 FROM "reading_lists" AS r WHERE r."id" = $4 AND r."member_id" = $2)) AND (NOT $5::boolean OR $6::integer IS NOT DISTINCT FROM "list_entries"."book_id")
                RETURNING "id", "member_id", "list_id", "book_id"
                """#
        ),
        replaceChangedField: PreparedStatement(
            name: "list_entries_replace_changed_field",
            sql: #"""
                SELECT CASE
                    WHEN "list_entries"."book_id" IS DISTINCT FROM $3::integer THEN 'book_id'
                END
                FROM "list_entries"
                WHERE "id" = $1 AND "member_id" = $2
                """#
        ),
        patchChangedField: PreparedStatement(
            name: "list_entries_patch_changed_field",
            sql: #"""
                SELECT CASE
                    WHEN $3::boolean AND "list_entries"."book_id" IS DISTINCT FROM $4::integer THEN 'book_id'
                END
                FROM "list_entries"
                WHERE "id" = $1 AND "member_id" = $2
                """#
        ),
        delete: PreparedStatement(
            name: "list_entries_delete",
            sql: #"""
                DELETE FROM "list_entries"
                WHERE "id" = $1 AND "member_id" = $2
                """#
        ),
        acceptsListID: PreparedStatement(
            name: "list_entries_accepts_list_id",
            sql: #"""
                SELECT 1
                WHERE EXISTS (SELECT 1 FROM "reading_lists" AS r WHERE r."id" = $1 AND r."member_id" = $2)
                """#
        ),
        list: PreparedStatement(
            name: "list_entries_list",
            sql: #"""
                SELECT "id", "member_id", "list_id", "book_id", (
                    SELECT count(*)
                    FROM "list_entries"
                    WHERE "member_id" = $1
                ) AS "total"
                FROM "list_entries"
                WHERE "member_id" = $1
                ORDER BY "list_entries"."id" ASC
                """#
        )
    )
}
