import Foundation
import PostgresTestCluster
import RawHTTPClient
import RuntimeDevelopment
import XCTest

@testable import RuntimePostgres

#if canImport(Glibc)
    import Glibc
#endif

/// The two hosted-Postgres set-ups: behind PgBouncer in transaction pooling, and over TLS.
final class PostgresDeploymentTests: XCTestCase {
    private static let one = PreparedStatement(name: "one", sql: "SELECT $1::int")

    func testThroughPgBouncerInTransactionModeWithUnnamedStatements() async throws {
        let pgbouncer = "/usr/sbin/pgbouncer"
        guard FileManager.default.isExecutableFile(atPath: pgbouncer) else { throw XCTSkip("pgbouncer is not installed") }
        let clusterURL = try TestCluster.url()
        let database = try await TestCluster.freshDatabase()
        let databaseName = try XCTUnwrap(
            try PostgresConfiguration(url: database).connectionParameters().first { $0.key == "dbname" }?.value)

        let directory = TestCluster.privateDirectory("bouncer")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let clusterHost = try XCTUnwrap(try PostgresConfiguration(url: clusterURL).connectionParameters().first { $0.key == "host" }?.value)
        try """
        [databases]
        * = host=\(clusterHost) port=5432
        [pgbouncer]
        listen_addr =
        listen_port = 6432
        unix_socket_dir = \(directory)
        auth_type = trust
        auth_file = \(directory)/users.txt
        pool_mode = transaction
        default_pool_size = 2
        max_client_conn = 100
        logfile = \(directory)/pgbouncer.log
        pidfile = \(directory)/pgbouncer.pid
        """.write(toFile: directory + "/pgbouncer.ini", atomically: false, encoding: .utf8)
        try "\"postgres\" \"\"\n".write(toFile: directory + "/users.txt", atomically: false, encoding: .utf8)
        let asPostgres = geteuid() == 0
        if asPostgres { try giveToPostgres(directory) }
        try CommandRunner.check([pgbouncer, "-d", directory + "/pgbouncer.ini"], asPostgres: asPostgres, logFile: directory + "/start.log")
        defer { stopDaemon(pidFile: directory + "/pgbouncer.pid") }
        // `-d` returns before the daemon has created its socket.
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: directory + "/.s.PGSQL.6432") {
            try await Task.sleep(for: .milliseconds(20))
        }

        let configuration = try PostgresConfiguration.fromEnvironment([
            "DATABASE_URL": "host=\(directory) port=6432 dbname=\(databaseName) user=postgres",
            "DB_PREPARED_STATEMENTS": "off", "DB_POOL_SIZE": "6", "DB_MAX_OVERFLOW": "0",
        ])
        let client = PostgresClient(configuration: configuration, logger: TestCluster.logger)
        try await client.execute("CREATE TABLE bounced (n int)")
        let one = Self.one
        let insert = PreparedStatement(name: "bounced_insert", sql: "INSERT INTO bounced VALUES ($1)")
        let sum = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<60 {
                let binds: PostgresBindings = [index]
                group.addTask {
                    try await client.transaction { tx in
                        _ = try await tx.query(insert, binds)
                        return try await tx.query(one, binds).rows[0].decode(0, as: Int.self)
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        XCTAssertEqual(sum, (0..<60).reduce(0, +))
        let count = try await client.query(PreparedStatement(name: "bounced_count", sql: "SELECT count(*) FROM bounced")).rows[0].decode(
            0, as: Int.self)
        XCTAssertEqual(count, 60)
        await client.shutdown()
    }

    private static let bigText = PreparedStatement(name: "big_text", sql: "SELECT repeat('x', $1::int)")

    func testSSLModeRequireAgainstASelfSignedServer() async throws {
        let openssl = "/usr/bin/openssl"
        guard FileManager.default.isExecutableFile(atPath: openssl) else { throw XCTSkip("openssl is not installed") }
        let directory = TestCluster.privateDirectory("tls")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try CommandRunner.check(
            [
                openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", directory + "/server.key", "-out", directory + "/server.crt", "-days", "1", "-subj", "/CN=localhost",
            ], asPostgres: false, logFile: directory + "/openssl.log")
        chmod(directory + "/server.key", 0o600)
        if geteuid() == 0 { try giveToPostgres(directory) }
        let port = try freePort()
        _ = try DevelopmentDatabase.start(
            directory: directory, logger: TestCluster.logger, tcpPort: port,
            settings: TestCluster.fastSettings.merging([
                "ssl": "on", "ssl_cert_file": directory + "/server.crt", "ssl_key_file": directory + "/server.key",
            ]) { $1 })
        defer { try? DevelopmentDatabase.stop(directory: directory) }

        let sslInUse = PreparedStatement(name: "ssl_in_use", sql: "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        for (mode, expected) in [("require", true), ("disable", false)] {
            let url = "postgresql://postgres@127.0.0.1:\(port)/postgres?sslmode=\(mode)"
            let client = PostgresClient(
                configuration: try PostgresConfiguration.fromEnvironment(["DATABASE_URL": url]), logger: TestCluster.logger)
            let encrypted = try await client.query(sslInUse).rows[0].decode(0, as: Bool.self)
            XCTAssertEqual(encrypted, expected, mode)
            // Called from an event loop (decisions/0006, 0008): a plain connection answers there
            // (in the loop's pipeline), an encrypted one on its thread (TLS can hold decrypted
            // bytes no epoll watch announces); either way results of many records (and TLS
            // records) arrive whole.
            _ = try await client.query(Self.bigText, [300_000])
            func answeredOnLoops() -> Int {
                ReactorQuery.answered.load(ordering: .relaxed) + LoopPipeline.answered.load(ordering: .relaxed)
            }
            let before = answeredOnLoops()
            let lengths = try await OnEventLoop.run { () async throws -> [Int] in
                var lengths: [Int] = []
                for size in [10, 300_000, 70_000] {
                    lengths.append(try await client.query(Self.bigText, [size]).rows[0].decode(0, as: String.self).utf8.count)
                }
                return lengths
            }
            XCTAssertEqual(lengths, [10, 300_000, 70_000], mode)
            XCTAssertEqual(answeredOnLoops() - before, expected ? 0 : 3, mode)
            await client.shutdown()
        }
    }

    private func giveToPostgres(_ directory: String) throws {
        guard let account = getpwnam("postgres") else { throw XCTSkip("no postgres user") }
        for path in [directory] + ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).map({ directory + "/" + $0 }) {
            chown(path, account.pointee.pw_uid, account.pointee.pw_gid)
        }
    }

    /// SIGTERM, then waits (up to 2 s) for the daemon to be gone.
    private func stopDaemon(pidFile: String) {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return }
        kill(pid, SIGTERM)
        for _ in 0..<100 where kill(pid, 0) == 0 {
            Thread.sleep(forTimeInterval: 0.02)
        }
    }
}
