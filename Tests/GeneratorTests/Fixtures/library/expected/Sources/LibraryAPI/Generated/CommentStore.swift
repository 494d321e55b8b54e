// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `comments` table for `Comment`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct CommentStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: CommentInput, bookID: Int32, reviewID: Int32) async throws -> Comment? {
        var binds = PostgresBindings()
        binds.append(bookID)
        binds.append(reviewID)
        binds.append(input.body)
        return try await database.one(Self.statements.insert, binds, as: Comment.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32, bookID: Int32, reviewID: Int32) async throws -> Comment? {
        return try await database.one(Self.statements.find, [id, bookID, reviewID], as: Comment.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32, bookID: Int32, reviewID: Int32) async throws -> Comment? {
        return try await database.one(Self.statements.findForUpdate, [id, bookID, reviewID], as: Comment.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32, bookID: Int32, reviewID: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, bookID, reviewID]) > 0
    }

    /// The caller's role (nil: no such user): why an operation matched no row (docs/spec.md §6.5).
    ///
    public nonisolated(nonsending) func standing(bookID: Int32, reviewID: Int32) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [bookID, reviewID], as: MemberStanding.self) ?? .stranger
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(bookID: Int32, reviewID: Int32, _ query: CommentListQuery) async throws -> (items: ModelRows<Comment>, total: Int) {
        var binds = PostgresBindings()
        binds.append(bookID)
        binds.append(reviewID)
        return try await database.page(Self.statements.list, binds, as: Comment.self)
    }
}

extension CommentStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "comments_insert",
            sql: #"""
                INSERT INTO "comments" ("review_id", "body")
                SELECT $2::integer, $3::text
                WHERE EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                  AND EXISTS (SELECT 1 FROM "reviews" AS p WHERE p."id" = $2 AND p."book_id" = $1)
                RETURNING "id", "review_id", "body"
                """#
        ),
        find: PreparedStatement(
            name: "comments_find",
            sql: #"""
                SELECT "id", "review_id", "body"
                FROM "comments"
                WHERE "id" = $1
                  AND "comments"."review_id" = $3
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "reviews" AS p WHERE p."id" = $3 AND p."book_id" = $2)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "comments_find_for_update",
            sql: #"""
                SELECT "id", "review_id", "body"
                FROM "comments"
                WHERE "id" = $1
                  AND "comments"."review_id" = $3
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "reviews" AS p WHERE p."id" = $3 AND p."book_id" = $2)
                FOR UPDATE
                """#
        ),
        delete: PreparedStatement(
            name: "comments_delete",
            sql: #"""
                DELETE FROM "comments"
                WHERE "id" = $1
                  AND "comments"."review_id" = $3
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "reviews" AS p WHERE p."id" = $3 AND p."book_id" = $2)
                """#
        ),
        standing: PreparedStatement(
            name: "comments_standing",
            sql: #"""
                SELECT NULL::text,
                    EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1),
                    EXISTS (SELECT 1 FROM "reviews" AS p WHERE p."id" = $2 AND p."book_id" = $1)
                """#
        ),
        list: PreparedStatement(
            name: "comments_list",
            sql: #"""
                SELECT "id", "review_id", "body", (
                    SELECT count(*)
                    FROM "comments"
                    WHERE "comments"."review_id" = $2
                      AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                      AND EXISTS (SELECT 1 FROM "reviews" AS p WHERE p."id" = $2 AND p."book_id" = $1)
                ) AS "total"
                FROM "comments"
                WHERE "comments"."review_id" = $2
                  AND EXISTS (SELECT 1 FROM "books" AS p WHERE p."id" = $1)
                  AND EXISTS (SELECT 1 FROM "reviews" AS p WHERE p."id" = $2 AND p."book_id" = $1)
                ORDER BY "comments"."id" ASC
                """#
        )
    )
}

extension CommentStore {
    /// Who may run each operation in this API (the user's own role) (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: public`
        static let list = MemberRule(
            member: false, roles: nil, notFound: "Comment not found", parents: ["Book not found", "Review not found"],
            forbidden: "Not allowed")
        /// `create: public`
        static let create = MemberRule(
            member: false, roles: nil, notFound: "Comment not found", parents: ["Book not found", "Review not found"],
            forbidden: "Not allowed")
        /// `get: public`
        static let get = MemberRule(
            member: false, roles: nil, notFound: "Comment not found", parents: ["Book not found", "Review not found"],
            forbidden: "Not allowed")
        /// `delete: public`
        static let delete = MemberRule(
            member: false, roles: nil, notFound: "Comment not found", parents: ["Book not found", "Review not found"],
            forbidden: "Not allowed")
    }
}
