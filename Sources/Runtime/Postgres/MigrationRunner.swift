import RuntimeCore

/// Brings the schema up to date at start-up.
///
/// The whole run holds a session advisory lock, so several instances starting together apply
/// each migration exactly once: the others wait, then find it recorded in `schema_migrations`.
/// Needs a session-pooled or direct connection (not PgBouncer transaction pooling).
public struct MigrationRunner: Sendable {
    /// An arbitrary constant ("specmigr") shared by every instance of every version.
    static let lockKey: Int64 = 0x7370_6563_6d69_6772
    static let lockPollInterval: Duration = .milliseconds(50)

    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Applies the migrations not yet recorded, in version order, and returns their versions.
    @discardableResult
    public func migrate(_ migrations: [Migration]) async throws -> [Int] {
        let ordered = try Self.checkedOrder(migrations)
        return try await client.withConnection { connection in
            try await waitForLock(connection)
            do {
                let applied = try await apply(ordered, on: connection)
                _ = await connection.run { $0.execute("SELECT pg_advisory_unlock(\(Self.lockKey))") }
                return applied
            } catch {
                _ = await connection.run { $0.execute("SELECT pg_advisory_unlock(\(Self.lockKey))") }
                throw error
            }
        }
    }

    private func apply(_ migrations: [Migration], on connection: PostgresConnection) async throws -> [Int] {
        _ = try await connection.run { $0.execute(Self.createTable) }.get()
        let recorded = try await connection.run { $0.query(Self.selectApplied, PostgresBindings(), unnamed: true) }.get()
        var appliedChecksums: [Int: String] = [:]
        for row in recorded.rows {
            appliedChecksums[try row.decode(0, as: Int.self)] = try row.decode(1, as: String.self)
        }
        for migration in migrations {
            if let applied = appliedChecksums[migration.version], applied != migration.checksum {
                throw MigrationError.checksumMismatch(
                    version: migration.version, name: migration.name, applied: applied, current: migration.checksum)
            }
        }
        var newlyApplied: [Int] = []
        for migration in migrations where appliedChecksums[migration.version] == nil {
            logger.info("applying migration", [("version", String(migration.version)), ("name", migration.name)])
            let result = await connection.run { session in Self.applyOne(migration, session) }
            if case .failure(let error) = result {
                throw MigrationError.failed(version: migration.version, name: migration.name, error: error)
            }
            newlyApplied.append(migration.version)
        }
        return newlyApplied
    }

    /// Polls `pg_try_advisory_lock` rather than blocking in `pg_advisory_lock`, so the wait is not
    /// cut short by `statement_timeout` and holds no thread.
    private func waitForLock(_ connection: PostgresConnection) async throws {
        var waited: Duration = .zero
        while true {
            let result = try await connection.run { $0.execute("SELECT pg_try_advisory_lock(\(Self.lockKey))") }.get()
            if try result.first?.decode(0, as: Bool.self) == true { return }
            if waited == .zero { logger.info("waiting for another instance to finish migrating") }
            try await Task.sleep(for: Self.lockPollInterval)
            waited += Self.lockPollInterval
        }
    }

    /// One migration and its record, in one transaction, on the connection's thread.
    private static func applyOne(_ migration: Migration, _ session: ConnectionSession) -> Result<Void, PostgresError> {
        var bindings = PostgresBindings()
        bindings.append(Int64(migration.version))
        bindings.append(migration.name)
        bindings.append(migration.checksum)
        let steps: [(ConnectionSession) -> Result<PostgresResult, PostgresError>] = [
            { $0.execute("BEGIN; SET LOCAL statement_timeout = 0") },
            { $0.execute(migration.sql) },
            { $0.query(insertApplied, bindings, unnamed: true) },
        ]
        for step in steps {
            if case .failure(let error) = step(session) {
                _ = session.execute("ROLLBACK")
                return .failure(error)
            }
        }
        return session.commit()
    }

    private static func checkedOrder(_ migrations: [Migration]) throws -> [Migration] {
        let byVersion = Dictionary(grouping: migrations, by: \.version)
        if let (version, duplicates) = byVersion.first(where: { $0.value.count > 1 }) {
            throw MigrationError.duplicateVersion(version, names: duplicates.map(\.name))
        }
        return migrations.sorted { $0.version < $1.version }
    }

    static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version bigint PRIMARY KEY,
            name text NOT NULL,
            checksum text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """
    static let selectApplied = PreparedStatement(
        name: "schema_migrations_select", sql: "SELECT version, checksum FROM schema_migrations ORDER BY version")
    static let insertApplied = PreparedStatement(
        name: "schema_migrations_insert",
        sql: "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, now())")
}
