import Foundation
import Runtime

/// The throwaway PostgreSQL cluster of this test process, in a temp directory: started on first
/// use, stopped and deleted at exit. Each server under test gets a fresh database on it.
enum TestCluster {
    static let logger = Logger(label: "todo-e2e", level: LogLevel(name: ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "") ?? .error)

    /// Durability does not matter for a disposable cluster; speed does.
    static let fastSettings = ["fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "200"]

    /// Everything this process creates on disk lives under here.
    static let root = "/tmp/todo-e2e-\(getpid())"
    static let directory = root + "/cluster"

    private static let started: Result<String, any Error> = Result {
        Cleanup.install()
        Cleanup.clusters.update { $0.append(directory) }
        return try DevelopmentDatabase.start(directory: directory, logger: logger, settings: fastSettings)
    }

    /// The URL of the cluster's `postgres` database.
    static func url() throws -> String { try started.get() }

    /// A new empty database, so every server under test starts from a clean schema.
    static func freshDatabase() throws -> String {
        let admin = try url()
        let name = "todo_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        return try blocking { try await DevelopmentDatabase.createDatabase(name: String(name), url: admin, logger: logger) }
    }

    /// Another cluster, for tests that stop and restart their database. Its commits are
    /// synchronous: an immediate stop is a crash, and asynchronous commits still in WAL buffers
    /// would be lost (fsync=off is harmless since the machine itself does not crash).
    static func startPrivateCluster(name: String) throws -> (directory: String, url: String) {
        Cleanup.install()
        let directory = root + "/" + name
        Cleanup.clusters.update { $0.append(directory) }
        let settings = fastSettings.filter { $0.key != "synchronous_commit" }
        return (directory, try DevelopmentDatabase.start(directory: directory, logger: logger, settings: settings))
    }

    /// Runs one statement (no parameters) against `url`.
    static func execute(_ sql: String, url: String) throws {
        try blocking {
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
}

/// Kills every server process and stops every cluster this test process started, at exit
/// (XCTest on Linux ends with `exit`, which runs `atexit` handlers) or when asked.
enum Cleanup {
    static let processes = LockedBox<Set<pid_t>>([])
    static let clusters = LockedBox<[String]>([])

    private static let installed: Bool = {
        atexit { Cleanup.run() }
        return true
    }()

    static func install() { _ = installed }

    static func run() {
        for pid in processes.current {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        processes.set([])
        for directory in clusters.current {
            try? DevelopmentDatabase.stop(directory: directory, mode: "immediate")
        }
        clusters.set([])
        // TODO_E2E_KEEP=1 keeps the server logs (the clusters are stopped either way).
        if ProcessInfo.processInfo.environment["TODO_E2E_KEEP"] == nil {
            try? FileManager.default.removeItem(atPath: TestCluster.root)
        }
    }
}
