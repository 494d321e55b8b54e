import Dispatch
import Foundation
import PostgresTestCluster
import RawHTTPClient
import RuntimeCore
import RuntimeHTTP
import RuntimePostgres
import Synchronization

/// Runs test code where request handlers run: on an HTTP event loop (docs/decisions/0006).
enum OnEventLoop {
    /// Runs `body` as the handler of one request to a one-loop `HTTPServer`, i.e. on that
    /// loop's thread, and returns what it returned.
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let outcome = Mutex<Result<T, any Error>?>(nil)
        let server = HTTPServer(
            configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loops: 1), logger: TestCluster.logger,
            responder: { _ in
                let result: Result<T, any Error>
                do {
                    result = .success(try await body())
                } catch {
                    result = .failure(error)
                }
                outcome.withLock { $0 = result }
                return Response(status: 204)
            })
        let port = try server.start()
        defer { server.shutdown() }
        let status = try await get(port: port)
        guard status == "HTTP/1.1 204" else { throw TestError("the request answered \(status)") }
        guard let result = outcome.withLock({ $0 }) else { throw TestError("the handler did not run") }
        return try result.get()
    }

    /// One `GET /` (on a dispatch thread: the client blocks); the status line's first 12 bytes.
    private static func get(port: Int) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        let client = try RawClient(port: port, timeout: 30)
                        client.send("GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
                        return "HTTP/1.1 \(try client.readResponse().status)"
                    })
            }
        }
    }

    private struct TestError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
