import Foundation
import Glibc
import PostgresTestCluster
import RawHTTPClient
import RuntimeSystem

/// The real `todo-server` executable running as a child process, driven only over HTTP and signals.
final class ServerProcess: @unchecked Sendable {
    // @unchecked: `pid`, `port`, `logPath` are immutable; `exitCode` is guarded by `state`.
    let pid: pid_t
    let port: Int
    let logPath: String
    let client: HTTPClient
    /// The `DATABASE_URL` it was given.
    let databaseURL: String?
    private let state = LockedBox<Int32?>(nil)

    static let secret = "e2e-test-secret-0123456789abcdef"  // exactly 32 characters: the minimum
    static let origin = "http://frontend.e2e.test:3000"

    /// `todo-server`, built by `swift build`/`swift test` into the same folder as the test bundle.
    static let executablePath: String? = {
        if let explicit = ProcessInfo.processInfo.environment["TODO_SERVER_PATH"] { return explicit }
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append((exe as NSString).deletingLastPathComponent + "/todo-server")
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("todo-server").path)
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("todo-server").path)
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for scratch in [".build-e2e", ".build"] {
            candidates.append(package.appendingPathComponent("\(scratch)/debug/todo-server").path)
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The environment of a correctly configured server on `databaseURL`.
    static func environment(databaseURL: String, port: Int) -> [String: String] {
        [
            "DATABASE_URL": databaseURL, "BETTER_AUTH_SECRET": secret, "PORT": String(port),
            "FRONTEND_URL": origin, "HOST": "127.0.0.1", "LOG_LEVEL": "info",
        ]
    }

    /// Spawns the server with exactly `environment` (plus PATH), working directory a fresh empty
    /// folder (so no stray `.env` is read), output to a log file. Does not wait for it.
    /// `dotEnv`, if given, is written to `.env` in that folder first.
    init(environment: [String: String], port: Int, name: String = "server", arguments: [String] = [], dotEnv: String? = nil) throws {
        guard let executable = Self.executablePath else {
            throw HTTPClientError(
                description: "todo-server not found next to the test bundle; run `swift build` first or set TODO_SERVER_PATH")
        }
        let directory = TestCluster.root + "/\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let dotEnv { try dotEnv.write(toFile: directory + "/.env", atomically: true, encoding: .utf8) }
        self.port = port
        self.logPath = directory + "/server.log"
        self.client = HTTPClient(port: port)
        self.databaseURL = environment["DATABASE_URL"]

        var env = environment
        env["PATH"] = env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        do {
            pid = try Syscall.spawn(
                [executable] + arguments, environment: env.map { "\($0.key)=\($0.value)" }, outputPath: logPath,
                workingDirectory: directory)
        } catch {
            throw HTTPClientError(description: "posix_spawn \(executable): \(error.errno)")
        }
        TestCleanup.addProcess(pid)
    }

    /// Starts a server on a fresh database of the shared cluster and waits until it is healthy.
    static func start(name: String = "server", databaseURL: String? = nil, extraEnvironment: [String: String] = [:]) throws -> ServerProcess
    {
        let url = try databaseURL ?? TestCluster.freshDatabase()
        let port = try RawHTTPClient.freePort()
        let server = try ServerProcess(
            environment: environment(databaseURL: url, port: port).merging(extraEnvironment) { $1 }, port: port, name: name)
        do {
            try server.waitUntilHealthy()
        } catch {
            server.stop()
            throw error
        }
        return server
    }

    /// Polls `/health` until it answers 200; fails early if the process exits.
    func waitUntilHealthy(timeout: Double = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let code = pollExit() {
                throw HTTPClientError(description: "server exited with \(code) before becoming healthy:\n\(logTail())")
            }
            if let response = try? client.request("GET", "/health", timeout: 2), response.status == 200 { return }
            usleep(20_000)
        }
        throw HTTPClientError(description: "server not healthy after \(timeout) s:\n\(logTail())")
    }

    /// The exit code (or 128 + signal) if the process has ended, without blocking.
    func pollExit() -> Int32? {
        if let code = state.current { return code }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return nil }
        return recordExit(status)
    }

    /// Waits up to `timeout` seconds for the process to end; nil if it is still running.
    func waitForExit(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let code = pollExit() { return code }
            usleep(10_000)
        } while Date() < deadline
        return nil
    }

    private func recordExit(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        state.set(code)
        TestCleanup.removeProcess(pid)
        return code
    }

    var isRunning: Bool { pollExit() == nil }

    func signal(_ number: Int32) {
        if isRunning { kill(pid, number) }
    }

    /// SIGTERM, then SIGKILL if it has not exited within a few seconds; always reaps.
    func stop() {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        if waitForExit(timeout: 5) == nil {
            kill(pid, SIGKILL)
            _ = waitForExit(timeout: 5)
        }
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    func logTail(lines: Int = 30) -> String {
        log.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }
}
