// Generated from spec/todo.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `tasks` table for `Task`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct TaskStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: TaskInput, owner: UUID) async throws -> Task {
        var binds = PostgresBindings()
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Task.self)
    }

    /// The row with this key owned by `owner`, if any.
    public nonisolated(nonsending) func find(id: Int32, owner: UUID) async throws -> Task? {
        return try await database.one(Self.statements.find, [id, owner], as: Task.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32, owner: UUID) async throws -> Task? {
        return try await database.one(Self.statements.findForUpdate, [id, owner], as: Task.self)
    }

    /// Replaces every client field; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func replace(id: Int32, owner: UUID, _ input: TaskInput) async throws -> Task? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Task.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist or is not `owner`'s.
    public nonisolated(nonsending) func patch(id: Int32, owner: UUID, _ patch: TaskPatch) async throws -> Task? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(owner)
        binds.append(patch.title)
        binds.append(patch.description)
        binds.append(patch.completed)
        return try await database.one(Self.statements.patch, binds, as: Task.self)
    }

    /// Deletes the row; false when there was none owned by `owner`.
    public nonisolated(nonsending) func delete(id: Int32, owner: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, owner]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(owner: UUID, _ query: TaskListQuery) async throws -> (items: ModelRows<Task>, total: Int) {
        var binds = PostgresBindings()
        binds.append(owner)
        let statement: PreparedStatement
        let firstPage: FirstPageStatement
        switch (query.sort, query.order) {
        case (.created, .asc): (statement, firstPage) = (Self.statements.listCreatedAsc, Self.statements.listCreatedAscFirstPage)
        case (.created, .desc): (statement, firstPage) = (Self.statements.listCreatedDesc, Self.statements.listCreatedDescFirstPage)
        case (.updated, .asc): (statement, firstPage) = (Self.statements.listUpdatedAsc, Self.statements.listUpdatedAscFirstPage)
        case (.updated, .desc): (statement, firstPage) = (Self.statements.listUpdatedDesc, Self.statements.listUpdatedDescFirstPage)
        case (.title, .asc): (statement, firstPage) = (Self.statements.listTitleAsc, Self.statements.listTitleAscFirstPage)
        case (.title, .desc): (statement, firstPage) = (Self.statements.listTitleDesc, Self.statements.listTitleDescFirstPage)
        }
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, query.statusCondition == nil, query.q == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Task.self)
        }
        binds.append(query.statusCondition)
        binds.append(query.q.map(SQLPattern.contains))
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Task.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: TaskInput, to binds: inout PostgresBindings) {
        binds.append(input.title)
        binds.append(input.description)
        binds.append(input.completed)
    }
}

