import XCTest

/// Contract § CORS: only FRONTEND_URL gets Access-Control-* headers; preflights are 204.
final class CORSTests: TodoTestCase {
    private let origin = ServerProcess.origin

    private func assertAllowed(_ response: HTTPResponse, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(response.header("Access-Control-Allow-Origin"), origin, message, file: file, line: line)
        XCTAssertEqual(response.header("Access-Control-Allow-Credentials"), "true", message, file: file, line: line)
        let exposed = Set(response.headerList("Access-Control-Expose-Headers").map { $0.lowercased() })
        XCTAssertTrue(exposed.isSuperset(of: ["location", "x-total-count"]), "\(message): exposes \(exposed)", file: file, line: line)
        XCTAssertTrue(
            response.headerList("Vary").contains { $0.lowercased() == "origin" } || response.header("Vary") == nil,
            "\(message): Vary should name Origin if present", file: file, line: line)
    }

    func testAllowedOriginOnEveryKindOfResponse() throws {
        let user = try signup()
        let headers = [("Origin", origin)]
        assertAllowed(try client.get("/health", headers: headers), "health")
        let created = try client.request("POST", user.tasksPath, token: user.token, headers: headers, json: #"{"title":"cors"}"#)
        assertStatus(created, 201)
        assertAllowed(created, "201 with Location")
        let listed = try client.get(user.tasksPath, token: user.token, headers: headers)
        assertAllowed(listed, "list with X-Total-Count")
        assertAllowed(try client.get(user.tasksPath, headers: headers), "401")
        assertAllowed(try client.get("/nowhere", headers: headers), "404")
        assertAllowed(try client.request("POST", user.tasksPath, token: user.token, headers: headers, json: "{}"), "422")
        let signup = try client.request(
            "POST", "/api/auth/signup", headers: headers, json: #"{"email":"\#(Self.uniqueEmail())","password":"password1"}"#)
        assertStatus(signup, 201)
        assertAllowed(signup, "signup")
    }

    /// Answers the parser gives before any routing still carry the CORS headers, so a browser on
    /// the allowed origin sees the 413/414/431/400 instead of "blocked by CORS policy".
    func testAllowedOriginOnErrorsAnsweredBeforeRouting() throws {
        let user = try signup()
        let fromOrigin = [("Origin", origin)]
        let tooLarge = try client.request(
            "POST", user.tasksPath, token: user.token, headers: fromOrigin,
            body: [UInt8](repeating: UInt8(ascii: "a"), count: 1_048_577))
        assertStatus(tooLarge, 413)
        assertAllowed(tooLarge, "413")
        let longTarget = try client.get(user.tasksPath + "?q=" + String(repeating: "a", count: 9000), headers: fromOrigin)
        assertStatus(longTarget, 414)
        assertAllowed(longTarget, "414")
        let manyHeaders = try client.get(user.tasksPath, headers: fromOrigin + (0..<120).map { ("X-Filler-\($0)", "x") })
        assertStatus(manyHeaders, 431)
        assertAllowed(manyHeaders, "431")
        let badHeader = try client.raw(Array("GET /health HTTP/1.1\r\nHost: x\r\nOrigin: \(origin)\r\nBad Header: x\r\n\r\n".utf8))
        assertStatus(badHeader, 400)
        assertAllowed(badHeader, "400")
        let chunkedTooLarge = try client.raw(
            Array("POST \(user.tasksPath) HTTP/1.1\r\nHost: x\r\nORIGIN:  \(origin) \r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n".utf8)
                + [UInt8](repeating: 0x61, count: 0x1000))
        assertStatus(chunkedTooLarge, 413)
        assertAllowed(chunkedTooLarge, "413 on a chunked body")
        for other in ["http://evil.example", origin + ".evil.example"] {
            let refused = try client.get("/health" + "?q=" + String(repeating: "a", count: 9000), headers: [("Origin", other)])
            assertStatus(refused, 414, other)
            XCTAssertNil(refused.header("Access-Control-Allow-Origin"), other)
        }
    }

    func testPreflightFromAllowedOrigin() throws {
        let user = try signup()
        for (path, method) in [
            (user.tasksPath, "POST"), (user.taskPath(1), "PUT"), (user.taskPath(1), "PATCH"), (user.taskPath(1), "DELETE"),
            ("/api/auth/signup", "POST"),
        ] {
            let response = try client.request(
                "OPTIONS", path,
                headers: [
                    ("Origin", origin), ("Access-Control-Request-Method", method),
                    ("Access-Control-Request-Headers", "authorization, content-type"),
                ])
            assertStatus(response, 204, "\(method) \(path)")
            XCTAssertTrue(response.body.isEmpty)
            XCTAssertEqual(response.header("Access-Control-Allow-Origin"), origin)
            XCTAssertEqual(response.header("Access-Control-Allow-Credentials"), "true")
            let methods = Set(response.headerList("Access-Control-Allow-Methods").map { $0.uppercased() })
            XCTAssertTrue(methods.isSuperset(of: ["GET", "POST", "PUT", "PATCH", "DELETE"]), "\(methods)")
            let allowedHeaders = Set(response.headerList("Access-Control-Allow-Headers").map { $0.lowercased() })
            XCTAssertTrue(allowedHeaders.isSuperset(of: ["authorization", "content-type"]), "\(allowedHeaders)")
        }
    }

    func testOtherOriginsGetNoAllowOrigin() throws {
        let user = try signup()
        for other in ["http://evil.example", origin + ".evil.example", "null", origin + "/"] {
            let simple = try client.get(user.tasksPath, token: user.token, headers: [("Origin", other)])
            assertStatus(simple, 200, other)
            XCTAssertNil(simple.header("Access-Control-Allow-Origin"), other)
            XCTAssertNil(simple.header("Access-Control-Allow-Credentials"), other)
            let preflight = try client.request(
                "OPTIONS", user.tasksPath,
                headers: [
                    ("Origin", other), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "authorization"),
                ])
            XCTAssertNil(preflight.header("Access-Control-Allow-Origin"), "preflight from \(other): \(preflight.headers)")
        }
        let noOrigin = try client.get("/health")
        XCTAssertNil(noOrigin.header("Access-Control-Allow-Origin"))
    }
}
