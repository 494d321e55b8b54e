// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `notices` table for `Notice`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct NoticeStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: NoticeInput, subject: UUID) async throws -> Notice? {
        var binds = PostgresBindings()
        binds.append(subject)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.insert, binds, as: Notice.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Notice? {
        return try await database.one(Self.statements.find, [id], as: Notice.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Notice? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Notice.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, subject: UUID, _ input: NoticeInput) async throws -> Notice? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(subject)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Notice.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, subject: UUID, _ patch: NoticePatch) async throws -> Notice? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(subject)
        binds.append(patch.title)
        binds.append(patch.body)
        return try await database.one(Self.statements.patch, binds, as: Notice.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32, subject: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, subject]) > 0
    }

    /// The caller's role (nil: no such user): why an operation matched no row (docs/spec.md §6.5).
    ///
    public nonisolated(nonsending) func standing(subject: UUID) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [subject], as: MemberStanding.self) ?? .stranger
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: NoticeListQuery) async throws -> (items: ModelRows<Notice>, total: Int) {
        let binds = PostgresBindings()
        return try await database.page(Self.statements.list, binds, as: Notice.self)
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: NoticeInput, to binds: inout PostgresBindings) {
        binds.append(input.title)
        binds.append(input.body)
    }
}

extension NoticeStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "notices_insert",
            sql: #"""
                INSERT INTO "notices" ("title", "body")
                SELECT $2::text, $3::text
                WHERE EXISTS (SELECT 1 FROM "users" AS m WHERE m."id" = $1 AND m."role" IN ('support'))
                RETURNING "id", "title", "body", "published_at"
                """#
        ),
        find: PreparedStatement(
            name: "notices_find",
            sql: #"""
                SELECT "id", "title", "body", "published_at"
                FROM "notices"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "notices_find_for_update",
            sql: #"""
                SELECT "id", "title", "body", "published_at"
                FROM "notices"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "notices_replace",
            sql: #"""
                UPDATE "notices"
                SET "title" = $3, "body" = $4
                WHERE "id" = $1
                  AND EXISTS (SELECT 1 FROM "users" AS m WHERE m."id" = $2 AND m."role" IN ('support'))
                RETURNING "id", "title", "body", "published_at"
                """#
        ),
        patch: PreparedStatement(
            name: "notices_patch",
            sql: #"""
                UPDATE "notices"
                SET "title" = CASE WHEN $3::boolean THEN $4::text ELSE "title" END,
                    "body" = CASE WHEN $5::boolean THEN $6::text ELSE "body" END
                WHERE "id" = $1
                  AND EXISTS (SELECT 1 FROM "users" AS m WHERE m."id" = $2 AND m."role" IN ('support'))
                RETURNING "id", "title", "body", "published_at"
                """#
        ),
        delete: PreparedStatement(
            name: "notices_delete",
            sql: #"""
                DELETE FROM "notices"
                WHERE "id" = $1
                  AND EXISTS (SELECT 1 FROM "users" AS m WHERE m."id" = $2 AND m."role" IN ('support'))
                """#
        ),
        standing: PreparedStatement(
            name: "notices_standing",
            sql: #"""
                SELECT (SELECT m."role"::text FROM "users" AS m WHERE m."id" = $1)
                """#
        ),
        list: PreparedStatement(
            name: "notices_list",
            sql: #"""
                SELECT "id", "title", "body", "published_at", (
                    SELECT count(*)
                    FROM "notices"
                ) AS "total"
                FROM "notices"
                ORDER BY "notices"."id" ASC
                """#
        )
    )
}

extension NoticeStore {
    /// Who may run each operation in this API (the user's own role) (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: public`
        static let list = MemberRule(
            member: false, roles: nil, notFound: "Notice not found", parents: [],
            forbidden: "Not allowed")
        /// `create: [support]`
        static let create = MemberRule(
            member: true, roles: ["support"], notFound: "Notice not found", parents: [],
            forbidden: "Creating a Notice needs the role support")
        /// `get: public`
        static let get = MemberRule(
            member: false, roles: nil, notFound: "Notice not found", parents: [],
            forbidden: "Not allowed")
        /// `replace: [support]`
        static let replace = MemberRule(
            member: true, roles: ["support"], notFound: "Notice not found", parents: [],
            forbidden: "Replacing a Notice needs the role support")
        /// `patch: [support]`
        static let patch = MemberRule(
            member: true, roles: ["support"], notFound: "Notice not found", parents: [],
            forbidden: "Changing a Notice needs the role support")
        /// `delete: [support]`
        static let delete = MemberRule(
            member: true, roles: ["support"], notFound: "Notice not found", parents: [],
            forbidden: "Deleting a Notice needs the role support")
    }
}
