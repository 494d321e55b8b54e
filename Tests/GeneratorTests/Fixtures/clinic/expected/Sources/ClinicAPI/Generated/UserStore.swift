// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `users` table for `User`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct UserStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: UserInput, passwordHash: String) async throws -> User {
        var binds = PostgresBindings()
        binds.append(input.email)
        binds.append(passwordHash)
        return try await database.inserted(Self.statements.insert, binds, as: User.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: UUID) async throws -> User? {
        return try await database.one(Self.statements.find, [id], as: User.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: UUID) async throws -> User? {
        return try await database.one(Self.statements.findForUpdate, [id], as: User.self)
    }

    /// The row whose `email` is this value, if any.
    public nonisolated(nonsending) func find(byEmail email: String) async throws -> User? {
        return try await database.one(Self.statements.findByEmail, [email], as: User.self)
    }

    /// Whether a row with this key exists (the token's subject must still be a user).
    public nonisolated(nonsending) func exists(id: UUID) async throws -> Bool {
        return try await database.exists(Self.statements.exists, [id])
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: UUID, _ input: UserInput) async throws -> User? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.email)
        return try await database.one(Self.statements.replace, binds, as: User.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: UUID, _ patch: UserPatch) async throws -> User? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.email)
        return try await database.one(Self.statements.patch, binds, as: User.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }
}

extension UserStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "users_insert",
            sql: #"""
                INSERT INTO "users" ("email", "password_hash")
                VALUES ($1, $2)
                RETURNING "id", "email", "password_hash", "role"
                """#
        ),
        find: PreparedStatement(
            name: "users_find",
            sql: #"""
                SELECT "id", "email", "password_hash", "role"
                FROM "users"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "users_find_for_update",
            sql: #"""
                SELECT "id", "email", "password_hash", "role"
                FROM "users"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        findByEmail: PreparedStatement(
            name: "users_find_by_email",
            sql: #"""
                SELECT "id", "email", "password_hash", "role"
                FROM "users"
                WHERE "email" = $1
                """#
        ),
        exists: PreparedStatement(
            name: "users_exists",
            sql: #"""
                SELECT 1 FROM "users" WHERE "id" = $1
                """#
        ),
        replace: PreparedStatement(
            name: "users_replace",
            sql: #"""
                UPDATE "users"
                SET "email" = $2
                WHERE "id" = $1
                RETURNING "id", "email", "password_hash", "role"
                """#
        ),
        patch: PreparedStatement(
            name: "users_patch",
            sql: #"""
                UPDATE "users"
                SET "email" = CASE WHEN $2::boolean THEN $3::text ELSE "email" END
                WHERE "id" = $1
                RETURNING "id", "email", "password_hash", "role"
                """#
        ),
        delete: PreparedStatement(
            name: "users_delete",
            sql: #"""
                DELETE FROM "users"
                WHERE "id" = $1
                """#
        )
    )
}
