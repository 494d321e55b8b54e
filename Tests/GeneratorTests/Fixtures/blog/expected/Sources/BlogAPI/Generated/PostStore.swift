// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `posts` table for `Post`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct PostStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: PostInput, owner: UUID) async throws -> Post {
        var binds = PostgresBindings()
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Post.self)
    }

    /// The row with this key owned by `owner`, if any.
    public nonisolated(nonsending) func find(id: Int64, owner: UUID) async throws -> Post? {
        return try await database.one(Self.statements.find, [id, owner], as: Post.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64, owner: UUID) async throws -> Post? {
        return try await database.one(Self.statements.findForUpdate, [id, owner], as: Post.self)
    }

    /// Replaces every client field; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func replace(id: Int64, owner: UUID, _ input: PostInput) async throws -> Post? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Post.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func patch(id: Int64, owner: UUID, _ patch: PostPatch) async throws -> Post? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        binds.append(patch.slug)
        binds.append(patch.title)
        binds.append(patch.body)
        binds.append(patch.state)
        binds.append(patch.rating)
        binds.append(patch.metadata)
        binds.append(patch.cover)
        binds.append(patch.publishedAt)
        return try await database.one(Self.statements.patch, binds, as: Post.self)
    }

    /// Deletes the row; false when there was none owned by `owner`.
    public nonisolated(nonsending) func delete(id: Int64, owner: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, owner]) > 0
    }

    /// Links the row to a Tag (once, however often called); false when either is missing or is not `owner`'s.
    public nonisolated(nonsending) func linkTags(id: Int64, owner: UUID, tagID: Int32) async throws -> Bool {
        return try await database.exists(Self.statements.linkTags, [id, owner, tagID])
    }

    /// Removes the link; false when there was none or is not `owner`'s.
    public nonisolated(nonsending) func unlinkTags(id: Int64, owner: UUID, tagID: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.unlinkTags, [id, owner, tagID]) > 0
    }

    /// The linked Tag rows, by key; none when the row is missing or is not `owner`'s.
    public nonisolated(nonsending) func tags(id: Int64, owner: UUID) async throws -> ModelRows<Tag> {
        return try await database.rows(Self.statements.linkedTags, [id, owner], as: Tag.self)
    }

    /// The Tag rows linked to each of these rows, for `?include=tags`):
    /// by key, each row followed by the key of the row it is linked to.
    public nonisolated(nonsending) func tags(ofEach keys: [Int64]) async throws -> ModelRows<Tag> {
        var binds = PostgresBindings()
        binds.append(PostgresArray(keys))
        return try await database.rows(Self.statements.tagsOfEach, binds, as: Tag.self)
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(owner: UUID, _ query: PostListQuery) async throws -> (items: ModelRows<Post>, total: Int) {
        var binds = PostgresBindings()
        binds.append(owner)
        let statement: PreparedStatement
        let firstPage: FirstPageStatement
        switch (query.orderBy, query.direction) {
        case (.newest, .asc): (statement, firstPage) = (Self.statements.listNewestAsc, Self.statements.listNewestAscFirstPage)
        case (.newest, .desc): (statement, firstPage) = (Self.statements.listNewestDesc, Self.statements.listNewestDescFirstPage)
        case (.title, .asc): (statement, firstPage) = (Self.statements.listTitleAsc, Self.statements.listTitleAscFirstPage)
        case (.title, .desc): (statement, firstPage) = (Self.statements.listTitleDesc, Self.statements.listTitleDescFirstPage)
        }
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, query.state == nil, query.visibilityCondition == nil, query.search == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Post.self)
        }
        binds.append(query.state)
        binds.append(query.visibilityCondition)
        binds.append(query.search.map(SQLPattern.contains))
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Post.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: PostInput, to binds: inout PostgresBindings) {
        binds.append(input.slug)
        binds.append(input.title)
        binds.append(input.body)
        binds.append(input.state)
        binds.append(input.rating)
        binds.append(input.metadata)
        binds.append(input.cover)
        binds.append(input.publishedAt)
    }
}

