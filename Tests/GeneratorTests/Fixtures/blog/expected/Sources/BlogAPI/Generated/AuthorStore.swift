// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `authors` table for `Author`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct AuthorStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: AuthorInput, passwordDigest: String) async throws -> Author {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        binds.append(passwordDigest)
        return try await database.inserted(Self.statements.insert, binds, as: Author.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: UUID) async throws -> Author? {
        return try await database.one(Self.statements.find, [id], as: Author.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: UUID) async throws -> Author? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Author.self)
    }

    /// The row whose `handle` is this value, if any.
    public nonisolated(nonsending) func find(byHandle handle: String) async throws -> Author? {
        return try await database.one(Self.statements.findByHandle, [handle], as: Author.self)
    }

    /// Whether a row with this key exists (the token's subject must still be a user).
    public nonisolated(nonsending) func exists(id: UUID) async throws -> Bool {
        return try await database.exists(Self.statements.exists, [id])
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: UUID, _ input: AuthorInput) async throws -> Author? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Author.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: UUID, _ patch: AuthorPatch) async throws -> Author? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.handle)
        binds.append(patch.homepage)
        return try await database.one(Self.statements.patch, binds, as: Author.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: AuthorInput, to binds: inout PostgresBindings) {
        binds.append(input.handle)
        binds.append(input.homepage)
    }
}

extension AuthorStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "authors_insert",
            sql: #"""
                INSERT INTO "authors" ("handle", "homepage", "password_digest")
                VALUES ($1, $2, $3)
                RETURNING "id", "handle", "homepage", "password_digest", "joined_on"
                """#
        ),
        find: PreparedStatement(
            name: "authors_find",
            sql: #"""
                SELECT "id", "handle", "homepage", "password_digest", "joined_on"
                FROM "authors"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "authors_find_for_update",
            sql: #"""
                SELECT "id", "handle", "homepage", "password_digest", "joined_on"
                FROM "authors"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        findByHandle: PreparedStatement(
            name: "authors_find_by_handle",
            sql: #"""
                SELECT "id", "handle", "homepage", "password_digest", "joined_on"
                FROM "authors"
                WHERE "handle" = $1
                """#
        ),
        exists: PreparedStatement(
            name: "authors_exists",
            sql: #"""
                SELECT 1 FROM "authors" WHERE "id" = $1
                """#
        ),
        replace: PreparedStatement(
            name: "authors_replace",
            sql: #"""
                UPDATE "authors"
                SET "handle" = $2, "homepage" = $3
                WHERE "id" = $1
                RETURNING "id", "handle", "homepage", "password_digest", "joined_on"
                """#
        ),
        patch: PreparedStatement(
            name: "authors_patch",
            sql: #"""
                UPDATE "authors"
                SET "handle" = CASE WHEN $2::boolean THEN $3::text ELSE "handle" END,
                    "homepage" = CASE WHEN $4::boolean THEN $5::text ELSE "homepage" END
                WHERE "id" = $1
                RETURNING "id", "handle", "homepage", "password_digest", "joined_on"
                """#
        ),
        delete: PreparedStatement(
            name: "authors_delete",
            sql: #"""
                DELETE FROM "authors"
                WHERE "id" = $1
                """#
        )
    )
}
