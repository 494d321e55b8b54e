import Foundation
import RuntimeCore
import RuntimeDevelopment
import RuntimePostgres

/// The throwaway PostgreSQL cluster of a test process, shared by every test target that needs a
/// database (one `swift test` process runs them all): started on first use in a temp directory,
/// stopped and deleted at exit (`TestCleanup`). Each test case takes a fresh database on it, so
/// none sees another's tables.
public enum TestCluster {
    public static let logger = Logger(
        label: "tests", level: LogLevel(name: ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "") ?? .error)

    /// Settings that make a disposable cluster fast; durability does not matter here.
    public static let fastSettings = ["fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "200"]

    /// Everything this process creates on disk lives under here.
    public static let root = "/tmp/spec-server-tests-\(getpid())"
    /// The shared cluster.
    public static let directory = root + "/cluster"

    private static let started: Result<String, any Error> = Result {
        TestCleanup.addCluster(directory)
        return try DevelopmentDatabase.start(directory: directory, logger: logger, settings: fastSettings)
    }

    /// The URL of the shared cluster's `postgres` database.
    public static func url() throws -> String {
        try started.get()
    }

    /// A new, empty database on the shared cluster.
    public static func freshDatabase() async throws -> String {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        return try await DevelopmentDatabase.createDatabase(name: String(name), url: try url(), logger: logger)
    }

    /// A client on a fresh database.
    public static func client(
        poolSize: Int = 3, maxOverflow: Int = 2, acquireTimeout: Duration = .seconds(5),
        statementTimeout: Duration = .seconds(10), unnamedStatements: Bool = false,
        overflowIdleTimeout: Duration = .seconds(10), loopPipelining: Bool = true
    ) async throws -> PostgresClient {
        let configuration = PostgresConfiguration(
            url: try await freshDatabase(), poolSize: poolSize, maxOverflow: maxOverflow, acquireTimeout: acquireTimeout,
            statementTimeout: statementTimeout, unnamedStatements: unnamedStatements, overflowIdleTimeout: overflowIdleTimeout,
            loopPipelining: loopPipelining)
        return PostgresClient(configuration: configuration, logger: logger)
    }

    /// A directory of a test's own under `root` (not created), for a cluster or a daemon's files:
    /// a cluster started there is stopped at exit, and the directory deleted with `root`.
    public static func privateDirectory(_ name: String) -> String {
        let directory = root + "/" + name
        TestCleanup.addCluster(directory)
        return directory
    }

    /// Another cluster, for tests that stop, crash or reconfigure their database, in
    /// `privateDirectory(name)`. Its commits are synchronous unless `settings` say otherwise: an
    /// immediate stop is a crash, and asynchronous commits still in WAL buffers would be lost
    /// (fsync=off is harmless since the machine itself does not crash).
    public static func startPrivateCluster(
        name: String, tcpPort: Int? = nil, settings: [String: String] = fastSettings.filter { $0.key != "synchronous_commit" }
    ) throws -> (directory: String, url: String) {
        let directory = privateDirectory(name)
        return (directory, try DevelopmentDatabase.start(directory: directory, logger: logger, tcpPort: tcpPort, settings: settings))
    }

    /// Runs one statement (no parameters) against `url` on a client of its own.
    public static func execute(_ sql: String, url: String) async throws {
        let client = PostgresClient(configuration: PostgresConfiguration(url: url, poolSize: 1, maxOverflow: 0), logger: logger)
        do {
            try await client.execute(sql)
        } catch {
            await client.shutdown()
            throw error
        }
        await client.shutdown()
    }
}
