import Foundation
import RawHTTPClient
import Runtime
import Synchronization

/// Starts a generated API's server in this test process, the way its `main.swift` would, on a
/// port the kernel reports free, and waits until `/health` answers.
///
/// The configuration goes through the environment (the server reads it at start-up), so the
/// servers of one test process start one after another. A port can still be taken between
/// `freePort()` and the server's bind; the server then stops at once, and this tries another.
enum InProcessServer {
    /// Returns the port the server listens on.
    static func start<API: APIDefinition>(
        _ api: API.Type, handlers: API.Handlers, name: String, environment: [(String, String)]
    ) throws -> Int {
        var failures: [String] = []
        for _ in 0..<3 {
            let port = try freePort()
            for (key, value) in environment + [("PORT", String(port)), ("HOST", "127.0.0.1"), ("ENV_FILE", "/nonexistent/.env")] {
                setenv(key, value, 1)
            }
            let exit = ExitBox()
            Task.detached {
                exit.set(await ServerMain.run(api, handlers: handlers, arguments: ["\(name)-server", "serve"]))
            }
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                // Healthy and still running: a server that failed to bind has returned, and the
                // answer came from whoever holds the port.
                if let response = try? LibraryEndToEndTests.call(port, "GET", "/health"), response.status == 200, exit.code == nil {
                    return port
                }
                if let code = exit.code {
                    failures.append("port \(port): the server stopped with exit code \(code)")
                    break
                }
                usleep(50_000)
            }
            if exit.code == nil { throw RawClientError(description: "the \(name) server did not become healthy within 30 s") }
        }
        throw RawClientError(description: "the \(name) server did not start: \(failures.joined(separator: "; "))")
    }

    /// The exit code of a server task, once it has returned.
    private final class ExitBox: Sendable {
        private let value = Mutex<Int32?>(nil)
        var code: Int32? { value.withLock { $0 } }
        func set(_ code: Int32) { value.withLock { $0 = code } }
    }
}
