// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `books` table for `Book`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct BookStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: BookInput) async throws -> Book {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Book.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Book? {
        return try await database.one(Self.statements.find, [id], as: Book.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Book? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Book.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: BookInput) async throws -> Book? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Book.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: BookPatch) async throws -> Book? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.title)
        binds.append(patch.genre)
        binds.append(patch.copies)
        binds.append(patch.publishedOn)
        binds.append(patch.price)
        return try await database.one(Self.statements.patch, binds, as: Book.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// Links the row to a Shelf (once, however often called); false when either is missing.
    public nonisolated(nonsending) func linkShelves(id: Int32, shelfCode: String) async throws -> Bool {
        return try await database.exists(Self.statements.linkShelves, [id, shelfCode])
    }

    /// Removes the link; false when there was none.
    public nonisolated(nonsending) func unlinkShelves(id: Int32, shelfCode: String) async throws -> Bool {
        return try await database.affected(Self.statements.unlinkShelves, [id, shelfCode]) > 0
    }

    /// The linked Shelf rows, by key; none when the row is missing.
    public nonisolated(nonsending) func shelves(id: Int32) async throws -> ModelRows<Shelf> {
        return try await database.rows(Self.statements.linkedShelves, [id], as: Shelf.self)
    }

    /// The Shelf rows linked to each of these rows, for `?include=shelves`):
    /// by key, each row followed by the key of the row it is linked to.
    public nonisolated(nonsending) func shelves(ofEach keys: [Int32]) async throws -> ModelRows<Shelf> {
        var binds = PostgresBindings()
        binds.append(PostgresArray(keys))
        return try await database.rows(Self.statements.shelvesOfEach, binds, as: Shelf.self)
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: BookListQuery, after: (value: String, key: String)?) async throws -> (items: ModelRows<Book>, total: Int) {
        var binds = PostgresBindings()
        let statement: PreparedStatement
        let firstPage: FirstPageStatement
        switch (query.sort, query.order) {
        case (.title, .asc): (statement, firstPage) = (Self.statements.listTitleAsc, Self.statements.listTitleAscFirstPage)
        case (.title, .desc): (statement, firstPage) = (Self.statements.listTitleDesc, Self.statements.listTitleDescFirstPage)
        case (.copies, .asc): (statement, firstPage) = (Self.statements.listCopiesAsc, Self.statements.listCopiesAscFirstPage)
        case (.copies, .desc): (statement, firstPage) = (Self.statements.listCopiesDesc, Self.statements.listCopiesDescFirstPage)
        }
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, after == nil, query.genreIn == nil, query.idIn == nil, query.minCopies == nil, query.publishedAfter == nil, query.priceBelow == nil, query.addedBefore == nil, query.titleFrom == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Book.self)
        }
        binds.append(query.genreIn.map(PostgresArray.init))
        binds.append(query.idIn.map(PostgresArray.init))
        binds.append(query.minCopies)
        binds.append(query.publishedAfter)
        binds.append(query.priceBelow)
        binds.append(query.addedBefore)
        binds.append(query.titleFrom)
        let countBinds = binds
        binds.append(after?.value)
        binds.append(after?.key)
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Book.self)
        guard page.items.isEmpty, query.offset > 0 || after != nil else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: BookInput, to binds: inout PostgresBindings) {
        binds.append(input.title)
        binds.append(input.genre)
        binds.append(input.copies)
        binds.append(input.publishedOn)
        binds.append(input.price)
    }
}

