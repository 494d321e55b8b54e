import Foundation
import Glibc
import RawHTTPClient
import RuntimeCore
import XCTest

@testable import RuntimeHTTP

/// Over real loopback sockets: framing, keep-alive, limits and timeouts.
final class ServerConnectionTests: XCTestCase {
    func testPipelinedRequestsAreAnsweredInOrder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        // The first request is the slowest: order must still be kept.
        client.send(get("/slow?ms=100") + get("/items/2") + get("/items/3"))
        XCTAssertEqual(try client.readResponse().bodyText, "slow 100")
        XCTAssertEqual(try client.readResponse().bodyText, "2")
        XCTAssertEqual(try client.readResponse().bodyText, "3")
    }

    func testKeepAliveServesManyRequestsOnOneConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        for index in 0..<50 {
            client.send(get("/items/\(index)"))
            let response = try client.readResponse()
            XCTAssertEqual(response.bodyText, "\(index)")
            XCTAssertNil(response.header("Connection"))
        }
    }

    func testEveryResponseCarriesDateLengthAndRequestID() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(get("/health"))
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("Content-Length"), "15")
        XCTAssertEqual(response.header("Content-Type"), "application/json")
        XCTAssertTrue(response.header("Date")?.hasSuffix(" GMT") ?? false)
        XCTAssertEqual(response.header("X-Request-ID")?.count, 16)
        client.send(get("/health", "X-Request-ID: abc-123\r\n"))
        XCTAssertEqual(try client.readResponse().header("X-Request-ID"), "abc-123")
    }

    func testHeadGetsHeadersOfGetWithoutBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("HEAD /health HTTP/1.1\r\nHost: t\r\n\r\n" + get("/items/after"))
        let head = try client.readResponse(head: true)
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.header("Content-Length"), "15")
        XCTAssertTrue(head.body.isEmpty)
        // The next response starts right after the head: no stray body bytes in between.
        XCTAssertEqual(try client.readResponse().bodyText, "after")
    }

    func testHTTP10ClosesUnlessKeepAlive() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(try client.readResponse().header("Connection"), "keep-alive")
        client.send("GET /health HTTP/1.0\r\n\r\n")
        XCTAssertEqual(try client.readResponse().header("Connection"), "close")
        XCTAssertTrue(client.waitForClose())
    }

    func testConnectionCloseIsHonoured() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(get("/health", "Connection: close\r\n"))
        XCTAssertEqual(try client.readResponse().header("Connection"), "close")
        XCTAssertTrue(client.waitForClose())
    }

    func testMalformedRequestGets400EnvelopeAndClose() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n folded\r\n\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.header("Content-Type"), "application/json")
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(response.bodyText.hasPrefix(#"{"detail":"#))
        XCTAssertTrue(client.waitForClose())
    }

    func testSlowlorisHeadersAreCutOff() throws {
        let server = try TestServer { $0.headerTimeout = .milliseconds(500) }
        defer { server.stop() }
        let client = try server.client(timeout: 3)
        let started = Date()
        client.send("GET /health HTTP/1.1\r\nHost: t\r\n")
        var closedEarly = false
        for index in 0..<12 {
            Thread.sleep(forTimeInterval: 0.1)
            if client.send("X-\(index): v\r\n") == 0 {
                closedEarly = true
                break
            }
        }
        XCTAssertTrue(closedEarly || client.waitForClose())
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.5)
    }

    func testIdleKeepAliveConnectionIsClosed() throws {
        let server = try TestServer { $0.idleTimeout = .milliseconds(300) }
        defer { server.stop() }
        let client = try server.client(timeout: 3)
        client.send(get("/health"))
        XCTAssertEqual(try client.readResponse().status, 200)
        XCTAssertTrue(client.waitForClose())
    }

    func testHugeHeadersGet431() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(get("/health", "X-Big: " + String(repeating: "a", count: 20_000) + "\r\n"))
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 431)
        XCTAssertTrue(client.waitForClose())
    }

    func testTooManyHeadersGet431AndLongTarget414() throws {
        let server = try TestServer()
        defer { server.stop() }
        let many = try server.client()
        many.send(get("/health", (0..<101).map { "X-\($0): v\r\n" }.joined()))
        XCTAssertEqual(try many.readResponse().status, 431)
        let long = try server.client()
        long.send(get("/" + String(repeating: "a", count: 9000)))
        XCTAssertEqual(try long.readResponse().status, 414)
    }

    func testBodyOfExactlyOneMebibyteIsAcceptedAndOneMoreIs413() throws {
        let server = try TestServer()
        defer { server.stop() }
        let limit = 1_048_576
        let ok = try server.client()
        ok.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(limit)\r\n\r\n")
        ok.send([UInt8](repeating: 0x41, count: limit))
        let accepted = try ok.readResponse()
        XCTAssertEqual(accepted.status, 200)
        XCTAssertEqual(accepted.bodyText, "\(limit)")

        let tooBig = try server.client()
        tooBig.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(limit + 1)\r\n\r\n")
        tooBig.send([UInt8](repeating: 0x41, count: limit + 1))
        let refused = try tooBig.readResponse()
        XCTAssertEqual(refused.status, 413)
        XCTAssertEqual(refused.header("Content-Type"), "application/json")
        XCTAssertTrue(tooBig.waitForClose())
    }

    func testChunkedBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n")
        client.send("4\r\nabcd\r\n")
        client.send("10;ext=1\r\n0123456789abcdef\r\n0\r\n\r\n")
        XCTAssertEqual(try client.readResponse().bodyText, "20")
        client.send(get("/items/next"))
        XCTAssertEqual(try client.readResponse().bodyText, "next")
    }

    func testExpectContinue() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 100)
        client.send("abc")
        XCTAssertEqual(try client.readResponse().bodyText, "3")
    }

    func testHalfClosedClientStillGetsItsResponse() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(get("/slow?ms=100") + get("/items/second"))
        client.shutdownWrite()
        XCTAssertEqual(try client.readResponse().bodyText, "slow 100")
        XCTAssertEqual(try client.readResponse().bodyText, "second")
        XCTAssertTrue(client.waitForClose())
    }

    func testThousandConcurrentKeepAliveConnections() throws {
        let server = try TestServer()
        defer { server.stop() }
        let clients = try (0..<1000).map { _ in try server.client(timeout: 10) }
        for (index, client) in clients.enumerated() {
            client.send(get("/items/\(index)"))
        }
        for (index, client) in clients.enumerated() {
            XCTAssertEqual(try client.readResponse().bodyText, "\(index)")
        }
        XCTAssertEqual(server.server.openConnectionCount, 1000)
        // Still open and usable: a second round on every connection.
        for client in clients { client.send(get("/health")) }
        for client in clients { XCTAssertEqual(try client.readResponse().status, 200) }
    }

    /// At the cap, a connection with a request in flight is never given up: a new one is closed.
    func testConnectionCapRefusesExtraConnectionsWhenAllAreBusy() throws {
        let server = try TestServer {
            $0.maxConnections = 2
            $0.loops = 1
        }
        defer { server.stop() }
        let first = try server.client()
        let second = try server.client()
        first.send(get("/slow?ms=1500"))
        second.send(get("/slow?ms=1500"))
        Thread.sleep(forTimeInterval: 0.2)
        let third = try server.client(timeout: 2)
        third.send(get("/health"))
        XCTAssertTrue(third.waitForClose())
        XCTAssertEqual(try first.readResponse().bodyText, "slow 1500")
        XCTAssertEqual(try second.readResponse().bodyText, "slow 1500")
    }

    /// At the cap, the oldest connection that is waiting for a request (silent since it
    /// connected, or idle between requests) makes room for a new one, so clients that hold
    /// connections open without sending anything cannot lock everyone else out.
    func testConnectionCapGivesUpTheOldestWaitingConnection() throws {
        let server = try TestServer {
            $0.maxConnections = 50
            $0.loops = 1
            $0.headerTimeout = .seconds(30)
        }
        defer { server.stop() }
        let busy = try server.client()
        busy.send(get("/slow?ms=2000"))
        let silent = try (0..<49).map { _ in try server.client() }
        var waited = 0
        while server.server.openConnectionCount < 50 && waited < 500 {
            Thread.sleep(forTimeInterval: 0.01)
            waited += 1
        }
        XCTAssertEqual(server.server.openConnectionCount, 50)
        // Each newcomer is served (and stays open); the silent ones are given up oldest first.
        var newcomers: [RawClient] = []
        for round in 0..<60 {
            let client = try server.client()
            client.send(get("/items/\(round)"))
            XCTAssertEqual(try client.readResponse().bodyText, "\(round)", "round \(round)")
            newcomers.append(client)
        }
        for connection in silent { XCTAssertTrue(connection.waitForClose()) }
        XCTAssertEqual(try busy.readResponse().bodyText, "slow 2000", "the busy connection was kept")
        XCTAssertLessThanOrEqual(server.server.openConnectionCount, 50)
    }

    func testStalledReaderIsDisconnected() throws {
        let server = try TestServer { $0.writeTimeout = .milliseconds(300) }
        defer { server.stop() }
        let client = try server.client(timeout: 3)
        var size: Int32 = 4096
        setsockopt(client.fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        // Far more response bytes than the socket buffers hold, and the client never reads.
        client.send(String(repeating: get("/big"), count: 64))
        Thread.sleep(forTimeInterval: 1.5)
        XCTAssertEqual(server.server.openConnectionCount, 0)
    }

    /// Pipelined requests whose responses exceed the output high-water mark resume as the
    /// client reads (a regression: parsing once stalled after the output drained).
    func testPipelinedLargeResponsesAllArrive() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(String(repeating: get("/big"), count: 40) + get("/items/last"))
        for _ in 0..<40 { XCTAssertEqual(try client.readResponse().body.count, 256 * 1024) }
        XCTAssertEqual(try client.readResponse().bodyText, "last")
    }

    /// A client that pipelines without ever reading cannot make the server buffer without
    /// bound: once its output is over the threshold the server stops reading, so the client's
    /// own sends stall long before it has pushed everything.
    func testClientThatNeverReadsIsBackPressured() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client(timeout: 1)
        let request = Array(get("/big").utf8)
        let batch = Array(repeating: request, count: 10_000).flatMap { $0 }
        var sent = 0
        for _ in 0..<100 {
            let count = client.send(batch)
            sent += count
            if count < batch.count { break }
        }
        XCTAssertLessThan(sent, 100 * batch.count, "the server kept reading a client that does not read")
    }
}
