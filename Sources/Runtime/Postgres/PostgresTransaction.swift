/// Statements inside one transaction, on the one connection `PostgresClient.transaction` leased.
public struct PostgresTransaction: Sendable {
    let connection: PostgresConnection
    let unnamedStatements: Bool

    public func query(_ statement: PreparedStatement, _ binds: PostgresBindings = PostgresBindings()) async throws -> PostgresResult {
        let unnamed = unnamedStatements
        return try await connection.query(statement, binds, unnamed: unnamed, inTransaction: true).get()
    }

    /// Several statements in one round trip (see `PostgresClient.queries`), inside this transaction.
    public func queries(_ statements: [(PreparedStatement, PostgresBindings)]) async throws -> [PostgresResult] {
        let unnamed = unnamedStatements
        return try await connection.run { $0.queries(statements, unnamed: unnamed) }.get()
    }

    /// Parameterless SQL (simple-query protocol), e.g. `SET LOCAL …` or DDL in a migration.
    public func execute(_ sql: String) async throws {
        _ = try await connection.run { $0.execute(sql) }.get()
    }
}
