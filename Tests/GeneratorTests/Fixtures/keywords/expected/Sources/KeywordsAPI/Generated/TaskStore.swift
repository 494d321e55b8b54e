// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

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
    public nonisolated(nonsending) func insert(_ input: TaskInput) async throws -> Task {
        var binds = PostgresBindings()
        binds.append(input.title)
        return try await database.inserted(Self.statements.insert, binds, as: Task.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int64) async throws -> Task? {
        return try await database.one(Self.statements.find, [id], as: Task.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64) async throws -> Task? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Task.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int64, _ input: TaskInput) async throws -> Task? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.title)
        return try await database.one(Self.statements.replace, binds, as: Task.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int64, _ patch: TaskPatch) async throws -> Task? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.title)
        return try await database.one(Self.statements.patch, binds, as: Task.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int64) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// Links the row to a Init (once, however often called); false when either is missing.
    public nonisolated(nonsending) func linkIn(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.exists(Self.statements.linkIn, [id, initID])
    }

    /// Removes the link; false when there was none.
    public nonisolated(nonsending) func unlinkIn(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.unlinkIn, [id, initID]) > 0
    }

    /// The linked Init rows, by key; none when the row is missing.
    public nonisolated(nonsending) func `in`(id: Int64) async throws -> ModelRows<Init> {
        return try await database.rows(Self.statements.linkedIn, [id], as: Init.self)
    }

    /// The Init rows linked to each of these rows, for `?include=in`):
    /// by key, each row followed by the key of the row it is linked to.
    public nonisolated(nonsending) func `in`(ofEach keys: [Int64]) async throws -> ModelRows<Init> {
        var binds = PostgresBindings()
        binds.append(PostgresArray(keys))
        return try await database.rows(Self.statements.inOfEach, binds, as: Init.self)
    }

    /// Links the row to a Init (once, however often called); false when either is missing.
    public nonisolated(nonsending) func linkCount(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.exists(Self.statements.linkCount, [id, initID])
    }

    /// Removes the link; false when there was none.
    public nonisolated(nonsending) func unlinkCount(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.unlinkCount, [id, initID]) > 0
    }

    /// The linked Init rows, by key; none when the row is missing.
    public nonisolated(nonsending) func count(id: Int64) async throws -> ModelRows<Init> {
        return try await database.rows(Self.statements.linkedCount, [id], as: Init.self)
    }

    /// Links the row to a Init (once, however often called); false when either is missing.
    public nonisolated(nonsending) func linkList(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.exists(Self.statements.linkList, [id, initID])
    }

    /// Removes the link; false when there was none.
    public nonisolated(nonsending) func unlinkList(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.unlinkList, [id, initID]) > 0
    }

    /// The linked Init rows, by key; none when the row is missing.
    public nonisolated(nonsending) func list(id: Int64) async throws -> ModelRows<Init> {
        return try await database.rows(Self.statements.linkedList, [id], as: Init.self)
    }

    /// The Init rows linked to each of these rows, for `?include=list`):
    /// by key, each row followed by the key of the row it is linked to.
    public nonisolated(nonsending) func list(ofEach keys: [Int64]) async throws -> ModelRows<Init> {
        var binds = PostgresBindings()
        binds.append(PostgresArray(keys))
        return try await database.rows(Self.statements.listOfEach, binds, as: Init.self)
    }

    /// Links the row to a Init (once, however often called); false when either is missing.
    public nonisolated(nonsending) func linkInsert(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.exists(Self.statements.linkInsert, [id, initID])
    }

    /// Removes the link; false when there was none.
    public nonisolated(nonsending) func unlinkInsert(id: Int64, initID: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.unlinkInsert, [id, initID]) > 0
    }

    /// The linked Init rows, by key; none when the row is missing.
    public nonisolated(nonsending) func insert(id: Int64) async throws -> ModelRows<Init> {
        return try await database.rows(Self.statements.linkedInsert, [id], as: Init.self)
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: TaskListQuery) async throws -> (items: ModelRows<Task>, total: Int) {
        let binds = PostgresBindings()
        return try await database.page(Self.statements.list, binds, as: Task.self)
    }
}

