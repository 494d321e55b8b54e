// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `pieces` table for `Piece`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct PieceStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: PieceInput, database _database: Int32, request _request: Int32) async throws -> Piece? {
        var binds = PostgresBindings()
        binds.append(_database)
        binds.append(_request)
        binds.append(input.name)
        return try await database.one(Self.statements.insert, binds, as: Piece.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(binds _binds: Int32, database _database: Int32, request _request: Int32) async throws -> Piece? {
        return try await database.one(Self.statements.find, [_binds, _database, _request], as: Piece.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(binds _binds: Int32, database _database: Int32, request _request: Int32) async throws -> Piece? {
        return try await database.one(Self.statements.findForUpdate, [_binds, _database, _request], as: Piece.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(binds _binds: Int32, database _database: Int32, request _request: Int32, _ input: PieceInput) async throws -> Piece? {
        var binds = PostgresBindings()
        binds.append(_binds)
        binds.append(_database)
        binds.append(_request)
        binds.append(input.name)
        return try await database.one(Self.statements.replace, binds, as: Piece.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(binds _binds: Int32, database _database: Int32, request _request: Int32, _ patch: PiecePatch) async throws -> Piece? {
        var binds = PostgresBindings()
        binds.append(_binds)
        binds.append(_database)
        binds.append(_request)
        binds.append(patch.name)
        return try await database.one(Self.statements.patch, binds, as: Piece.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(binds _binds: Int32, database _database: Int32, request _request: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [_binds, _database, _request]) > 0
    }

    /// The caller's role (nil: no such user): why an operation matched no row (docs/spec.md §6.5).
    ///
    public nonisolated(nonsending) func standing(database _database: Int32, request _request: Int32) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [_database, _request], as: MemberStanding.self) ?? .stranger
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(database _database: Int32, request _request: Int32, _ query: PieceListQuery) async throws -> (items: ModelRows<Piece>, total: Int) {
        var binds = PostgresBindings()
        binds.append(_database)
        binds.append(_request)
        return try await database.page(Self.statements.list, binds, as: Piece.self)
    }
}

extension PieceStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "pieces_insert",
            sql: #"""
                INSERT INTO "pieces" ("database", "request", "name")
                SELECT $1::integer, $2::integer, $3::text
                WHERE EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1)
                  AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $2)
                RETURNING "binds", "request", "database", "name"
                """#
        ),
        find: PreparedStatement(
            name: "pieces_find",
            sql: #"""
                SELECT "binds", "request", "database", "name"
                FROM "pieces"
                WHERE "binds" = $1
                  AND "pieces"."database" = $2
                  AND "pieces"."request" = $3
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $3)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "pieces_find_for_update",
            sql: #"""
                SELECT "binds", "request", "database", "name"
                FROM "pieces"
                WHERE "binds" = $1
                  AND "pieces"."database" = $2
                  AND "pieces"."request" = $3
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $3)
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "pieces_replace",
            sql: #"""
                UPDATE "pieces"
                SET "name" = $4
                WHERE "binds" = $1
                  AND "pieces"."database" = $2
                  AND "pieces"."request" = $3
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $3)
                RETURNING "binds", "request", "database", "name"
                """#
        ),
        patch: PreparedStatement(
            name: "pieces_patch",
            sql: #"""
                UPDATE "pieces"
                SET "name" = CASE WHEN $4::boolean THEN $5::text ELSE "name" END
                WHERE "binds" = $1
                  AND "pieces"."database" = $2
                  AND "pieces"."request" = $3
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $3)
                RETURNING "binds", "request", "database", "name"
                """#
        ),
        delete: PreparedStatement(
            name: "pieces_delete",
            sql: #"""
                DELETE FROM "pieces"
                WHERE "binds" = $1
                  AND "pieces"."database" = $2
                  AND "pieces"."request" = $3
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $2)
                  AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $3)
                """#
        ),
        standing: PreparedStatement(
            name: "pieces_standing",
            sql: #"""
                SELECT NULL::text,
                    EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1),
                    EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $2)
                """#
        ),
        list: PreparedStatement(
            name: "pieces_list",
            sql: #"""
                SELECT "binds", "request", "database", "name", (
                    SELECT count(*)
                    FROM "pieces"
                    WHERE "pieces"."database" = $1
                      AND "pieces"."request" = $2
                      AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1)
                      AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $2)
                ) AS "total"
                FROM "pieces"
                WHERE "pieces"."database" = $1
                  AND "pieces"."request" = $2
                  AND EXISTS (SELECT 1 FROM "inputs" AS p WHERE p."id" = $1)
                  AND EXISTS (SELECT 1 FROM "parts" AS p WHERE p."id" = $2)
                ORDER BY "pieces"."binds" ASC
                """#
        )
    )
}

extension PieceStore {
    /// Who may run each operation in this API (the user's own role) (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: public`
        static let list = MemberRule(
            member: false, roles: nil, notFound: "Piece not found", parents: ["Input not found", "Part not found"],
            forbidden: "Not allowed")
        /// `create: public`
        static let create = MemberRule(
            member: false, roles: nil, notFound: "Piece not found", parents: ["Input not found", "Part not found"],
            forbidden: "Not allowed")
        /// `get: public`
        static let get = MemberRule(
            member: false, roles: nil, notFound: "Piece not found", parents: ["Input not found", "Part not found"],
            forbidden: "Not allowed")
        /// `replace: public`
        static let replace = MemberRule(
            member: false, roles: nil, notFound: "Piece not found", parents: ["Input not found", "Part not found"],
            forbidden: "Not allowed")
        /// `patch: public`
        static let patch = MemberRule(
            member: false, roles: nil, notFound: "Piece not found", parents: ["Input not found", "Part not found"],
            forbidden: "Not allowed")
        /// `delete: public`
        static let delete = MemberRule(
            member: false, roles: nil, notFound: "Piece not found", parents: ["Input not found", "Part not found"],
            forbidden: "Not allowed")
    }
}
