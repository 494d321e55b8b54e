// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `reviews` table for `Review`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct ReviewStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: ReviewInput, bookID: Int32) async throws -> Review? {
        var binds = PostgresBindings()
        binds.append(bookID)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.insert, binds, as: Review.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32, bookID: Int32) async throws -> Review? {
        return try await database.one(Self.statements.find, [id, bookID], as: Review.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32, bookID: Int32) async throws -> Review? {
        return try await database.one(Self.statements.findForUpdate, [id, bookID], as: Review.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, bookID: Int32, _ input: ReviewInput) async throws -> Review? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(bookID)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Review.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, bookID: Int32, _ patch: ReviewPatch) async throws -> Review? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(bookID)
        binds.append(patch.stars)
        binds.append(patch.text)
        return try await database.one(Self.statements.patch, binds, as: Review.self)
    }

    /// The first field a replace may not change (set on create only, or not in `fields.update`)
    /// for which `input` holds another value than the row; nil when none does, or there is no such row.
    public nonisolated(nonsending) func replaceChangedField(id: Int32, bookID: Int32, _ input: ReviewInput) async throws -> String? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(bookID)
        binds.append(input.stars)
        return try await database.text(Self.statements.replaceChangedField, binds)
    }

    /// The first field a patch may not change (set on create only, or not in `fields.update`)
    /// for which `patch` holds another value than the row; nil when none does, or there is no such row.
    public nonisolated(nonsending) func patchChangedField(id: Int32, bookID: Int32, _ patch: ReviewPatch) async throws -> String? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(bookID)
        binds.append(patch.stars)
        return try await database.text(Self.statements.patchChangedField, binds)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32, bookID: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, bookID]) > 0
    }

    /// The caller's role (nil: no such user): why an operation matched no row (docs/spec.md §6.5).
    ///
    public nonisolated(nonsending) func standing(bookID: Int32) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [bookID], as: MemberStanding.self) ?? .stranger
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(bookID: Int32, _ query: ReviewListQuery) async throws -> (items: ModelRows<Review>, total: Int) {
        var binds = PostgresBindings()
        binds.append(bookID)
        let statement = Self.statements.list
        let firstPage = Self.statements.listFirstPage
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Review.self)
        }
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Review.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: ReviewInput, to binds: inout PostgresBindings) {
        binds.append(input.stars)
        binds.append(input.text)
    }
}

extension ReviewStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "reviews_insert",
            sql: #"""
                INSERT INTO "reviews" ("book_id", "stars", "text")
                SELECT $1::integer, $2::integer, $3::text
                WHERE EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                RETURNING "id", "book_id", "stars", "text"
                """#
        ),
        find: PreparedStatement(
            name: "reviews_find",
            sql: #"""
                SELECT "id", "book_id", "stars", "text"
                FROM "reviews"
                WHERE "id" = $1
                  AND "reviews"."book_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "reviews_find_for_update",
            sql: #"""
                SELECT "id", "book_id", "stars", "text"
                FROM "reviews"
                WHERE "id" = $1
                  AND "reviews"."book_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "reviews_replace",
            sql: #"""
                UPDATE "reviews"
                SET "stars" = $3, "text" = $4
                WHERE "id" = $1
                  AND "reviews"."book_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                  AND $3::integer IS NOT DISTINCT FROM "reviews"."stars"
                RETURNING "id", "book_id", "stars", "text"
                """#
        ),
        patch: PreparedStatement(
            name: "reviews_patch",
            sql: #"""
                UPDATE "reviews"
                SET "stars" = CASE WHEN $3::boolean THEN $4::integer ELSE "stars" END,
                    "text" = CASE WHEN $5::boolean THEN $6::text ELSE "text" END
                WHERE "id" = $1
                  AND "reviews"."book_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                  AND (NOT $3::boolean OR $4::integer IS NOT DISTINCT FROM "reviews"."stars")
                RETURNING "id", "book_id", "stars", "text"
                """#
        ),
        replaceChangedField: PreparedStatement(
            name: "reviews_replace_changed_field",
            sql: #"""
                SELECT CASE
                    WHEN "reviews"."stars" IS DISTINCT FROM $3::integer THEN 'stars'
                END
                FROM "reviews"
                WHERE "id" = $1
                  AND "reviews"."book_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                """#
        ),
        patchChangedField: PreparedStatement(
            name: "reviews_patch_changed_field",
            sql: #"""
                SELECT CASE
                    WHEN $3::boolean AND "reviews"."stars" IS DISTINCT FROM $4::integer THEN 'stars'
                END
                FROM "reviews"
                WHERE "id" = $1
                  AND "reviews"."book_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                """#
        ),
        delete: PreparedStatement(
            name: "reviews_delete",
            sql: #"""
                DELETE FROM "reviews"
                WHERE "id" = $1
                  AND "reviews"."book_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                """#
        ),
        standing: PreparedStatement(
            name: "reviews_standing",
            sql: #"""
                SELECT NULL::text,
                    EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                """#
        ),
        list: PreparedStatement(
            name: "reviews_list",
            sql: #"""
                SELECT "id", "book_id", "stars", "text", (
                    SELECT count(*)
                    FROM "reviews"
                    WHERE "reviews"."book_id" = $1
                      AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                ) AS "total"
                FROM "reviews"
                WHERE "reviews"."book_id" = $1
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                ORDER BY "reviews"."id" ASC
                LIMIT $2 OFFSET $3
                """#
        ),
        count: PreparedStatement(
            name: "reviews_count",
            sql: #"""
                SELECT count(*)
                FROM "reviews"
                WHERE "reviews"."book_id" = $1
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                """#
        ),
        listFirstPage: FirstPageStatement(
            name: "reviews_list_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "book_id", "stars", "text", (
                    SELECT count(*)
                    FROM "reviews"
                    WHERE "reviews"."book_id" = $1
                      AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                ) AS "total"
                FROM "reviews"
                WHERE "reviews"."book_id" = $1
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                ORDER BY "reviews"."id" ASC
                """#
        )
    )
}

extension ReviewStore {
    /// Who may run each operation in this API (the user's own role) (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: public`
        static let list = MemberRule(
            member: false, roles: nil, notFound: "Review not found", parents: ["Book not found"],
            forbidden: "Not allowed")
        /// `create: public`
        static let create = MemberRule(
            member: false, roles: nil, notFound: "Review not found", parents: ["Book not found"],
            forbidden: "Not allowed")
        /// `get: public`
        static let get = MemberRule(
            member: false, roles: nil, notFound: "Review not found", parents: ["Book not found"],
            forbidden: "Not allowed")
        /// `replace: public`
        static let replace = MemberRule(
            member: false, roles: nil, notFound: "Review not found", parents: ["Book not found"],
            forbidden: "Not allowed")
        /// `patch: public`
        static let patch = MemberRule(
            member: false, roles: nil, notFound: "Review not found", parents: ["Book not found"],
            forbidden: "Not allowed")
        /// `delete: public`
        static let delete = MemberRule(
            member: false, roles: nil, notFound: "Review not found", parents: ["Book not found"],
            forbidden: "Not allowed")
    }
}
