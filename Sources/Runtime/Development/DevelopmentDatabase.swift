import Foundation
import RuntimeCore
import RuntimePostgres
import RuntimeSystem

/// A private PostgreSQL 15 cluster for development and tests, used when `DATABASE_URL` is unset.
///
/// It lives in one directory (`data/` for the cluster, the unix socket beside it), trusts local
/// connections, and listens on the socket only unless a TCP port is asked for. PostgreSQL refuses
/// to run as root, so under root the directory is given to the `postgres` user and the tools run
/// as that user.
///
/// Development only: the `RuntimeDevelopment` module, which production code paths never reach
/// (the server uses it only when `DATABASE_URL` is unset; docs/decisions/0010).
public enum DevelopmentDatabase {
    public static let binDirectory = "/usr/lib/postgresql/15/bin"

    /// Initialises the cluster if needed, starts it if it is not running, and returns its URL.
    /// `settings` are extra `postgresql.conf` parameters (e.g. `fsync: off` for tests).
    public static func start(
        directory: String = ".devdb", logger: Logger, tcpPort: Int? = nil, settings: [String: String] = [:]
    ) throws -> String {
        let root = absolute(directory)
        let layout = Layout(root: root)
        try prepareDirectory(root, logger: logger)
        if !FileManager.default.fileExists(atPath: layout.data + "/PG_VERSION") {
            logger.info("initialising development database", [("directory", root)])
            try tool(
                "initdb",
                [
                    "-D", layout.data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--lc-ctype=C.UTF-8", "--no-sync",
                    "--no-instructions",
                ], layout)
        }
        try writeSettings(layout, tcpPort: tcpPort, settings: settings)
        if try !isRunning(layout) {
            logger.info("starting development database", [("directory", root)])
            try tool(
                "pg_ctl", ["start", "-D", layout.data, "-w", "-t", "60", "-s", "-l", layout.serverLog], layout,
                environment: serverEnvironment)
        }
        return url(directory: root, port: tcpPort ?? 5432, database: "postgres")
    }

    /// Whether the cluster in `directory` is running.
    public static func isRunning(directory: String) -> Bool {
        (try? isRunning(Layout(root: absolute(directory)))) ?? false
    }

    /// Stops the cluster. `mode` is pg_ctl's: `fast` (roll back sessions) or `immediate` (crash-like).
    public static func stop(directory: String = ".devdb", mode: String = "fast") throws {
        let layout = Layout(root: absolute(directory))
        guard try isRunning(layout) else { return }
        try tool("pg_ctl", ["stop", "-D", layout.data, "-m", mode, "-w", "-t", "60", "-s"], layout)
    }

    /// Starts an already initialised cluster again after `stop` (same settings as last time).
    public static func restart(directory: String = ".devdb") throws {
        let layout = Layout(root: absolute(directory))
        guard try !isRunning(layout) else { return }
        try tool(
            "pg_ctl", ["start", "-D", layout.data, "-w", "-t", "60", "-s", "-l", layout.serverLog], layout, environment: serverEnvironment)
    }

