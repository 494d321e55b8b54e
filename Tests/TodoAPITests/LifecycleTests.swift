import Foundation
import PostgresTestCluster
import RawHTTPClient
import Runtime
import RuntimeDevelopment
import XCTest

/// Contract § Lifecycle: database outages, graceful SIGTERM, concurrent start-up. Each test runs
/// its own server (and the outage test its own cluster), so nothing here disturbs other tests.
final class LifecycleTests: XCTestCase {
    /// Signs up through `client`; returns (id, token).
    private func signup(_ client: HTTPClient, email: String, password: String) throws -> (id: String, token: String) {
        let response = try client.request("POST", "/api/auth/signup", json: #"{"email":"\#(email)","password":"\#(password)"}"#)
        guard response.status == 201, let id = response.json?["user"]?["id"]?.stringValue,
            let token = response.json?["access_token"]?.stringValue
        else {
            throw HTTPClientError(description: "signup failed: \(response)")
        }
        return (id, token)
    }

    /// The response and how long it took.
    private func timed(_ body: () throws -> HTTPResponse) throws -> (HTTPResponse, TimeInterval) {
        let start = Date()
        let response = try body()
        return (response, Date().timeIntervalSince(start))
    }

    func testDatabaseOutageGives503FastAndServiceResumes() throws {
        let cluster = try TestCluster.startPrivateCluster(name: "outage")
        let url = try blocking { try await DevelopmentDatabase.createDatabase(name: "todo", url: cluster.url, logger: TestCluster.logger) }
        let server = try ServerProcess.start(name: "outage", databaseURL: url)
        defer { server.stop() }
        let client = server.client
        let user = try signup(client, email: "outage-\(UUID().uuidString.prefix(8).lowercased())@example.com", password: "password1")
        let tasks = "/api/\(user.id)/tasks"
        XCTAssertEqual(try client.request("POST", tasks, token: user.token, json: #"{"title":"survives"}"#).status, 201)

        try DevelopmentDatabase.stop(directory: cluster.directory, mode: "immediate")
        var restarted = false
        defer { if !restarted { try? DevelopmentDatabase.restart(directory: cluster.directory) } }

        let (health, healthTime) = try timed { try client.get("/health") }
        XCTAssertEqual(health.status, 200, "health must not touch the database: \(health)")
        XCTAssertLessThan(healthTime, 1)
        let probes: [(String, () throws -> HTTPResponse)] = [
            ("ready", { try client.get("/ready") }),
            ("list", { try client.get(tasks, token: user.token) }),
            ("create", { try client.request("POST", tasks, token: user.token, json: #"{"title":"x"}"#) }),
            ("me", { try client.get("/api/auth/me", token: user.token) }),
            ("login", { try client.request("POST", "/api/auth/login", json: #"{"email":"nobody@example.com","password":"password1"}"#) }),
            ("list again", { try client.get(tasks, token: user.token) }),
            ("ready again", { try client.get("/ready") }),
        ]
        for (name, probe) in probes {
            let (response, elapsed) = try timed(probe)
            XCTAssertEqual(response.status, 503, "\(name) while the database is down: \(response)")
            XCTAssertNotNil(response.detail, "\(name): \(response)")
            XCTAssertLessThan(elapsed, 2, "\(name) took \(elapsed) s")
            XCTAssertFalse(response.text.lowercased().contains("sql"), "\(name) leaks internals: \(response)")
        }
        XCTAssertEqual(try client.get("/health").status, 200)

        try DevelopmentDatabase.restart(directory: cluster.directory)
        restarted = true
        let deadline = Date().addingTimeInterval(15)
        var ready = try client.get("/ready")
        while ready.status != 200 && Date() < deadline {
            usleep(100_000)
            ready = try client.get("/ready")
        }
        XCTAssertEqual(ready.status, 200, "not ready again after the database came back: \(ready)")
        for attempt in 0..<20 {
            let list = try client.get(tasks, token: user.token)
            XCTAssertEqual(list.status, 200, "request \(attempt) after recovery: \(list)")
            if list.status == 200 {
                XCTAssertEqual(list.json?.arrayValue?.map { $0["title"]?.stringValue }, ["survives"])
            }
        }
        XCTAssertEqual(try client.request("POST", tasks, token: user.token, json: #"{"title":"after"}"#).status, 201)
        XCTAssertTrue(server.isRunning, "the server must not have restarted")

        // A real fault (the table is gone): 500 whose body says nothing about the internals.
        try TestCluster.execute(#"ALTER TABLE "tasks" RENAME TO "tasks_hidden_name""#, url: url)
        let fault = try client.get(tasks, token: user.token)
        XCTAssertEqual(fault.status, 500, "\(fault)")
        XCTAssertEqual(fault.json?.objectKeys, ["detail"], "\(fault)")
        for leak in ["tasks", "relation", "SELECT", "42P01", "Postgres", ".swift"] {
            XCTAssertFalse(fault.text.contains(leak), "500 leaks \(leak): \(fault)")
        }
        XCTAssertEqual(try client.get("/health").status, 200)
    }

    func testSIGTERMFinishesEveryRequestInFlightAndExitsZero() throws {
        let server = try ServerProcess.start(name: "sigterm")
        defer { server.stop() }
        let client = server.client
        let email = "term-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let user = try signup(client, email: email, password: "password1")

        // 30 logins (each a slow Argon2 verification) and 20 creates, all sent before SIGTERM.
        let requests: [[UInt8]] = (0..<50).map { index in
            index < 30
                ? HTTPClient.encode(
                    "POST", "/api/auth/login", headers: [("Content-Type", "application/json")],
                    body: Array(#"{"email":"\#(email)","password":"password1"}"#.utf8))
                : HTTPClient.encode(
                    "POST", "/api/\(user.id)/tasks",
                    headers: [("Authorization", "Bearer \(user.token)"), ("Content-Type", "application/json")],
                    body: Array(#"{"title":"in flight \#(index)"}"#.utf8))
        }
        let results = LockedBox<[Int: Result<HTTPResponse, HTTPClientError>]>([:])
        let answeredAt = LockedBox<[UInt64]>([])
        let sent = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        for (index, request) in requests.enumerated() {
            finished.enter()
            Thread {
                defer { finished.leave() }
                do {
                    let connection = try Connection(port: client.port, timeout: 30)
                    try connection.send(request)
                    sent.signal()
                    let response = try connection.readResponse(method: "POST")
                    answeredAt.update { $0.append(DispatchTime.now().uptimeNanoseconds) }
                    results.update { $0[index] = .success(response) }
                } catch {
                    sent.signal()
                    results.update { $0[index] = .failure(HTTPClientError(description: "\(error)")) }
                }
            }.start()
        }
        for _ in requests { sent.wait() }
        usleep(150_000)
        let signalledAt = DispatchTime.now().uptimeNanoseconds
        server.signal(SIGTERM)
        usleep(300_000)
        let late = try? client.request("GET", "/health", timeout: 3)
        XCTAssertNotEqual(late?.status, 200, "a connection made after SIGTERM was served")

        XCTAssertEqual(finished.wait(timeout: .now() + 30), .success, "requests did not finish")
        let code = server.waitForExit(timeout: 20)
        XCTAssertEqual(code, 0, "exit status after SIGTERM:\n\(server.logTail())")
        let all = results.current
        XCTAssertEqual(all.count, 50)
        let afterSignal = answeredAt.current.filter { $0 > signalledAt }.count
        XCTAssertGreaterThan(afterSignal, 0, "no request was still in flight at SIGTERM: the test proved nothing")
        for index in 0..<50 {
            switch all[index] {
            case .success(let response):
                XCTAssertEqual(response.status, index < 30 ? 200 : 201, "request \(index): \(response)")
            case .failure(let error):
                XCTFail("request \(index) got no complete response: \(error)")
            case nil:
                XCTFail("request \(index) never finished")
            }
        }
        XCTAssertThrowsError(try Connection(port: client.port, timeout: 1), "still listening after exit")
    }

    func testSIGTERMWaitsForARequestWhoseBodyIsStillArriving() throws {
        let server = try ServerProcess.start(name: "sigterm-body")
        defer { server.stop() }
        let client = server.client
        let user = try signup(client, email: "slow-\(UUID().uuidString.prefix(8).lowercased())@example.com", password: "password1")
        let body = Array(#"{"title":"slow body"}"#.utf8)
        let request = HTTPClient.encode(
            "POST", "/api/\(user.id)/tasks", headers: [("Authorization", "Bearer \(user.token)"), ("Content-Type", "application/json")],
            body: body)
        let connection = try Connection(port: client.port, timeout: 15)
        try connection.send(Array(request.dropLast(5)))
        usleep(150_000)
        server.signal(SIGTERM)
        usleep(300_000)
        try connection.send(Array(request.suffix(5)))
        let response = try connection.readResponse(method: "POST")
        XCTAssertEqual(response.status, 201, "\(response)")
        XCTAssertEqual(server.waitForExit(timeout: 15), 0, server.logTail())
    }

    func testIdleKeepAliveConnectionsDoNotDelayShutdown() throws {
        let server = try ServerProcess.start(name: "sigterm-idle")
        defer { server.stop() }
        let idle = try Connection(port: server.port, timeout: 10)
        try idle.send(HTTPClient.encode("GET", "/health"))
        XCTAssertEqual(try idle.readResponse().status, 200)
        let started = Date()
        server.signal(SIGTERM)
        XCTAssertEqual(server.waitForExit(timeout: 10), 0, server.logTail())
        XCTAssertLessThan(Date().timeIntervalSince(started), 3, "an idle keep-alive connection held up shutdown")
        XCTAssertTrue(idle.waitForClose())
    }

    func testSeveralInstancesMigrateOneDatabaseAtOnce() throws {
        let url = try TestCluster.freshDatabase()
        var servers: [ServerProcess] = []
        defer { servers.forEach { $0.stop() } }
        for _ in 0..<3 {
            let port = try freePort()
            servers.append(
                try ServerProcess(environment: ServerProcess.environment(databaseURL: url, port: port), port: port, name: "concurrent"))
        }
        for server in servers {
            try server.waitUntilHealthy()
            XCTAssertEqual(try server.client.get("/ready").status, 200, server.logTail())
        }
        let user = try signup(
            servers[0].client, email: "multi-\(UUID().uuidString.prefix(8).lowercased())@example.com", password: "password1")
        for server in servers {
            XCTAssertEqual(
                try server.client.request("POST", "/api/\(user.id)/tasks", token: user.token, json: #"{"title":"t"}"#).status, 201,
                server.logTail())
        }
        XCTAssertEqual(try servers[2].client.get("/api/\(user.id)/tasks", token: user.token).header("X-Total-Count"), "3")
    }

    func testMigrateCommandAppliesMigrationsAndExits() throws {
        let url = try TestCluster.freshDatabase()
        for run in 1...2 {
            let port = try freePort()
            let migrate = try ServerProcess(
                environment: ServerProcess.environment(databaseURL: url, port: port), port: port, name: "migrate", arguments: ["migrate"])
            XCTAssertEqual(migrate.waitForExit(timeout: 30), 0, "migrate run \(run): \(migrate.logTail())")
            XCTAssertThrowsError(try Connection(port: port, timeout: 1), "migrate must not serve HTTP")
        }
        let server = try ServerProcess.start(name: "after-migrate", databaseURL: url)
        defer { server.stop() }
        _ = try signup(server.client, email: "migrated-\(UUID().uuidString.prefix(8).lowercased())@example.com", password: "password1")
    }
}
