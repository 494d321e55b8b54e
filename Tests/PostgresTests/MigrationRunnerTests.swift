import PostgresTestCluster
import RuntimePostgres
import XCTest

final class MigrationRunnerTests: XCTestCase {
    private let migrations = [
        Migration(version: 1, name: "0001_create_log.sql", sql: "CREATE TABLE log (entry text NOT NULL); SELECT pg_sleep(0.3);"),
        Migration(version: 2, name: "0002_log.sql", sql: "INSERT INTO log VALUES ('applied 2');"),
        Migration(version: 3, name: "0003_index.sql", sql: "CREATE INDEX log_entry ON log (entry);"),
    ]
    private static let logCount = PreparedStatement(name: "log_count", sql: "SELECT count(*) FROM log")
    private static let recorded = PreparedStatement(
        name: "recorded", sql: "SELECT version, name, length(checksum) FROM schema_migrations ORDER BY version")

    func testConcurrentRunnersApplyEachMigrationExactlyOnce() async throws {
        let url = try await TestCluster.freshDatabase()
        let first = PostgresClient(configuration: PostgresConfiguration(url: url), logger: TestCluster.logger)
        let second = PostgresClient(configuration: PostgresConfiguration(url: url), logger: TestCluster.logger)
        let migrations = self.migrations
        async let appliedByFirst = MigrationRunner(client: first, logger: TestCluster.logger).migrate(migrations)
        async let appliedBySecond = MigrationRunner(client: second, logger: TestCluster.logger).migrate(migrations)
        let applied = try await [appliedByFirst, appliedBySecond]
        XCTAssertEqual(applied.flatMap { $0 }.sorted(), [1, 2, 3], "each version applied by exactly one runner: \(applied)")

        let entries = try await first.query(Self.logCount).rows[0].decode(0, as: Int.self)
        XCTAssertEqual(entries, 1)
        let rows = try await first.query(Self.recorded).rows
        XCTAssertEqual(try rows.map { try $0.decode(0, as: Int.self) }, [1, 2, 3])
        XCTAssertEqual(try rows.map { try $0.decode(1, as: String.self) }, migrations.map(\.name))
        XCTAssertEqual(try rows.map { try $0.decode(2, as: Int.self) }, [64, 64, 64])

        let again = try await MigrationRunner(client: first, logger: TestCluster.logger).migrate(migrations)
        XCTAssertEqual(again, [], "a second run applies nothing")
        await first.shutdown()
        await second.shutdown()
    }

    func testEditedMigrationIsRefusedWithAClearMessage() async throws {
        let client = try await TestCluster.client()
        let runner = MigrationRunner(client: client, logger: TestCluster.logger)
        try await runner.migrate(migrations)
        var edited = migrations
        edited[1].sql = "INSERT INTO log VALUES ('edited');"
        do {
            try await runner.migrate(edited + [Migration(version: 4, name: "0004_more.sql", sql: "SELECT 1")])
            XCTFail("an edited migration must be refused")
        } catch let error as MigrationError {
            guard case .checksumMismatch(let version, let name, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(version, 2)
            XCTAssertEqual(name, "0002_log.sql")
            XCTAssertTrue(error.description.hasPrefix("migration 2 (0002_log.sql) was edited after it was applied"), error.description)
        }
        let versions = try await client.query(Self.recorded).rows.count
        XCTAssertEqual(versions, 3, "nothing else was applied")
        await client.shutdown()
    }

    func testFailingMigrationIsRolledBackAndNamed() async throws {
        let client = try await TestCluster.client()
        let runner = MigrationRunner(client: client, logger: TestCluster.logger)
        let broken = Migration(version: 4, name: "0004_broken.sql", sql: "CREATE TABLE half (id int); SELECT no_such_column FROM log;")
        do {
            try await runner.migrate(migrations + [broken])
            XCTFail("expected the broken migration to fail")
        } catch let error as MigrationError {
            XCTAssertTrue(error.description.hasPrefix("migration 4 (0004_broken.sql) failed and was rolled back"), error.description)
        }
        let exists = try await client.query(PreparedStatement(name: "half_exists", sql: "SELECT to_regclass('half') IS NULL"))
        XCTAssertEqual(try exists.rows[0].decode(0, as: Bool.self), true)
        let versions = try await client.query(Self.recorded).rows.count
        XCTAssertEqual(versions, 3)
        // The lock was released: a fixed migration list runs at once.
        try await runner.migrate(migrations + [Migration(version: 4, name: "0004_fixed.sql", sql: "CREATE TABLE half (id int);")])
        await client.shutdown()
    }

    func testDuplicateVersionsAreRefused() async throws {
        let client = try await TestCluster.client()
        do {
            try await MigrationRunner(client: client, logger: TestCluster.logger).migrate(
                [Migration(version: 1, name: "a.sql", sql: ""), Migration(version: 1, name: "b.sql", sql: "")])
            XCTFail("duplicate versions must be refused")
        } catch let error as MigrationError {
            XCTAssertEqual(error.description, "migration version 1 is used by more than one file: a.sql, b.sql")
        }
        await client.shutdown()
    }
}
