import Foundation
import Glibc
import RawHTTPClient
import RuntimeCore
import RuntimeSystem
import XCTest

@testable import RuntimeHTTP

/// Over real sockets: routing errors, CORS, and graceful shutdown.
final class ServerRoutingTests: XCTestCase {
    func testNotFoundAndMethodNotAllowed() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(get("/nope"))
        let notFound = try client.readResponse()
        XCTAssertEqual(notFound.status, 404)
        XCTAssertEqual(notFound.bodyText, #"{"detail":"Not Found"}"#)
        XCTAssertEqual(notFound.header("Content-Type"), "application/json")

        client.send("POST /items/1 HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n")
        let notAllowed = try client.readResponse()
        XCTAssertEqual(notAllowed.status, 405)
        XCTAssertEqual(notAllowed.bodyText, #"{"detail":"Method Not Allowed"}"#)
        XCTAssertEqual(notAllowed.header("Allow"), "GET, HEAD, DELETE, OPTIONS")
    }

    func testHandlerErrors() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(get("/fail"))
        let failed = try client.readResponse()
        XCTAssertEqual(failed.status, 500)
        XCTAssertEqual(failed.bodyText, #"{"detail":"Internal Server Error"}"#)
        client.send(get("/teapot"))
        let teapot = try client.readResponse()
        XCTAssertEqual(teapot.status, 418)
        XCTAssertEqual(teapot.bodyText, #"{"detail":"I'm a teapot"}"#)
    }

    func testCORSAllowedOriginPreflightAndForeignOrigin() throws {
        let policy = CORSPolicy(allowedOrigin: "http://localhost:3000")
        let server = try TestServer(cors: policy)
        defer { server.stop() }
        let client = try server.client()

        client.send(get("/health", "Origin: http://localhost:3000\r\n"))
        let allowed = try client.readResponse()
        XCTAssertEqual(allowed.header("Access-Control-Allow-Origin"), "http://localhost:3000")
        XCTAssertEqual(allowed.header("Access-Control-Allow-Credentials"), "true")
        XCTAssertEqual(allowed.header("Access-Control-Expose-Headers"), "Location, X-Total-Count")
        XCTAssertEqual(allowed.header("Vary"), "Origin")

        client.send(
            "OPTIONS /items/1 HTTP/1.1\r\nHost: t\r\nOrigin: http://localhost:3000\r\nAccess-Control-Request-Method: DELETE\r\nAccess-Control-Request-Headers: authorization\r\n\r\n"
        )
        let preflight = try client.readResponse()
        XCTAssertEqual(preflight.status, 204)
        XCTAssertEqual(preflight.header("Access-Control-Allow-Origin"), "http://localhost:3000")
        XCTAssertTrue(preflight.header("Access-Control-Allow-Methods")?.contains("DELETE") ?? false)
        XCTAssertTrue(preflight.header("Access-Control-Allow-Headers")?.contains("Authorization") ?? false)
        XCTAssertTrue(preflight.header("Access-Control-Allow-Headers")?.contains("Content-Type") ?? false)
        XCTAssertNotNil(preflight.header("Access-Control-Max-Age"))

        client.send(get("/health", "Origin: http://evil.example\r\n"))
        let foreign = try client.readResponse()
        XCTAssertEqual(foreign.status, 200)
        XCTAssertNil(foreign.header("Access-Control-Allow-Origin"))

        client.send("OPTIONS /items/1 HTTP/1.1\r\nHost: t\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: DELETE\r\n\r\n")
        let foreignPreflight = try client.readResponse()
        XCTAssertLessThan(foreignPreflight.status, 500)
        XCTAssertNil(foreignPreflight.header("Access-Control-Allow-Origin"))
    }

    func testShutdownLetsInFlightRequestFinish() throws {
        let server = try TestServer()
        let busy = try server.client()
        let idle = try server.client()
        idle.send(get("/health"))
        XCTAssertEqual(try idle.readResponse().status, 200)
        busy.send(get("/slow?ms=500"))
        Thread.sleep(forTimeInterval: 0.1)
        let started = Date()
        server.server.shutdown()
        // The idle keep-alive connection is closed at once; the busy one gets its answer.
        XCTAssertTrue(idle.waitForClose())
        let response = try busy.readResponse()
        XCTAssertEqual(response.bodyText, "slow 500")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(server.waitUntilStopped(timeout: 5))
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
        XCTAssertThrowsError(try server.client(), "no longer accepting")
    }

    /// Requests already in the kernel when shutdown begins were sent before it: a request not
    /// yet read from a connection the loop thought idle, and one on a connection not yet
    /// accepted, are answered (with `Connection: close`), not reset.
    func testShutdownAnswersWhatTheKernelAlreadyHolds() throws {
        let server = try TestServer { $0.loops = 1 }
        let kept = try server.client()
        kept.send(get("/health"))
        XCTAssertEqual(try kept.readResponse().status, 200)
        let staller = try server.client()
        staller.send(get("/stall"))
        XCTAssertEqual(TestServer.stallEntered.wait(timeout: .now() + 5), .success, "the handler never ran")
        kept.send(get("/items/unread"))
        let late = try server.client()  // completed by the kernel, not accepted by the loop
        late.send(get("/items/unaccepted"))
        server.server.shutdown()  // queued now: the loop takes it before it looks at its sockets
        TestServer.stallRelease.signal()
        XCTAssertEqual(try staller.readResponse().bodyText, "stalled")
        let unread = try kept.readResponse()
        XCTAssertEqual(unread.bodyText, "unread")
        XCTAssertEqual(unread.header("Connection"), "close")
        XCTAssertEqual(try late.readResponse().bodyText, "unaccepted")
        XCTAssertTrue(server.waitUntilStopped(timeout: 5))
        XCTAssertThrowsError(try server.client(), "no longer accepting")
    }

    /// A connection accepted before shutdown whose request had not arrived yet (a client that
    /// opens a connection per request) gets its request served, as in Go's `Server.Shutdown`;
    /// one that never sends anything is closed cleanly by its head timeout.
    func testShutdownServesTheFirstRequestOfNewConnections() throws {
        let server = try TestServer {
            $0.loops = 1
            $0.headerTimeout = .seconds(2)
        }
        let fresh = try (0..<8).map { _ in try server.client() }
        let silent = try server.client()
        var waited = 0
        while server.server.openConnectionCount < 9 && waited < 500 {
            Thread.sleep(forTimeInterval: 0.01)
            waited += 1
        }
        XCTAssertEqual(server.server.openConnectionCount, 9, "the loop accepted every connection")
        let started = Date()
        server.server.shutdown()
        Thread.sleep(forTimeInterval: 0.3)  // the loop has begun its shutdown before the requests come
        for (index, client) in fresh.enumerated() { client.send(get("/items/\(index)")) }
        for (index, client) in fresh.enumerated() {
            let response = try client.readResponse()
            XCTAssertEqual(response.bodyText, "\(index)")
            XCTAssertEqual(response.header("Connection"), "close")
        }
        XCTAssertTrue(silent.waitForClose(), "the silent connection is closed")
        XCTAssertTrue(server.waitUntilStopped(timeout: 5))
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertGreaterThan(elapsed, 1.5, "the silent connection kept its head timeout")
        XCTAssertLessThan(elapsed, 4)
    }

    /// SO_REUSEPORT must not let a second server join a port another one serves (it would
    /// take half the connections); a port freed by a stopped server can be taken again at once.
    func testASecondServerOnABusyPortFailsToStart() throws {
        let first = try TestServer()
        let second = HTTPServer(
            configuration: ServerConfiguration(host: "127.0.0.1", port: first.port, loops: 2, handlesSignals: false),
            logger: Logger(label: "test", level: .error), responder: Router(routes: TestServer.routes).handler)
        XCTAssertThrowsError(try second.start()) { error in
            XCTAssertEqual((error as? SyscallError)?.errno, EADDRINUSE, "\(error)")
            XCTAssertTrue("\(error)".contains("127.0.0.1:\(first.port)"), "\(error)")
        }
        let client = try first.client()
        client.send(get("/health"))
        XCTAssertEqual(try client.readResponse().status, 200)
        XCTAssertTrue(first.stop())
        let again = HTTPServer(
            configuration: ServerConfiguration(host: "127.0.0.1", port: first.port, loops: 2, handlesSignals: false),
            logger: Logger(label: "test", level: .error), responder: Router(routes: TestServer.routes).handler)
        XCTAssertEqual(try again.start(), first.port)
        again.shutdown()
    }

    /// A real SIGTERM to this process: `run()` installed a handler, so it drains and returns.
    func testSIGTERMStopsRun() async throws {
        let server = HTTPServer(
            configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loops: 1, handlesSignals: true),
            logger: Logger(label: "test", level: .error),
            responder: Router(routes: TestServer.routes).handler
        )
        let running = Task { try await server.run() }
        var waited = 0
        while server.boundPort == nil && waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        XCTAssertNotNil(server.boundPort)
        kill(getpid(), SIGTERM)
        try await running.value
    }

    func testShutdownGraceCutsHandlersThatDoNotFinish() throws {
        let server = try TestServer { $0.shutdownGrace = .milliseconds(300) }
        let client = try server.client()
        client.send(get("/slow?ms=5000"))
        Thread.sleep(forTimeInterval: 0.1)
        let started = Date()
        XCTAssertTrue(server.stop(timeout: 5))
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
    }
}
