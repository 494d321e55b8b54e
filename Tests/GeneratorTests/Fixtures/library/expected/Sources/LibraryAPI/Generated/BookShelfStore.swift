// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `book_shelfs` table for `BookShelf`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct BookShelfStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: BookShelfInput) async throws -> BookShelf {
        var binds = PostgresBindings()
        binds.append(input.bookID)
        binds.append(input.shelfCode)
        return try await database.inserted(Statements.insert, binds, as: BookShelf.self)
    }
}

extension BookShelfStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    enum Statements {
        static let insert = PreparedStatement(
            name: "book_shelfs_insert",
            sql: #"""
                INSERT INTO "book_shelfs" ("book_id", "shelf_code")
                VALUES ($1, $2)
                RETURNING "book_id", "shelf_code", "placed_at"
                """#
        )
    }
}
