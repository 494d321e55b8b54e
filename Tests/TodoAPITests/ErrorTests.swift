import Foundation
import XCTest

/// Contract § Conventions: error envelopes, routing errors, body size, strict JSON, and "no
/// request, however malformed, produces a 5xx".
final class ErrorTests: TodoTestCase {
    func testUnknownRouteIs404NotFound() throws {
        for path in ["/nowhere", "/api", "/api/auth", "/api/auth/unknown", "/health/extra", "/api/x/tasks/1/complete/more", "/API/auth/me"]
        {
            let response = try client.get(path)
            assertDetail(response, 404, "Not Found", path)
        }
    }

    func testWrongMethodIs405WithAllow() throws {
        let user = try signup()
        let cases: [(String, String, Set<String>)] = [
            ("POST", "/health", ["GET"]), ("DELETE", "/api/auth/signup", ["POST"]), ("GET", "/api/auth/login", ["POST"]),
            ("POST", "/api/auth/me", ["GET"]), ("DELETE", user.tasksPath, ["GET", "POST"]),
            ("POST", user.taskPath(1), ["GET", "PUT", "PATCH", "DELETE"]), ("GET", user.taskPath(1) + "/complete", ["PATCH"]),
        ]
        for (method, path, expected) in cases {
            let response = try client.request(method, path, token: user.token)
            assertDetail(response, 405, nil, "\(method) \(path)")
            let allow = Set(response.headerList("Allow").map { $0.uppercased() })
            XCTAssertTrue(allow.isSuperset(of: expected), "\(method) \(path): Allow \(allow)")
            XCTAssertFalse(allow.contains(method), "\(method) \(path): Allow \(allow)")
        }
    }

    func testBodyOfExactlyOneMebibyteIsAcceptedAndOneMoreByteIs413() throws {
        let user = try signup()
        let limit = 1_048_576
        let prefix = #"{"title":"big body"}"#
        let exact = Array(prefix.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: limit - prefix.utf8.count)
        XCTAssertEqual(exact.count, limit)
        let accepted = try client.request("POST", user.tasksPath, token: user.token, body: exact)
        assertStatus(accepted, 201, "exactly 1 MiB of valid JSON")

        let longDescription = #"{"title":"t","description":""# + String(repeating: "d", count: limit - 32) + #""}"#
        let padded = longDescription + String(repeating: " ", count: limit - longDescription.utf8.count)
        XCTAssertEqual(padded.utf8.count, limit)
        assert422(
            try client.request("POST", user.tasksPath, token: user.token, json: padded), locs: ["body.description"],
            "1 MiB, description too long")

        let over = try client.request("POST", user.tasksPath, token: user.token, body: exact + [UInt8(ascii: " ")])
        assertDetail(over, 413, nil, "1 MiB + 1")
        assertDetail(
            try client.request("POST", "/api/auth/signup", body: [UInt8](repeating: UInt8(ascii: "a"), count: 3 * limit)), 413, nil,
            "3 MiB signup")
        XCTAssertTrue(server.isRunning)
    }