    /// Creates database `name` through `url` (any database of the same server) and returns the
    /// URL of the new database.
    public static func createDatabase(name: String, url: String, logger: Logger) async throws -> String {
        let admin = PostgresClient(configuration: PostgresConfiguration(url: url, poolSize: 1, maxOverflow: 0), logger: logger)
        do {
            try await admin.execute("CREATE DATABASE \"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            await admin.shutdown()
        } catch {
            await admin.shutdown()
            throw error
        }
        return try replacingDatabase(in: url, with: name)
    }

    /// The libpq URL of database `database` of the cluster in `directory`, over its unix socket
    /// (`port` names the socket file).
    public static func url(directory: String, port: Int = 5432, database: String = "postgres") -> String {
        let host =
            absolute(directory).addingPercentEncoding(
                withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "&=?#+"))) ?? directory
        let name =
            database.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#")))
            ?? database
        return "postgresql:///\(name)?host=\(host)&port=\(port)&user=postgres"
    }

    /// `url` with its `dbname` replaced, as a key/value connection string.
    public static func replacingDatabase(in url: String, with database: String) throws -> String {
        let parameters = try PostgresConfiguration(url: url).connectionParameters()
        let kept = parameters.filter { !["dbname", "client_encoding", "connect_timeout", "fallback_application_name"].contains($0.key) }
        return (kept + [(key: "dbname", value: database)]).map { "\($0.key)='\(escapeConnectionValue($0.value))'" }.joined(separator: " ")
    }

    // MARK: Helpers

    private struct Layout {
        var root: String
        var data: String { root + "/data" }
        var serverLog: String { root + "/postgres.log" }
        var commandLog: String { root + "/commands.log" }
    }

    private static var isRoot: Bool { Syscall.isRoot }

    private static func tool(_ name: String, _ arguments: [String], _ layout: Layout, environment: [String: String] = [:]) throws {
        try CommandRunner.check(
            [binDirectory + "/" + name] + arguments, asPostgres: isRoot, logFile: layout.commandLog, environment: environment)
    }

    /// The server's environment beyond ours: glibc's malloc thresholds fixed at the values its
    /// adaptive mode reaches at most, so that a backend stops returning memory to the kernel
    /// after every query that freed a little over 128 KB and taking it back for the next
    /// (docs/decisions/0009). Malloc settings of our own environment win, all or nothing.
    static var serverEnvironment: [String: String] {
        let own = ProcessInfo.processInfo.environment.keys.contains { $0.hasPrefix("MALLOC_") || $0 == "GLIBC_TUNABLES" }
        return own ? [:] : ["MALLOC_MMAP_THRESHOLD_": "33554432", "MALLOC_TRIM_THRESHOLD_": "67108864"]
    }

    private static func isRunning(_ layout: Layout) throws -> Bool {
        guard FileManager.default.fileExists(atPath: layout.data + "/PG_VERSION") else { return false }
        let (status, _) = try CommandRunner.run(
            [binDirectory + "/pg_ctl", "status", "-D", layout.data], asPostgres: isRoot, logFile: layout.commandLog)
        return status == 0
    }

    /// Creates the directory; under root hands it to `postgres` and makes sure that user can
    /// reach it through every parent.
    private static func prepareDirectory(_ root: String, logger: Logger) throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        guard isRoot else { return }
        guard let account = Syscall.account(named: "postgres") else {
            throw DevelopmentDatabaseError(message: "running as root but there is no postgres user to run the server as")
        }
        do {
            try Syscall.changeOwner(root, uid: account.uid, gid: account.gid)
        } catch {
            throw DevelopmentDatabaseError(message: "cannot give \(root) to the postgres user (errno \(error.errno))")
        }
        var parent = (root as NSString).deletingLastPathComponent
        while parent != "/" && !parent.isEmpty {
            if let mode = Syscall.fileMode(parent), mode & S_IXOTH == 0 {
                logger.warning("making directory traversable for the postgres user", [("directory", parent)])
                guard (try? Syscall.changeMode(parent, mode & 0o7777 | S_IXOTH)) != nil else {
                    throw DevelopmentDatabaseError(message: "the postgres user cannot reach \(root): \(parent) is not traversable")
                }
            }
            parent = (parent as NSString).deletingLastPathComponent
        }
    }

    /// The connection settings live in `devdb.conf`, included from `postgresql.conf`, so they can
    /// change between starts and no path goes through a shell.
    private static func writeSettings(_ layout: Layout, tcpPort: Int?, settings: [String: String]) throws {
        var lines = [
            "unix_socket_directories = '\(escapeConf(layout.root))'",
            "listen_addresses = '\(tcpPort == nil ? "" : "127.0.0.1")'",
            "port = \(tcpPort ?? 5432)",
        ]
        lines += settings.sorted { $0.key < $1.key }.map { "\($0.key) = '\(escapeConf($0.value))'" }
        let settingsPath = layout.data + "/devdb.conf"
        try (lines.joined(separator: "\n") + "\n").write(toFile: settingsPath, atomically: false, encoding: .utf8)
        let mainPath = layout.data + "/postgresql.conf"
        let main = try String(contentsOfFile: mainPath, encoding: .utf8)
        if !main.contains("include_if_exists = 'devdb.conf'") {
            try (main + "\ninclude_if_exists = 'devdb.conf'\n").write(toFile: mainPath, atomically: false, encoding: .utf8)
        }
        if isRoot, let account = Syscall.account(named: "postgres") {
            try? Syscall.changeOwner(settingsPath, uid: account.uid, gid: account.gid)
        }
    }

    private static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }

    private static func escapeConf(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''")
    }

    private static func escapeConnectionValue(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

/// The development cluster could not be set up.
public struct DevelopmentDatabaseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
