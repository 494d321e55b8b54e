import Dispatch
import RawHTTPClient
import RuntimeCore
import XCTest

@testable import RuntimeHTTP

/// A server on an ephemeral loopback port with a small route table, for integration tests.
final class TestServer {
    let server: HTTPServer
    let port: Int

    static let routes: [Route] = [
        Route(.GET, "/health") { _ in Response.json(200, Array(#"{"status":"ok"}"#.utf8)) },
        Route(.GET, "/items/{id}") { request in
            Response(status: 200, body: Array((request.pathParameters["id"] ?? "?").utf8))
        },
        Route(.DELETE, "/items/{id}") { _ in Response.noContent() },
        Route(.POST, "/echo") { request in Response(status: 200, body: Array("\(request.body.count)".utf8)) },
        Route(.GET, "/slow") { request in
            let millis = Int(request.queryValue("ms") ?? "300") ?? 300
            try await Task.sleep(for: .milliseconds(millis))
            return Response(status: 200, body: Array("slow \(millis)".utf8))
        },
        // A badly behaved handler: blocks the loop thread it runs on until the test releases it,
        // so nothing else on that loop happens meanwhile (for tests of what the kernel holds
        // while a loop is busy).
        Route(.GET, "/stall") { _ in
            holdLoopThread()
            return Response(status: 200, body: Array("stalled".utf8))
        },
        Route(.GET, "/big") { _ in Response(status: 200, body: [UInt8](repeating: 0x61, count: 256 * 1024)) },
        Route(.GET, "/fail") { _ in throw RawClientError(description: "secret internal detail") },
        Route(.GET, "/teapot") { _ in throw HTTPError(status: 418, detail: "I'm a teapot") },
    ]

    /// `/stall` signals `stallEntered` once it holds its loop thread, and lets go when the test
    /// signals `stallRelease` (or after 10 s).
    static let stallEntered = DispatchSemaphore(value: 0)
    static let stallRelease = DispatchSemaphore(value: 0)

    private static func holdLoopThread() {
        stallEntered.signal()
        _ = stallRelease.wait(timeout: .now() + 10)
    }

    init(
        _ configure: (inout ServerConfiguration) -> Void = { _ in },
        cors: CORSPolicy? = nil,
        responder: Handler? = nil
    ) throws {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, loops: 2, handlesSignals: false)
        configure(&configuration)
        let logger = Logger(label: "test", level: .error)
        let router = Router(routes: Self.routes, logger: logger)
        server = HTTPServer(configuration: configuration, cors: cors, logger: logger, responder: responder ?? router.handler)
        port = try server.start()
    }

    func client(timeout: Double = 5) throws -> RawClient {
        try RawClient(port: port, timeout: timeout)
    }

    /// Shuts down and waits (from a synchronous test) for every loop to exit.
    @discardableResult
    func stop(timeout: Double = 15) -> Bool {
        server.shutdown()
        return waitUntilStopped(timeout: timeout)
    }

    func waitUntilStopped(timeout: Double) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let server = self.server
        Task {
            await server.waitUntilStopped()
            done.signal()
        }
        return done.wait(timeout: .now() + timeout) == .success
    }

    deinit {
        server.shutdown()
    }
}

func get(_ path: String, _ extra: String = "") -> String {
    "GET \(path) HTTP/1.1\r\nHost: test\r\n\(extra)\r\n"
}