extension PostStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "posts_insert",
            sql: #"""
                INSERT INTO "posts" ("author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                RETURNING "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at"
                """#
        ),
        find: PreparedStatement(
            name: "posts_find",
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at"
                FROM "posts"
                WHERE "id" = $1 AND "author_id" = $2
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "posts_find_for_update",
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at"
                FROM "posts"
                WHERE "id" = $1 AND "author_id" = $2
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "posts_replace",
            sql: #"""
                UPDATE "posts"
                SET "slug" = $3, "title" = $4, "body" = $5, "state" = $6, "rating" = $7, "metadata" = $8, "cover" = $9, "published_at" = $10, "updated_at" = clock_timestamp()
                WHERE "id" = $1 AND "author_id" = $2
                RETURNING "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at"
                """#
        ),
        patch: PreparedStatement(
            name: "posts_patch",
            sql: #"""
                UPDATE "posts"
                SET "slug" = CASE WHEN $3::boolean THEN $4::text ELSE "slug" END,
                    "title" = CASE WHEN $5::boolean THEN $6::text ELSE "title" END,
                    "body" = CASE WHEN $7::boolean THEN $8::text ELSE "body" END,
                    "state" = CASE WHEN $9::boolean THEN $10::"post_state" ELSE "state" END,
                    "rating" = CASE WHEN $11::boolean THEN $12::double precision ELSE "rating" END,
                    "metadata" = CASE WHEN $13::boolean THEN $14::jsonb ELSE "metadata" END,
                    "cover" = CASE WHEN $15::boolean THEN $16::bytea ELSE "cover" END,
                    "published_at" = CASE WHEN $17::boolean THEN $18::timestamp with time zone ELSE "published_at" END,
                    "updated_at" = clock_timestamp()
                WHERE "id" = $1 AND "author_id" = $2
                RETURNING "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at"
                """#
        ),
        delete: PreparedStatement(
            name: "posts_delete",
            sql: #"""
                DELETE FROM "posts"
                WHERE "id" = $1 AND "author_id" = $2
                """#
        ),
        linkTags: PreparedStatement(
            name: "posts_tags_link",
            sql: #"""
                WITH "parent" AS (SELECT "id" FROM "posts" WHERE "id" = $1 AND "author_id" = $2),
                     "target" AS (SELECT "id" FROM "tags" WHERE "id" = $3),
                     "linked" AS (
                         INSERT INTO "post_tags" ("post_id", "tag_id")
                         SELECT "parent"."id", "target"."id" FROM "parent", "target"
                         ON CONFLICT DO NOTHING
                     )
                SELECT 1 FROM "parent", "target"
                """#
        ),
        unlinkTags: PreparedStatement(
            name: "posts_tags_unlink",
            sql: #"""
                DELETE FROM "post_tags"
                WHERE "post_id" = $1 AND "tag_id" = $3
                  AND EXISTS (SELECT 1 FROM "posts" WHERE "id" = $1 AND "author_id" = $2)
                """#
        ),
        linkedTags: PreparedStatement(
            name: "posts_tags_list",
            sql: #"""
                SELECT t."id", t."name"
                FROM "tags" t JOIN "post_tags" l ON l."tag_id" = t."id"
                WHERE l."post_id" = $1
                  AND EXISTS (SELECT 1 FROM "posts" WHERE "id" = $1 AND "author_id" = $2)
                ORDER BY t."id"
                """#
        ),
        tagsOfEach: PreparedStatement(
            name: "posts_tags_of_each",
            sql: #"""
                SELECT t."id", t."name", l."post_id"
                FROM "tags" t JOIN "post_tags" l ON l."tag_id" = t."id"
                WHERE l."post_id" = ANY($1)
                ORDER BY l."post_id", t."id"
                """#
        ),
        listNewestAsc: PreparedStatement(
            name: "posts_list_newest_asc",
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                      AND ($2::"post_state" IS NULL OR "state" = $2)
                      AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                      AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                  AND ($2::"post_state" IS NULL OR "state" = $2)
                  AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                  AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ORDER BY "posts"."created_at" ASC, "posts"."id" ASC
                LIMIT $5 OFFSET $6
                """#
        ),
        listNewestDesc: PreparedStatement(
            name: "posts_list_newest_desc",
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                      AND ($2::"post_state" IS NULL OR "state" = $2)
                      AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                      AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                  AND ($2::"post_state" IS NULL OR "state" = $2)
                  AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                  AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ORDER BY "posts"."created_at" DESC, "posts"."id" DESC
                LIMIT $5 OFFSET $6
                """#
        ),
        listTitleAsc: PreparedStatement(
            name: "posts_list_title_asc",
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                      AND ($2::"post_state" IS NULL OR "state" = $2)
                      AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                      AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                  AND ($2::"post_state" IS NULL OR "state" = $2)
                  AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                  AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ORDER BY "posts"."title" ASC, "posts"."id" ASC
                LIMIT $5 OFFSET $6
                """#
        ),
        listTitleDesc: PreparedStatement(
            name: "posts_list_title_desc",
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                      AND ($2::"post_state" IS NULL OR "state" = $2)
                      AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                      AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                  AND ($2::"post_state" IS NULL OR "state" = $2)
                  AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                  AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                ORDER BY "posts"."title" DESC, "posts"."id" DESC
                LIMIT $5 OFFSET $6
                """#
        ),
        count: PreparedStatement(
            name: "posts_count",
            sql: #"""
                SELECT count(*)
                FROM "posts"
                WHERE "author_id" = $1
                  AND ($2::"post_state" IS NULL OR "state" = $2)
                  AND ($3::timestamp with time zone IS NULL OR "published_at" = $3)
                  AND ($4::text IS NULL OR "title" ILIKE $4 ESCAPE '\' OR "body" ILIKE $4 ESCAPE '\')
                """#
        ),
        listNewestAscFirstPage: FirstPageStatement(
            name: "posts_list_newest_asc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                ORDER BY "posts"."created_at" ASC, "posts"."id" ASC
                """#
        ),
        listNewestDescFirstPage: FirstPageStatement(
            name: "posts_list_newest_desc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                ORDER BY "posts"."created_at" DESC, "posts"."id" DESC
                """#
        ),
        listTitleAscFirstPage: FirstPageStatement(
            name: "posts_list_title_asc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                ORDER BY "posts"."title" ASC, "posts"."id" ASC
                """#
        ),
        listTitleDescFirstPage: FirstPageStatement(
            name: "posts_list_title_desc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "author_id", "slug", "title", "body", "state", "rating", "metadata", "cover", "published_at", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "posts"
                    WHERE "author_id" = $1
                ) AS "total"
                FROM "posts"
                WHERE "author_id" = $1
                ORDER BY "posts"."title" DESC, "posts"."id" DESC
                """#
        )
    )
}
