import Foundation
import RuntimeCore
import RuntimePostgres
import XCTest

/// The throwaway PostgreSQL cluster the tests share: started once per test process in a temp
/// directory and stopped (and deleted) when the test bundle finishes.
enum TestCluster {
    static let logger = Logger(
        label: "postgres-tests", level: LogLevel(name: ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "") ?? .error)

    /// Settings that make a disposable cluster fast; durability does not matter here.
    static let fastSettings = ["fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "200"]

    static let directory = "/tmp/pgtests-\(getpid())"

    private static let started: Result<String, any Error> = Result {
        Cleanup.registerOnce()
        return try DevelopmentDatabase.start(directory: directory, logger: logger, settings: fastSettings)
    }

    /// The URL of the shared cluster's `postgres` database.
    static func url() throws -> String {
        try started.get()
    }

    /// A new, empty database on the shared cluster, so test cases never see each other's tables.
    static func freshDatabase() async throws -> String {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        return try await DevelopmentDatabase.createDatabase(name: String(name), url: try url(), logger: logger)
    }

    /// A client on a fresh database.
    static func client(
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

    /// Clusters started by tests, stopped when the bundle ends.
    static let extraDirectories = LockedList()
}

/// Stops every cluster the tests started once the whole bundle has run.
final class Cleanup: NSObject, XCTestObservation, @unchecked Sendable {
    // @unchecked: no stored state; XCTest calls it on the main thread after every test.
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered = false
    // nonisolated(unsafe): only touched under `lock`.

    /// Registers the observer the first time a test starts a cluster.
    static func registerOnce() {
        let first = lock.withLock {
            defer { registered = true }
            return !registered
        }
        guard first else { return }
        DispatchQueue.main.async {
            XCTestObservationCenter.shared.addTestObserver(Cleanup())
        }
    }

    func testBundleDidFinish(_ testBundle: Bundle) {
        for directory in [TestCluster.directory] + TestCluster.extraDirectories.items {
            try? DevelopmentDatabase.stop(directory: directory, mode: "immediate")
            removeTree(directory)
        }
    }
}

/// A thread-safe list of strings.
final class LockedList: Sendable {
    private let storage = NSLock()
    nonisolated(unsafe) private var values: [String] = []
    // nonisolated(unsafe): every access is under `storage`.

    func append(_ value: String) {
        Cleanup.registerOnce()
        storage.withLock { values.append(value) }
    }

    var items: [String] { storage.withLock { values } }
}

/// Deletes a directory tree, retrying while a daemon that is still exiting (pgbouncer, postgres)
/// removes or writes files in it at the same time.
func removeTree(_ directory: String) {
    for _ in 0..<20 {
        try? FileManager.default.removeItem(atPath: directory)
        guard FileManager.default.fileExists(atPath: directory) else { return }
        Thread.sleep(forTimeInterval: 0.05)
    }
}
