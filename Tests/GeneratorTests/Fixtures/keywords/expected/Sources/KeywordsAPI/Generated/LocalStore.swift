// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `locals` table for `Local`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct LocalStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: LocalInput) async throws -> Local {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Local.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Local? {
        return try await database.one(Self.statements.find, [id], as: Local.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Local? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Local.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: LocalInput) async throws -> Local? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Local.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: LocalPatch) async throws -> Local? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.object)
        binds.append(patch.validator)
        binds.append(patch.issues)
        binds.append(patch.patch)
        binds.append(patch.input)
        binds.append(patch.request)
        binds.append(patch.binds)
        binds.append(patch.store)
        binds.append(patch.database)
        binds.append(patch.query)
        binds.append(patch.page)
        binds.append(patch.statement)
        binds.append(patch.writer)
        binds.append(patch.row)
        return try await database.one(Self.statements.patch, binds, as: Local.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: LocalListQuery) async throws -> (items: ModelRows<Local>, total: Int) {
        var binds = PostgresBindings()
        let statement = Self.statements.list
        let firstPage = Self.statements.listFirstPage
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, query.request == nil, query.validator == nil, query.query == nil, query.page == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Local.self)
        }
        binds.append(query.request)
        binds.append(query.validator)
        binds.append(query.query)
        binds.append(query.page.map(PostgresArray.init))
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Local.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: LocalInput, to binds: inout PostgresBindings) {
        binds.append(input.object)
        binds.append(input.validator)
        binds.append(input.issues)
        binds.append(input.patch)
        binds.append(input.input)
        binds.append(input.request)
        binds.append(input.binds)
        binds.append(input.store)
        binds.append(input.database)
        binds.append(input.query)
        binds.append(input.page)
        binds.append(input.statement)
        binds.append(input.writer)
        binds.append(input.row)
    }
}

extension LocalStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "locals_insert",
            sql: #"""
                INSERT INTO "locals" ("object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                RETURNING "id", "object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row"
                """#
        ),
        find: PreparedStatement(
            name: "locals_find",
            sql: #"""
                SELECT "id", "object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row"
                FROM "locals"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "locals_find_for_update",
            sql: #"""
                SELECT "id", "object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row"
                FROM "locals"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "locals_replace",
            sql: #"""
                UPDATE "locals"
                SET "object" = $2, "validator" = $3, "issues" = $4, "patch" = $5, "input" = $6, "request" = $7, "binds" = $8, "store" = $9, "database" = $10, "query" = $11, "page" = $12, "statement" = $13, "writer" = $14, "row" = $15
                WHERE "id" = $1
                RETURNING "id", "object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row"
                """#
        ),
        patch: PreparedStatement(
            name: "locals_patch",
            sql: #"""
                UPDATE "locals"
                SET "object" = CASE WHEN $2::boolean THEN $3::text ELSE "object" END,
                    "validator" = CASE WHEN $4::boolean THEN $5::text ELSE "validator" END,
                    "issues" = CASE WHEN $6::boolean THEN $7::integer ELSE "issues" END,
                    "patch" = CASE WHEN $8::boolean THEN $9::integer ELSE "patch" END,
                    "input" = CASE WHEN $10::boolean THEN $11::integer ELSE "input" END,
                    "request" = CASE WHEN $12::boolean THEN $13::integer ELSE "request" END,
                    "binds" = CASE WHEN $14::boolean THEN $15::integer ELSE "binds" END,
                    "store" = CASE WHEN $16::boolean THEN $17::integer ELSE "store" END,
                    "database" = CASE WHEN $18::boolean THEN $19::integer ELSE "database" END,
                    "query" = CASE WHEN $20::boolean THEN $21::integer ELSE "query" END,
                    "page" = CASE WHEN $22::boolean THEN $23::integer ELSE "page" END,
                    "statement" = CASE WHEN $24::boolean THEN $25::integer ELSE "statement" END,
                    "writer" = CASE WHEN $26::boolean THEN $27::integer ELSE "writer" END,
                    "row" = CASE WHEN $28::boolean THEN $29::integer ELSE "row" END
                WHERE "id" = $1
                RETURNING "id", "object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row"
                """#
        ),
        delete: PreparedStatement(
            name: "locals_delete",
            sql: #"""
                DELETE FROM "locals"
                WHERE "id" = $1
                """#
        ),
        list: PreparedStatement(
            name: "locals_list",
            sql: #"""
                SELECT "id", "object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row", (
                    SELECT count(*)
                    FROM "locals"
                    WHERE ($1::integer IS NULL OR "request" = $1)
                      AND ($2::text IS NULL OR "validator" = $2)
                      AND ($3::integer IS NULL OR "query" >= $3)
                      AND ($4::integer[] IS NULL OR "page" = ANY($4))
                ) AS "total"
                FROM "locals"
                WHERE ($1::integer IS NULL OR "request" = $1)
                  AND ($2::text IS NULL OR "validator" = $2)
                  AND ($3::integer IS NULL OR "query" >= $3)
                  AND ($4::integer[] IS NULL OR "page" = ANY($4))
                ORDER BY "locals"."id" ASC
                LIMIT $5 OFFSET $6
                """#
        ),
        count: PreparedStatement(
            name: "locals_count",
            sql: #"""
                SELECT count(*)
                FROM "locals"
                WHERE ($1::integer IS NULL OR "request" = $1)
                  AND ($2::text IS NULL OR "validator" = $2)
                  AND ($3::integer IS NULL OR "query" >= $3)
                  AND ($4::integer[] IS NULL OR "page" = ANY($4))
                """#
        ),
        listFirstPage: FirstPageStatement(
            name: "locals_list_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "object", "validator", "issues", "patch", "input", "request", "binds", "store", "database", "query", "page", "statement", "writer", "row", (
                    SELECT count(*)
                    FROM "locals"
                ) AS "total"
                FROM "locals"
                ORDER BY "locals"."id" ASC
                """#
        )
    )
}