extension BookStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "books_insert",
            sql: #"""
                INSERT INTO "books" ("title", "genre", "copies", "published_on", "price")
                VALUES ($1, $2, $3, $4, $5)
                RETURNING "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at"
                """#
        ),
        find: PreparedStatement(
            name: "books_find",
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at"
                FROM "books"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "books_find_for_update",
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at"
                FROM "books"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "books_replace",
            sql: #"""
                UPDATE "books"
                SET "title" = $2, "genre" = $3, "copies" = $4, "published_on" = $5, "price" = $6
                WHERE "id" = $1
                RETURNING "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at"
                """#
        ),
        patch: PreparedStatement(
            name: "books_patch",
            sql: #"""
                UPDATE "books"
                SET "title" = CASE WHEN $2::boolean THEN $3::text ELSE "title" END,
                    "genre" = CASE WHEN $4::boolean THEN $5::"genre" ELSE "genre" END,
                    "copies" = CASE WHEN $6::boolean THEN $7::integer ELSE "copies" END,
                    "published_on" = CASE WHEN $8::boolean THEN $9::date ELSE "published_on" END,
                    "price" = CASE WHEN $10::boolean THEN $11::numeric ELSE "price" END
                WHERE "id" = $1
                RETURNING "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at"
                """#
        ),
        delete: PreparedStatement(
            name: "books_delete",
            sql: #"""
                DELETE FROM "books"
                WHERE "id" = $1
                """#
        ),
        linkShelves: PreparedStatement(
            name: "books_shelves_link",
            sql: #"""
                WITH "parent" AS (SELECT "id" FROM "books" WHERE "id" = $1),
                     "target" AS (SELECT "code" FROM "shelfs" WHERE "code" = $2),
                     "linked" AS (
                         INSERT INTO "book_shelfs" ("book_id", "shelf_code")
                         SELECT "parent"."id", "target"."code" FROM "parent", "target"
                         ON CONFLICT DO NOTHING
                     )
                SELECT 1 FROM "parent", "target"
                """#
        ),
        unlinkShelves: PreparedStatement(
            name: "books_shelves_unlink",
            sql: #"""
                DELETE FROM "book_shelfs"
                WHERE "book_id" = $1 AND "shelf_code" = $2
                  AND EXISTS (SELECT 1 FROM "books" WHERE "id" = $1)
                """#
        ),
        linkedShelves: PreparedStatement(
            name: "books_shelves_list",
            sql: #"""
                SELECT t."code", t."label"
                FROM "shelfs" t JOIN "book_shelfs" l ON l."shelf_code" = t."code"
                WHERE l."book_id" = $1
                  AND EXISTS (SELECT 1 FROM "books" WHERE "id" = $1)
                ORDER BY t."code"
                """#
        ),
        shelvesOfEach: PreparedStatement(
            name: "books_shelves_of_each",
            sql: #"""
                SELECT t."code", t."label", l."book_id"
                FROM "shelfs" t JOIN "book_shelfs" l ON l."shelf_code" = t."code"
                WHERE l."book_id" = ANY($1)
                ORDER BY l."book_id", t."code"
                """#
        ),
        listTitleAsc: PreparedStatement(
            name: "books_list_title_asc",
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                    WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                      AND ($2::integer[] IS NULL OR "id" = ANY($2))
                      AND ($3::integer IS NULL OR "copies" >= $3)
                      AND ($4::date IS NULL OR "published_on" > $4)
                      AND ($5::numeric IS NULL OR "price" < $5)
                      AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                      AND ($7::text IS NULL OR "title" >= $7)
                ) AS "total"
                FROM "books"
                WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                  AND ($2::integer[] IS NULL OR "id" = ANY($2))
                  AND ($3::integer IS NULL OR "copies" >= $3)
                  AND ($4::date IS NULL OR "published_on" > $4)
                  AND ($5::numeric IS NULL OR "price" < $5)
                  AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                  AND ($7::text IS NULL OR "title" >= $7)
                  AND ($8::text IS NULL OR ("title", "id") > ($8, $9::integer))
                ORDER BY "books"."title" ASC, "books"."id" ASC
                LIMIT $10 OFFSET $11
                """#
        ),
        listTitleDesc: PreparedStatement(
            name: "books_list_title_desc",
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                    WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                      AND ($2::integer[] IS NULL OR "id" = ANY($2))
                      AND ($3::integer IS NULL OR "copies" >= $3)
                      AND ($4::date IS NULL OR "published_on" > $4)
                      AND ($5::numeric IS NULL OR "price" < $5)
                      AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                      AND ($7::text IS NULL OR "title" >= $7)
                ) AS "total"
                FROM "books"
                WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                  AND ($2::integer[] IS NULL OR "id" = ANY($2))
                  AND ($3::integer IS NULL OR "copies" >= $3)
                  AND ($4::date IS NULL OR "published_on" > $4)
                  AND ($5::numeric IS NULL OR "price" < $5)
                  AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                  AND ($7::text IS NULL OR "title" >= $7)
                  AND ($8::text IS NULL OR ("title", "id") < ($8, $9::integer))
                ORDER BY "books"."title" DESC, "books"."id" DESC
                LIMIT $10 OFFSET $11
                """#
        ),
        listCopiesAsc: PreparedStatement(
            name: "books_list_copies_asc",
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                    WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                      AND ($2::integer[] IS NULL OR "id" = ANY($2))
                      AND ($3::integer IS NULL OR "copies" >= $3)
                      AND ($4::date IS NULL OR "published_on" > $4)
                      AND ($5::numeric IS NULL OR "price" < $5)
                      AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                      AND ($7::text IS NULL OR "title" >= $7)
                ) AS "total"
                FROM "books"
                WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                  AND ($2::integer[] IS NULL OR "id" = ANY($2))
                  AND ($3::integer IS NULL OR "copies" >= $3)
                  AND ($4::date IS NULL OR "published_on" > $4)
                  AND ($5::numeric IS NULL OR "price" < $5)
                  AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                  AND ($7::text IS NULL OR "title" >= $7)
                  AND ($8::integer IS NULL OR ("copies", "id") > ($8, $9::integer))
                ORDER BY "books"."copies" ASC, "books"."id" ASC
                LIMIT $10 OFFSET $11
                """#
        ),
        listCopiesDesc: PreparedStatement(
            name: "books_list_copies_desc",
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                    WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                      AND ($2::integer[] IS NULL OR "id" = ANY($2))
                      AND ($3::integer IS NULL OR "copies" >= $3)
                      AND ($4::date IS NULL OR "published_on" > $4)
                      AND ($5::numeric IS NULL OR "price" < $5)
                      AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                      AND ($7::text IS NULL OR "title" >= $7)
                ) AS "total"
                FROM "books"
                WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                  AND ($2::integer[] IS NULL OR "id" = ANY($2))
                  AND ($3::integer IS NULL OR "copies" >= $3)
                  AND ($4::date IS NULL OR "published_on" > $4)
                  AND ($5::numeric IS NULL OR "price" < $5)
                  AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                  AND ($7::text IS NULL OR "title" >= $7)
                  AND ($8::integer IS NULL OR ("copies", "id") < ($8, $9::integer))
                ORDER BY "books"."copies" DESC, "books"."id" DESC
                LIMIT $10 OFFSET $11
                """#
        ),
        count: PreparedStatement(
            name: "books_count",
            sql: #"""
                SELECT count(*)
                FROM "books"
                WHERE ($1::"genre"[] IS NULL OR "genre" = ANY($1))
                  AND ($2::integer[] IS NULL OR "id" = ANY($2))
                  AND ($3::integer IS NULL OR "copies" >= $3)
                  AND ($4::date IS NULL OR "published_on" > $4)
                  AND ($5::numeric IS NULL OR "price" < $5)
                  AND ($6::timestamp with time zone IS NULL OR "added_at" <= $6)
                  AND ($7::text IS NULL OR "title" >= $7)
                """#
        ),
        listTitleAscFirstPage: FirstPageStatement(
            name: "books_list_title_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                ) AS "total"
                FROM "books"
                ORDER BY "books"."title" ASC, "books"."id" ASC
                """#
        ),
        listTitleDescFirstPage: FirstPageStatement(
            name: "books_list_title_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                ) AS "total"
                FROM "books"
                ORDER BY "books"."title" DESC, "books"."id" DESC
                """#
        ),
        listCopiesAscFirstPage: FirstPageStatement(
            name: "books_list_copies_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                ) AS "total"
                FROM "books"
                ORDER BY "books"."copies" ASC, "books"."id" ASC
                """#
        ),
        listCopiesDescFirstPage: FirstPageStatement(
            name: "books_list_copies_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "title", "genre", "copies", "times_lent", "published_on", "price", "added_at", (
                    SELECT count(*)
                    FROM "books"
                ) AS "total"
                FROM "books"
                ORDER BY "books"."copies" DESC, "books"."id" DESC
                """#
        )
    )
}
