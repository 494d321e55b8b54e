// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `members` table for `Member`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct MemberStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: MemberInput, passwordHash: String) async throws -> Member {
        var binds = PostgresBindings()
        binds.append(input.email)
        binds.append(passwordHash)
        binds.append(input.verified)
        return try await database.inserted(Self.statements.insert, binds, as: Member.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: UUID) async throws -> Member? {
        return try await database.one(Self.statements.find, [id], as: Member.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: UUID) async throws -> Member? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Member.self)
    }

    /// The row whose `email` is this value, if any.
    public nonisolated(nonsending) func find(byEmail email: String) async throws -> Member? {
        return try await database.one(Self.statements.findByEmail, [email], as: Member.self)
    }

    /// Whether a row with this key exists (the token's subject must still be a user).
    public nonisolated(nonsending) func exists(id: UUID) async throws -> Bool {
        return try await database.exists(Self.statements.exists, [id])
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: UUID, _ input: MemberInput) async throws -> Member? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.email)
        binds.append(input.verified)
        return try await database.one(Self.statements.replace, binds, as: Member.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: UUID, _ patch: MemberPatch) async throws -> Member? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.email)
        binds.append(patch.verified)
        return try await database.one(Self.statements.patch, binds, as: Member.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }
}

extension MemberStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "members_insert",
            sql: #"""
                INSERT INTO "members" ("email", "password_hash", "verified")
                VALUES ($1, $2, $3)
                RETURNING "id", "email", "password_hash", "verified"
                """#
        ),
        find: PreparedStatement(
            name: "members_find",
            sql: #"""
                SELECT "id", "email", "password_hash", "verified"
                FROM "members"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "members_find_for_update",
            sql: #"""
                SELECT "id", "email", "password_hash", "verified"
                FROM "members"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        findByEmail: PreparedStatement(
            name: "members_find_by_email",
            sql: #"""
                SELECT "id", "email", "password_hash", "verified"
                FROM "members"
                WHERE "email" = $1
                """#
        ),
        exists: PreparedStatement(
            name: "members_exists",
            sql: #"""
                SELECT 1 FROM "members" WHERE "id" = $1
                """#
        ),
        replace: PreparedStatement(
            name: "members_replace",
            sql: #"""
                UPDATE "members"
                SET "email" = $2, "verified" = $3
                WHERE "id" = $1
                RETURNING "id", "email", "password_hash", "verified"
                """#
        ),
        patch: PreparedStatement(
            name: "members_patch",
            sql: #"""
                UPDATE "members"
                SET "email" = CASE WHEN $2::boolean THEN $3::text ELSE "email" END,
                    "verified" = CASE WHEN $4::boolean THEN $5::boolean ELSE "verified" END
                WHERE "id" = $1
                RETURNING "id", "email", "password_hash", "verified"
                """#
        ),
        delete: PreparedStatement(
            name: "members_delete",
            sql: #"""
                DELETE FROM "members"
                WHERE "id" = $1
                """#
        )
    )
}
