import Runtime
import XCTest

/// Contract § Service endpoints: /health, /ready, /openapi.json, /docs.
final class ServiceTests: TodoTestCase {
    func testHealthIsExactlyTheDocumentedBody() throws {
        let response = try client.get("/health")
        assertStatus(response, 200)
        XCTAssertEqual(response.json, try JSONParser.parse(#"{"status":"ok","app":"TODO API","version":"0.1.0"}"#))
        XCTAssertTrue(response.header("Content-Type")?.hasPrefix("application/json") ?? false)
    }

    func testReadyWhenTheDatabaseAnswers() throws {
        let response = try client.get("/ready")
        assertStatus(response, 200)
        XCTAssertEqual(response.json, try JSONParser.parse(#"{"status":"ready"}"#))
    }

    func testOpenAPIDocumentIsJSONVersion31WithEveryPath() throws {
        let response = try client.get("/openapi.json")
        assertStatus(response, 200)
        XCTAssertTrue(response.header("Content-Type")?.hasPrefix("application/json") ?? false)
        let document = try XCTUnwrap(response.json, "not JSON: \(response.text.prefix(200))")
        let version = try XCTUnwrap(document["openapi"]?.stringValue)
        XCTAssertTrue(version.hasPrefix("3.1."), version)
        let paths = document["paths"]?.objectKeys ?? []
        for path in [
            "/api/auth/signup", "/api/auth/login", "/api/auth/me", "/api/{user_id}/tasks",
            "/api/{user_id}/tasks/{id}", "/api/{user_id}/tasks/{id}/complete",
        ] {
            XCTAssertTrue(paths.contains(path), "missing \(path) in \(paths.sorted())")
        }
    }

    func testDocsIsAnHTMLPage() throws {
        let response = try client.get("/docs")
        assertStatus(response, 200)
        XCTAssertTrue(response.header("Content-Type")?.lowercased().hasPrefix("text/html") ?? false, "\(response.headers)")
        XCTAssertTrue(response.text.lowercased().contains("<html"), String(response.text.prefix(200)))
    }

    func testKeepAliveAndPipelinedRequestsOnOneConnection() throws {
        let connection = try Connection(port: server.port)
        for _ in 0..<3 {
            try connection.send(HTTPClient.encode("GET", "/health"))
            XCTAssertEqual(try connection.readResponse().status, 200)
        }
        try connection.send(HTTPClient.encode("GET", "/health") + HTTPClient.encode("GET", "/ready") + HTTPClient.encode("GET", "/nowhere"))
        XCTAssertEqual(try connection.readResponse().json?["status"]?.stringValue, "ok")
        XCTAssertEqual(try connection.readResponse().json?["status"]?.stringValue, "ready")
        XCTAssertEqual(try connection.readResponse().status, 404)
        try connection.send(HTTPClient.encode("GET", "/health", headers: [("Connection", "close")]))
        XCTAssertEqual(try connection.readResponse().status, 200)
        XCTAssertTrue(connection.waitForClose(), "Connection: close was not honoured")
    }
}
