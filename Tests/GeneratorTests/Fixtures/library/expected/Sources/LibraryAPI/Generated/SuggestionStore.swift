// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `suggestions` table for `Suggestion`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct SuggestionStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: SuggestionInput) async throws -> Suggestion {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Suggestion.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Suggestion? {
        return try await database.one(Self.statements.find, [id], as: Suggestion.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Suggestion? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Suggestion.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: SuggestionInput) async throws -> Suggestion? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Suggestion.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: SuggestionPatch) async throws -> Suggestion? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.title)
        binds.append(patch.genre)
        return try await database.one(Self.statements.patch, binds, as: Suggestion.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: SuggestionInput, to binds: inout PostgresBindings) {
        binds.append(input.title)
        binds.append(input.genre)
    }
}

extension SuggestionStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "suggestions_insert",
            sql: #"""
                INSERT INTO "suggestions" ("title", "genre")
                VALUES ($1, $2)
                RETURNING "id", "title", "genre"
                """#
        ),
        find: PreparedStatement(
            name: "suggestions_find",
            sql: #"""
                SELECT "id", "title", "genre"
                FROM "suggestions"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "suggestions_find_for_update",
            sql: #"""
                SELECT "id", "title", "genre"
                FROM "suggestions"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "suggestions_replace",
            sql: #"""
                UPDATE "suggestions"
                SET "title" = $2, "genre" = $3
                WHERE "id" = $1
                RETURNING "id", "title", "genre"
                """#
        ),
        patch: PreparedStatement(
            name: "suggestions_patch",
            sql: #"""
                UPDATE "suggestions"
                SET "title" = CASE WHEN $2::boolean THEN $3::text ELSE "title" END,
                    "genre" = CASE WHEN $4::boolean THEN $5::"genre" ELSE "genre" END
                WHERE "id" = $1
                RETURNING "id", "title", "genre"
                """#
        ),
        delete: PreparedStatement(
            name: "suggestions_delete",
            sql: #"""
                DELETE FROM "suggestions"
                WHERE "id" = $1
                """#
        )
    )
}
