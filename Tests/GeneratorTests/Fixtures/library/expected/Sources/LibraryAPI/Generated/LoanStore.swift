// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `loans` table for `Loan`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct LoanStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: LoanInput) async throws -> Loan {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Loan.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int64) async throws -> Loan? {
        return try await database.one(Self.statements.find, [id], as: Loan.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64) async throws -> Loan? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Loan.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int64, _ input: LoanInput) async throws -> Loan? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Loan.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int64, _ patch: LoanPatch) async throws -> Loan? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.bookID)
        binds.append(patch.returned)
        return try await database.one(Self.statements.patch, binds, as: Loan.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int64) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: LoanInput, to binds: inout PostgresBindings) {
        binds.append(input.bookID)
        binds.append(input.returned)
    }
}

extension LoanStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "loans_insert",
            sql: #"""
                INSERT INTO "loans" ("book_id", "returned")
                VALUES ($1, $2)
                RETURNING "id", "member_id", "book_id", "returned", "lent_at"
                """#
        ),
        find: PreparedStatement(
            name: "loans_find",
            sql: #"""
                SELECT "id", "member_id", "book_id", "returned", "lent_at"
                FROM "loans"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "loans_find_for_update",
            sql: #"""
                SELECT "id", "member_id", "book_id", "returned", "lent_at"
                FROM "loans"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "loans_replace",
            sql: #"""
                UPDATE "loans"
                SET "book_id" = $2, "returned" = $3
                WHERE "id" = $1
                RETURNING "id", "member_id", "book_id", "returned", "lent_at"
                """#
        ),
        patch: PreparedStatement(
            name: "loans_patch",
            sql: #"""
                UPDATE "loans"
                SET "book_id" = CASE WHEN $2::boolean THEN $3::integer ELSE "book_id" END,
                    "returned" = CASE WHEN $4::boolean THEN $5::boolean ELSE "returned" END
                WHERE "id" = $1
                RETURNING "id", "member_id", "book_id", "returned", "lent_at"
                """#
        ),
        delete: PreparedStatement(
            name: "loans_delete",
            sql: #"""
                DELETE FROM "loans"
                WHERE "id" = $1
                """#
        )
    )
}
