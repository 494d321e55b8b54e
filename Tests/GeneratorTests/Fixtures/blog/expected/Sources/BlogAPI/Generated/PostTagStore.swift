// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `post_tags` table for `PostTag`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct PostTagStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: PostTagInput) async throws -> PostTag {
        var binds = PostgresBindings()
        binds.append(input.postID)
        binds.append(input.tagID)
        return try await database.inserted(Statements.insert, binds, as: PostTag.self)
    }
}

extension PostTagStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    enum Statements {
        static let insert = PreparedStatement(
            name: "post_tags_insert",
            sql: #"""
                INSERT INTO "post_tags" ("post_id", "tag_id")
                VALUES ($1, $2)
                RETURNING "post_id", "tag_id"
                """#
        )
    }
}