extension TaskStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "tasks_insert",
            sql: #"""
                INSERT INTO "tasks" ("user_id", "title", "description", "completed")
                VALUES ($1, $2, $3, $4)
                RETURNING "id", "user_id", "title", "description", "completed", "created_at", "updated_at"
                """#
        ),
        find: PreparedStatement(
            name: "tasks_find",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at"
                FROM "tasks"
                WHERE "id" = $1 AND "user_id" = $2
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "tasks_find_for_update",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at"
                FROM "tasks"
                WHERE "id" = $1 AND "user_id" = $2
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "tasks_replace",
            sql: #"""
                UPDATE "tasks"
                SET "title" = $3, "description" = $4, "completed" = $5, "updated_at" = clock_timestamp()
                WHERE "id" = $1 AND "user_id" = $2
                RETURNING "id", "user_id", "title", "description", "completed", "created_at", "updated_at"
                """#
        ),
        patch: PreparedStatement(
            name: "tasks_patch",
            sql: #"""
                UPDATE "tasks"
                SET "title" = CASE WHEN $3::boolean THEN $4::text ELSE "title" END,
                    "description" = CASE WHEN $5::boolean THEN $6::text ELSE "description" END,
                    "completed" = CASE WHEN $7::boolean THEN $8::boolean ELSE "completed" END,
                    "updated_at" = clock_timestamp()
                WHERE "id" = $1 AND "user_id" = $2
                RETURNING "id", "user_id", "title", "description", "completed", "created_at", "updated_at"
                """#
        ),
        delete: PreparedStatement(
            name: "tasks_delete",
            sql: #"""
                DELETE FROM "tasks"
                WHERE "id" = $1 AND "user_id" = $2
                """#
        ),
        listCreatedAsc: PreparedStatement(
            name: "tasks_list_created_asc",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                      AND ($2::boolean IS NULL OR "completed" = $2)
                      AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                  AND ($2::boolean IS NULL OR "completed" = $2)
                  AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ORDER BY "tasks"."created_at" ASC, "tasks"."id" ASC
                LIMIT $4 OFFSET $5
                """#
        ),
        listCreatedDesc: PreparedStatement(
            name: "tasks_list_created_desc",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                      AND ($2::boolean IS NULL OR "completed" = $2)
                      AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                  AND ($2::boolean IS NULL OR "completed" = $2)
                  AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ORDER BY "tasks"."created_at" DESC, "tasks"."id" DESC
                LIMIT $4 OFFSET $5
                """#
        ),
        listUpdatedAsc: PreparedStatement(
            name: "tasks_list_updated_asc",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                      AND ($2::boolean IS NULL OR "completed" = $2)
                      AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                  AND ($2::boolean IS NULL OR "completed" = $2)
                  AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ORDER BY "tasks"."updated_at" ASC, "tasks"."id" ASC
                LIMIT $4 OFFSET $5
                """#
        ),
        listUpdatedDesc: PreparedStatement(
            name: "tasks_list_updated_desc",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                      AND ($2::boolean IS NULL OR "completed" = $2)
                      AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                  AND ($2::boolean IS NULL OR "completed" = $2)
                  AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ORDER BY "tasks"."updated_at" DESC, "tasks"."id" DESC
                LIMIT $4 OFFSET $5
                """#
        ),
        listTitleAsc: PreparedStatement(
            name: "tasks_list_title_asc",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                      AND ($2::boolean IS NULL OR "completed" = $2)
                      AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                  AND ($2::boolean IS NULL OR "completed" = $2)
                  AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ORDER BY "tasks"."title" ASC, "tasks"."id" ASC
                LIMIT $4 OFFSET $5
                """#
        ),
        listTitleDesc: PreparedStatement(
            name: "tasks_list_title_desc",
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                      AND ($2::boolean IS NULL OR "completed" = $2)
                      AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                  AND ($2::boolean IS NULL OR "completed" = $2)
                  AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                ORDER BY "tasks"."title" DESC, "tasks"."id" DESC
                LIMIT $4 OFFSET $5
                """#
        ),
        count: PreparedStatement(
            name: "tasks_count",
            sql: #"""
                SELECT count(*)
                FROM "tasks"
                WHERE "user_id" = $1
                  AND ($2::boolean IS NULL OR "completed" = $2)
                  AND ($3::text IS NULL OR "title" ILIKE $3 ESCAPE '\' OR "description" ILIKE $3 ESCAPE '\')
                """#
        ),
        listCreatedAscFirstPage: FirstPageStatement(
            name: "tasks_list_created_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                ORDER BY "tasks"."created_at" ASC, "tasks"."id" ASC
                """#
        ),
        listCreatedDescFirstPage: FirstPageStatement(
            name: "tasks_list_created_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                ORDER BY "tasks"."created_at" DESC, "tasks"."id" DESC
                """#
        ),
        listUpdatedAscFirstPage: FirstPageStatement(
            name: "tasks_list_updated_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                ORDER BY "tasks"."updated_at" ASC, "tasks"."id" ASC
                """#
        ),
        listUpdatedDescFirstPage: FirstPageStatement(
            name: "tasks_list_updated_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                ORDER BY "tasks"."updated_at" DESC, "tasks"."id" DESC
                """#
        ),
        listTitleAscFirstPage: FirstPageStatement(
            name: "tasks_list_title_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                ORDER BY "tasks"."title" ASC, "tasks"."id" ASC
                """#
        ),
        listTitleDescFirstPage: FirstPageStatement(
            name: "tasks_list_title_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "user_id", "title", "description", "completed", "created_at", "updated_at", (
                    SELECT count(*)
                    FROM "tasks"
                    WHERE "user_id" = $1
                ) AS "total"
                FROM "tasks"
                WHERE "user_id" = $1
                ORDER BY "tasks"."title" DESC, "tasks"."id" DESC
                """#
        )
    )
}
