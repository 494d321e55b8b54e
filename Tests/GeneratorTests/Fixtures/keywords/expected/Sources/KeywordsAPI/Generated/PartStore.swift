// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `parts` table for `Part`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct PartStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: PartInput, store _store: Int32) async throws -> Part? {
        var binds = PostgresBindings()
        binds.append(_store)
        binds.append(input.name)
        return try await database.one(Self.statements.insert, binds, as: Part.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32, store _store: Int32) async throws -> Part? {
        return try await database.one(Self.statements.find, [id, _store], as: Part.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32, store _store: Int32) async throws -> Part? {
        return try await database.one(Self.statements.findForUpdate, [id, _store], as: Part.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, store _store: Int32, _ input: PartInput) async throws -> Part? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(_store)
        binds.append(input.name)
        return try await database.one(Self.statements.replace, binds, as: Part.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, store _store: Int32, _ patch: PartPatch) async throws -> Part? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(_store)
        binds.append(patch.name)
        return try await database.one(Self.statements.patch, binds, as: Part.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32, store _store: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, _store]) > 0
    }

    /// The caller's role (nil: no such user): why an operation matched no row (docs/spec.md §6.5).
    ///
    public nonisolated(nonsending) func standing(store _store: Int32) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [_store], as: MemberStanding.self) ?? .stranger
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(store _store: Int32, _ query: PartListQuery) async throws -> (items: ModelRows<Part>, total: Int) {
        var binds = PostgresBindings()
        binds.append(_store)
        return try await database.page(Self.statements.list, binds, as: Part.self)
    }
}

extension PartStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "parts_insert",
            sql: #"""
                INSERT INTO "parts" ("store", "name")
                SELECT $1::integer, $2::text
                WHERE EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1)
                RETURNING "id", "store", "name"
                """#
        ),
        find: PreparedStatement(
            name: "parts_find",
            sql: #"""
                SELECT "id", "store", "name"
                FROM "parts"
                WHERE "id" = $1
                  AND "parts"."store" = $2
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "parts_find_for_update",
            sql: #"""
                SELECT "id", "store", "name"
                FROM "parts"
                WHERE "id" = $1
                  AND "parts"."store" = $2
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "parts_replace",
            sql: #"""
                UPDATE "parts"
                SET "name" = $3
                WHERE "id" = $1
                  AND "parts"."store" = $2
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                RETURNING "id", "store", "name"
                """#
        ),
        patch: PreparedStatement(
            name: "parts_patch",
            sql: #"""
                UPDATE "parts"
                SET "name" = CASE WHEN $3::boolean THEN $4::text ELSE "name" END
                WHERE "id" = $1
                  AND "parts"."store" = $2
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                RETURNING "id", "store", "name"
                """#
        ),
        delete: PreparedStatement(
            name: "parts_delete",
            sql: #"""
                DELETE FROM "parts"
                WHERE "id" = $1
                  AND "parts"."store" = $2
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                """#
        ),
        standing: PreparedStatement(
            name: "parts_standing",
            sql: #"""
                SELECT NULL::text,
                    EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1)
                """#
        ),
        list: PreparedStatement(
            name: "parts_list",
            sql: #"""
                SELECT "id", "store", "name", (
                    SELECT count(*)
                    FROM "parts"
                    WHERE "parts"."store" = $1
                      AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1)
                ) AS "total"
                FROM "parts"
                WHERE "parts"."store" = $1
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1)
                ORDER BY "parts"."id" ASC
                """#
        )
    )
}

extension PartStore {
    /// Who may run each operation in this API (the user's own role) (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: public`
        static let list = MemberRule(
            member: false, roles: nil, notFound: "Part not found", parents: ["Input not found"],
            forbidden: "Not allowed")
        /// `create: public`
        static let create = MemberRule(
            member: false, roles: nil, notFound: "Part not found", parents: ["Input not found"],
            forbidden: "Not allowed")
        /// `get: public`
        static let get = MemberRule(
            member: false, roles: nil, notFound: "Part not found", parents: ["Input not found"],
            forbidden: "Not allowed")
        /// `replace: public`
        static let replace = MemberRule(
            member: false, roles: nil, notFound: "Part not found", parents: ["Input not found"],
            forbidden: "Not allowed")
        /// `patch: public`
        static let patch = MemberRule(
            member: false, roles: nil, notFound: "Part not found", parents: ["Input not found"],
            forbidden: "Not allowed")
        /// `delete: public`
        static let delete = MemberRule(
            member: false, roles: nil, notFound: "Part not found", parents: ["Input not found"],
            forbidden: "Not allowed")
    }
}
