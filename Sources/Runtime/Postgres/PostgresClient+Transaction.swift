extension PostgresClient {
    /// How often a transaction that hit a serialization failure or deadlock is run again.
    static let transactionAttempts = 3

    /// Runs `body` inside BEGIN … COMMIT on one connection. Any error rolls back and is rethrown;
    /// serialization failures (40001) and deadlocks (40P01) run `body` again, up to three times
    /// in all, so `body` must have no effects outside the database. A BEGIN that found its
    /// connection closed by the server before sending starts over on another (`retryingUnsent`).
    public func transaction<T: Sendable>(_ body: @Sendable (PostgresTransaction) async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await logged("transaction") {
                    try await retryingUnsent {
                        try await withConnection { connection in
                            try await runTransaction(on: connection, body)
                        }
                    }
                }
            } catch let error as PostgresError where error.kind == .serializationFailure && attempt < Self.transactionAttempts {
                logger.info("transaction retried", [("attempt", String(attempt)), ("sqlstate", error.sqlState ?? "")])
                attempt += 1
                // A little jitter so the transactions that collided do not collide again.
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(10 * attempt))))
            }
        }
    }

    private func runTransaction<T: Sendable>(on connection: PostgresConnection, _ body: @Sendable (PostgresTransaction) async throws -> T)
        async throws -> T
    {
        let transaction = PostgresTransaction(connection: connection, unnamedStatements: configuration.unnamedStatements)
        try await connection.control(.begin).get()
        do {
            let value = try await body(transaction)
            try await connection.control(.commit).get()
            return value
        } catch {
            // A failed ROLLBACK leaves the block open; the pool then closes the connection.
            _ = await connection.control(.rollback)
            throw error
        }
    }
}
