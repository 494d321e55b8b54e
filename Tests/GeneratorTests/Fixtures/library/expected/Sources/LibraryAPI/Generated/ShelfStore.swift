// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `shelfs` table for `Shelf`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct ShelfStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: ShelfInput) async throws -> Shelf {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Shelf.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(code: String) async throws -> Shelf? {
        return try await database.one(Self.statements.find, [code], as: Shelf.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(code: String) async throws -> Shelf? {
        return try await database.one(Self.statements.findForUpdate, [code], as: Shelf.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(code: String, _ input: ShelfInput) async throws -> Shelf? {
        var binds = PostgresBindings()
        binds.append(code)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Shelf.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(code: String, _ patch: ShelfPatch) async throws -> Shelf? {
        var binds = PostgresBindings()
        binds.append(code)
        binds.append(patch.code)
        binds.append(patch.label)
        return try await database.one(Self.statements.patch, binds, as: Shelf.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(code: String) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [code]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: ShelfListQuery, after: (value: String, key: String)?) async throws -> (items: ModelRows<Shelf>, total: Int) {
        var binds = PostgresBindings()
        let statement = Self.statements.list
        let firstPage = Self.statements.listFirstPage
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, after == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Shelf.self)
        }
        let countBinds = binds
        binds.append(after?.key)
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Shelf.self)
        guard page.items.isEmpty, query.offset > 0 || after != nil else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: ShelfInput, to binds: inout PostgresBindings) {
        binds.append(input.code)
        binds.append(input.label)
    }
}

extension ShelfStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "shelfs_insert",
            sql: #"""
                INSERT INTO "shelfs" ("code", "label")
                VALUES ($1, $2)
                RETURNING "code", "label"
                """#
        ),
        find: PreparedStatement(
            name: "shelfs_find",
            sql: #"""
                SELECT "code", "label"
                FROM "shelfs"
                WHERE "code" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "shelfs_find_for_update",
            sql: #"""
                SELECT "code", "label"
                FROM "shelfs"
                WHERE "code" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "shelfs_replace",
            sql: #"""
                UPDATE "shelfs"
                SET "code" = $2, "label" = $3
                WHERE "code" = $1
                RETURNING "code", "label"
                """#
        ),
        patch: PreparedStatement(
            name: "shelfs_patch",
            sql: #"""
                UPDATE "shelfs"
                SET "code" = CASE WHEN $2::boolean THEN $3::text ELSE "code" END,
                    "label" = CASE WHEN $4::boolean THEN $5::text ELSE "label" END
                WHERE "code" = $1
                RETURNING "code", "label"
                """#
        ),
        delete: PreparedStatement(
            name: "shelfs_delete",
            sql: #"""
                DELETE FROM "shelfs"
                WHERE "code" = $1
                """#
        ),
        list: PreparedStatement(
            name: "shelfs_list",
            sql: #"""
                SELECT "code", "label", (
                    SELECT count(*)
                    FROM "shelfs"
                ) AS "total"
                FROM "shelfs"
                WHERE ($1::text IS NULL OR "code" > $1)
                ORDER BY "shelfs"."code" ASC
                LIMIT $2 OFFSET $3
                """#
        ),
        count: PreparedStatement(
            name: "shelfs_count",
            sql: #"""
                SELECT count(*)
                FROM "shelfs"
                """#
        ),
        listFirstPage: FirstPageStatement(
            name: "shelfs_list_first", defaultSize: 50,
            sql: #"""
                SELECT "code", "label", (
                    SELECT count(*)
                    FROM "shelfs"
                ) AS "total"
                FROM "shelfs"
                ORDER BY "shelfs"."code" ASC
                """#
        )
    )
}