extension TaskStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "tasks_insert",
            sql: #"""
                INSERT INTO "tasks" ("title")
                VALUES ($1)
                RETURNING "id", "title"
                """#
        ),
        find: PreparedStatement(
            name: "tasks_find",
            sql: #"""
                SELECT "id", "title"
                FROM "tasks"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "tasks_find_for_update",
            sql: #"""
                SELECT "id", "title"
                FROM "tasks"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "tasks_replace",
            sql: #"""
                UPDATE "tasks"
                SET "title" = $2
                WHERE "id" = $1
                RETURNING "id", "title"
                """#
        ),
        patch: PreparedStatement(
            name: "tasks_patch",
            sql: #"""
                UPDATE "tasks"
                SET "title" = CASE WHEN $2::boolean THEN $3::text ELSE "title" END
                WHERE "id" = $1
                RETURNING "id", "title"
                """#
        ),
        delete: PreparedStatement(
            name: "tasks_delete",
            sql: #"""
                DELETE FROM "tasks"
                WHERE "id" = $1
                """#
        ),
        linkIn: PreparedStatement(
            name: "tasks_in_link",
            sql: #"""
                WITH "parent" AS (SELECT "id" FROM "tasks" WHERE "id" = $1),
                     "target" AS (SELECT "id" FROM "inits" WHERE "id" = $2),
                     "linked" AS (
                         INSERT INTO "task_inits" ("task_id", "init_id")
                         SELECT "parent"."id", "target"."id" FROM "parent", "target"
                         ON CONFLICT DO NOTHING
                     )
                SELECT 1 FROM "parent", "target"
                """#
        ),
        unlinkIn: PreparedStatement(
            name: "tasks_in_unlink",
            sql: #"""
                DELETE FROM "task_inits"
                WHERE "task_id" = $1 AND "init_id" = $2
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                """#
        ),
        linkedIn: PreparedStatement(
            name: "tasks_in_list",
            sql: #"""
                SELECT t."id", t."name"
                FROM "inits" t JOIN "task_inits" l ON l."init_id" = t."id"
                WHERE l."task_id" = $1
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                ORDER BY t."id"
                """#
        ),
        inOfEach: PreparedStatement(
            name: "tasks_in_of_each",
            sql: #"""
                SELECT t."id", t."name", l."task_id"
                FROM "inits" t JOIN "task_inits" l ON l."init_id" = t."id"
                WHERE l."task_id" = ANY($1)
                ORDER BY l."task_id", t."id"
                """#
        ),
        linkCount: PreparedStatement(
            name: "tasks_count_link",
            sql: #"""
                WITH "parent" AS (SELECT "id" FROM "tasks" WHERE "id" = $1),
                     "target" AS (SELECT "id" FROM "inits" WHERE "id" = $2),
                     "linked" AS (
                         INSERT INTO "task_inits" ("task_id", "init_id")
                         SELECT "parent"."id", "target"."id" FROM "parent", "target"
                         ON CONFLICT DO NOTHING
                     )
                SELECT 1 FROM "parent", "target"
                """#
        ),
        unlinkCount: PreparedStatement(
            name: "tasks_count_unlink",
            sql: #"""
                DELETE FROM "task_inits"
                WHERE "task_id" = $1 AND "init_id" = $2
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                """#
        ),
        linkedCount: PreparedStatement(
            name: "tasks_count_list",
            sql: #"""
                SELECT t."id", t."name"
                FROM "inits" t JOIN "task_inits" l ON l."init_id" = t."id"
                WHERE l."task_id" = $1
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                ORDER BY t."id"
                """#
        ),
        linkList: PreparedStatement(
            name: "tasks_list_link",
            sql: #"""
                WITH "parent" AS (SELECT "id" FROM "tasks" WHERE "id" = $1),
                     "target" AS (SELECT "id" FROM "inits" WHERE "id" = $2),
                     "linked" AS (
                         INSERT INTO "task_inits" ("task_id", "init_id")
                         SELECT "parent"."id", "target"."id" FROM "parent", "target"
                         ON CONFLICT DO NOTHING
                     )
                SELECT 1 FROM "parent", "target"
                """#
        ),
        unlinkList: PreparedStatement(
            name: "tasks_list_unlink",
            sql: #"""
                DELETE FROM "task_inits"
                WHERE "task_id" = $1 AND "init_id" = $2
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                """#
        ),
        linkedList: PreparedStatement(
            name: "tasks_list_list",
            sql: #"""
                SELECT t."id", t."name"
                FROM "inits" t JOIN "task_inits" l ON l."init_id" = t."id"
                WHERE l."task_id" = $1
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                ORDER BY t."id"
                """#
        ),
        listOfEach: PreparedStatement(
            name: "tasks_list_of_each",
            sql: #"""
                SELECT t."id", t."name", l."task_id"
                FROM "inits" t JOIN "task_inits" l ON l."init_id" = t."id"
                WHERE l."task_id" = ANY($1)
                ORDER BY l."task_id", t."id"
                """#
        ),
        linkInsert: PreparedStatement(
            name: "tasks_insert_link",
            sql: #"""
                WITH "parent" AS (SELECT "id" FROM "tasks" WHERE "id" = $1),
                     "target" AS (SELECT "id" FROM "inits" WHERE "id" = $2),
                     "linked" AS (
                         INSERT INTO "task_inits" ("task_id", "init_id")
                         SELECT "parent"."id", "target"."id" FROM "parent", "target"
                         ON CONFLICT DO NOTHING
                     )
                SELECT 1 FROM "parent", "target"
                """#
        ),
        unlinkInsert: PreparedStatement(
            name: "tasks_insert_unlink",
            sql: #"""
                DELETE FROM "task_inits"
                WHERE "task_id" = $1 AND "init_id" = $2
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                """#
        ),
        linkedInsert: PreparedStatement(
            name: "tasks_insert_list",
            sql: #"""
                SELECT t."id", t."name"
                FROM "inits" t JOIN "task_inits" l ON l."init_id" = t."id"
                WHERE l."task_id" = $1
                  AND EXISTS (SELECT 1 FROM "tasks" WHERE "id" = $1)
                ORDER BY t."id"
                """#
        ),
        list: PreparedStatement(
            name: "tasks_list",
            sql: #"""
                SELECT "id", "title", (
                    SELECT count(*)
                    FROM "tasks"
                ) AS "total"
                FROM "tasks"
                ORDER BY "tasks"."id" ASC
                """#
        )
    )
}
