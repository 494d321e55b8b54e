import PostgresTestCluster

/// The shared cluster's async calls for these synchronous tests (`blocking`).
extension TestCluster {
    /// A new empty database, so every server under test starts from a clean schema.
    static func freshDatabase() throws -> String {
        try blocking { try await freshDatabase() }
    }

    /// Runs one statement (no parameters) against `url`.
    static func execute(_ sql: String, url: String) throws {
        try blocking { try await execute(sql, url: url) }
    }
}