    func testChunkedBodyOverTheLimitIs413() throws {
        let user = try signup()
        var request = Array(
            "POST \(user.tasksPath) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(user.token)\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                .utf8)
        let chunk = [UInt8](repeating: UInt8(ascii: " "), count: 65_536)
        for _ in 0..<17 {
            request += Array("10000\r\n".utf8) + chunk + Array("\r\n".utf8)
        }
        request += Array("0\r\n\r\n".utf8)
        let response = try client.raw(request, method: "POST")
        assertDetail(response, 413, nil, "chunked 1.06 MiB")

        var small = Array(
            "POST \(user.tasksPath) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(user.token)\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                .utf8)
        let body = Array(#"{"title":"chunked"}"#.utf8)
        small += Array(String(body.count, radix: 16).utf8) + Array("\r\n".utf8) + body + Array("\r\n0\r\n\r\n".utf8)
        assertStatus(try client.raw(small, method: "POST"), 201, "small chunked body")
    }

    func testJSONTypesAreStrict() throws {
        let user = try signup()
        let cases: [(String, Set<String>)] = [
            (#"{"title":1}"#, ["body.title"]), (#"{"title":true}"#, ["body.title"]), (#"{"title":null}"#, ["body.title"]),
            (#"{"title":["a"]}"#, ["body.title"]), (#"{"title":{"a":1}}"#, ["body.title"]),
            (#"{"title":"t","completed":"true"}"#, ["body.completed"]), (#"{"title":"t","completed":1}"#, ["body.completed"]),
            (#"{"title":"t","completed":0}"#, ["body.completed"]), (#"{"title":"t","completed":null}"#, ["body.completed"]),
            (#"{"title":"t","completed":"false"}"#, ["body.completed"]), (#"{"title":"t","description":5}"#, ["body.description"]),
            (#"{"title":"t","description":false}"#, ["body.description"]), (#"{}"#, ["body.title"]),
            (#"{"title":"","description":5,"completed":"x"}"#, ["body.title", "body.description", "body.completed"]),
        ]
        for (body, locs) in cases {
            assert422(try client.request("POST", user.tasksPath, token: user.token, json: body), locs: locs, body)
        }
        let missing = try client.request("POST", user.tasksPath, token: user.token, json: "{}")
        XCTAssertEqual(missing.issues.first?.type, "missing")
    }

    func testBodiesThatAreNotAnObjectAre422AtBody() throws {
        let user = try signup()
        let bodies: [[UInt8]] = [
            [], Array("[]".utf8), Array("\"title\"".utf8), Array("42".utf8), Array("null".utf8), Array("true".utf8),
            Array("{".utf8), Array("{\"title\":\"a\",}".utf8), Array("{'title':'a'}".utf8), Array("{\"title\":\"a\"} x".utf8),
            Array("{\"title\":\"a\"}{}".utf8), [0xFF, 0xFE], Array("{\"title\":\"".utf8) + [0xC3, 0x28] + Array("\"}".utf8),
            Array("{\"title\":\"\u{FEFF}\"".utf8), Array(String(repeating: "[", count: 100_000).utf8),
            Array("{\"title\":\"a\",\"x\":".utf8) + Array(String(repeating: "9", count: 100_000).utf8) + Array("}".utf8),
            Array("{\"title\":\"a\",\"x\":NaN}".utf8),
        ]
        for body in bodies {
            let response = try client.request("POST", user.tasksPath, token: user.token, body: body)
            let label = String(decoding: body.prefix(40), as: UTF8.self)
            XCTAssertEqual(response.status, 422, "\(label): \(response)")
            XCTAssertTrue(response.issues.allSatisfy { $0.loc == "body" || $0.loc.hasPrefix("body.") }, "\(label): \(response)")
            XCTAssertFalse(response.issues.isEmpty, label)
        }
        XCTAssertTrue(server.isRunning)
    }

    /// Contract: a body is JSON only when declared `application/json`; otherwise 422, so a form on
    /// another site (text/plain, urlencoded, multipart: no preflight) cannot sign up or log in.
    func testBodiesNotDeclaredJSONAre422AndChangeNothing() throws {
        let user = try signup()
        let email = Self.uniqueEmail("form")
        let signupJSON = #"{"email":"\#(email)","password":"correct horse battery"}"#
        for contentType in [
            nil, "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/jsonx", "json", "application/+json",
        ] {
            // Without a Content-Type at all: the raw request, since `client.request` adds one.
            func send(_ method: String, _ target: String, token: String?, json: String) throws -> HTTPResponse {
                var headers = contentType.map { [("Content-Type", $0)] } ?? []
                if let token { headers.append(("Authorization", "Bearer \(token)")) }
                return try client.raw(HTTPClient.encode(method, target, headers: headers, body: Array(json.utf8)))
            }
            for (target, token, json) in [
                ("/api/auth/signup", nil, signupJSON), ("/api/auth/login", nil, signupJSON),
                (user.tasksPath, user.token, #"{"title":"from a form"}"#),
            ] {
                let response = try send("POST", target, token: token, json: json)
                assert422(response, locs: ["header.content-type"], "\(contentType ?? "none") \(target)")
            }
            let replaced = try send("PUT", user.taskPath(1), token: user.token, json: #"{"title":"x"}"#)
            XCTAssertEqual(replaced.status, 422, "\(contentType ?? "none") PUT")
            let patched = try send("PATCH", user.taskPath(1), token: user.token, json: #"{"title":"x"}"#)
            XCTAssertEqual(patched.status, 422, "\(contentType ?? "none") PATCH")
        }
        let listed = try client.get(user.tasksPath, token: user.token)
        XCTAssertEqual(listed.header("X-Total-Count"), "0", "no task was created by a body not declared JSON")
        let login = try client.request("POST", "/api/auth/login", json: signupJSON)
        assertStatus(login, 401, "no account was created by a body not declared JSON")
        for contentType in [
            "application/json", "Application/JSON; charset=utf-8", " application/json ;charset=UTF-8", "application/merge-patch+json",
        ] {
            let created = try client.request(
                "POST", user.tasksPath, token: user.token, headers: [("Content-Type", contentType)],
                json: #"{"title":"declared"}"#)
            assertStatus(created, 201, contentType)
        }
    }

    func testNULAndUnpairedSurrogatesAre422() throws {
        let user = try signup()
        let id = try XCTUnwrap(try createTask(user, title: "target")["id"]?.intValue)
        let cases = [
            (#"{"title":"a\u0000b"}"#, "body.title"), (#"{"title":"t","description":"\u0000"}"#, "body.description"),
            (#"{"title":"\ud800"}"#, "body.title"), (#"{"title":"\udc00x"}"#, "body.title"),
            (#"{"title":"t","description":"a\ud83d"}"#, "body.description"),
        ]
        for (body, loc) in cases {
            let response = try client.request("POST", user.tasksPath, token: user.token, json: body)
            XCTAssertEqual(response.status, 422, "\(body): \(response)")
            // Either the field is named, or the body as a whole (`["body", offset]`, as FastAPI does).
            XCTAssertTrue(
                !response.issues.isEmpty
                    && response.issueLocs.allSatisfy { $0 == loc || $0 == "body" || ($0.hasPrefix("body.") && Int($0.dropFirst(5)) != nil) },
                "\(body): \(response)")
            XCTAssertEqual(try client.request("PATCH", user.taskPath(id), token: user.token, json: body).status, 422, "PATCH \(body)")
            XCTAssertEqual(try client.request("PUT", user.taskPath(id), token: user.token, json: body).status, 422, "PUT \(body)")
        }
        let raw = Array(#"{"title":"a"#.utf8) + [0] + Array(#"b"}"#.utf8)
        XCTAssertEqual(try client.request("POST", user.tasksPath, token: user.token, body: raw).status, 422, "raw NUL byte in a string")
        let signup = try client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(Self.uniqueEmail())","password":"pass\u0000word"}"#)
        XCTAssertEqual(signup.status, 422, "NUL in a password: \(signup)")
        let name = try client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(Self.uniqueEmail())","password":"password1","name":"a\u0000"}"#)
        XCTAssertEqual(name.status, 422, "NUL in a name: \(name)")
        let login = try client.request("POST", "/api/auth/login", json: #"{"email":"a\u0000@example.com","password":"password1"}"#)
        XCTAssertTrue([401, 422].contains(login.status), "NUL in a login email: \(login)")
        assertStatus(
            try client.request("POST", user.tasksPath, token: user.token, json: #"{"title":"\ud83d\ude00 paired"}"#), 201,
            "a valid surrogate pair")
        let search = try client.get(user.tasksPath + "?q=%00", token: user.token)
        XCTAssertTrue([200, 422].contains(search.status), "NUL in q: \(search)")
        XCTAssertEqual(try client.get(user.taskPath(id), token: user.token).json?["title"]?.stringValue, "target")
    }

    func testValidationErrorListsPathAndBodyTogether() throws {
        let user = try signup()
        let response = try client.request("PUT", user.tasksPath + "/abc", token: user.token, json: #"{"title":5}"#)
        assert422(response, locs: ["path.id", "body.title"])
    }

    func testValidationNeverEchoesValues() throws {
        let user = try signup()
        let secret = "SeCrEt-\(UUID().uuidString)"
        let bodies = [
            #"{"title":"\#(secret)\#(String(repeating: "x", count: 200))"}"#, #"{"title":"t","completed":"\#(secret)"}"#,
            #"{"title":"t","description":["\#(secret)"]}"#, #"{"title":{"\#(secret)":1}}"#,
        ]
        for body in bodies {
            let response = try client.request("POST", user.tasksPath, token: user.token, json: body)
            XCTAssertEqual(response.status, 422, body)
            XCTAssertFalse(response.text.contains(secret), "echoed: \(response.text)")
            XCTAssertFalse(response.text.contains("\"input\""), "pydantic-style input echoed: \(response.text)")
        }
        let query = try client.get(user.tasksPath + "?limit=\(secret)&status=\(secret)", token: user.token)
        XCTAssertEqual(query.status, 422)
        XCTAssertFalse(query.text.contains(secret), "echoed: \(query.text)")
    }

    func testMalformedRequestsNeverProduce5xx() throws {
        let user = try signup()
        let targets = [
            user.tasksPath, user.taskPath(1), user.taskPath(1) + "/complete", "/api/auth/signup", "/api/auth/login", "/api/auth/me",
        ]
        let bodies: [[UInt8]?] = [
            nil, [], Array("{\"title\":\"\\u12\"}".utf8), Array("{\"email\":\"a@b.co\",\"password\":\"\\ud800\\ud800xxxxxxxx\"}".utf8),
            Array("{\"email\":\"\u{0}@b.co\",\"password\":\"password1\"}".utf8), [0x80, 0x81, 0x82],
            Array("{\"title\":\"x\",\"completed\":true,\"description\":\"\(String(repeating: "\\\"", count: 600))\"}".utf8),
        ]
        for target in targets {
            for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
                for body in bodies {
                    let response = try client.request(method, target, token: user.token, body: body)
                    XCTAssertLessThan(
                        response.status, 500, "\(method) \(target) \(String(decoding: (body ?? []).prefix(30), as: UTF8.self)): \(response)"
                    )
                }
            }
        }
        for weird in [
            "/api/%ZZ/tasks", "/api/\(user.id)/tasks?limit=%FF", "/api/\(user.id)/tasks/%C0%AF", "/api//tasks",
            "/api/\(user.id)/tasks?status&sort",
        ] {
            let response = try client.get(weird, token: user.token)
            XCTAssertLessThan(response.status, 500, "\(weird): \(response)")
            XCTAssertNotEqual(response.status, 200, "\(weird) should not succeed")
        }
        let invalidUTF8Query = try client.get(user.tasksPath + "?q=%E2%82", token: user.token)
        XCTAssertLessThan(invalidUTF8Query.status, 500, "\(invalidUTF8Query)")
        XCTAssertTrue(server.isRunning)
        assertStatus(try client.get("/health"), 200)
    }
}
