import RuntimeCore
import XCTest

@testable import RuntimeHTTP

final class CORSPolicyTests: XCTestCase {
    private let policy = CORSPolicy(allowedOrigin: "http://localhost:3000")

    private func respond(_ method: HTTPMethod, _ headers: [(String, String)]) async -> Response {
        let request = Request(method: method, target: "/x", path: "/x", headers: HTTPHeaders(headers))
        return await policy.respond(to: request) { _ in Response(status: 200, headers: HTTPHeaders([("Vary", "Accept")])) }
    }

    func testAllowedOriginGetsCredentialsAndExposedHeaders() async {
        let response = await respond(.GET, [("Origin", "http://localhost:3000")])
        XCTAssertEqual(response.headers["Access-Control-Allow-Origin"], "http://localhost:3000")
        XCTAssertEqual(response.headers["Access-Control-Allow-Credentials"], "true")
        XCTAssertEqual(response.headers["Access-Control-Expose-Headers"], "Location, X-Total-Count")
        XCTAssertEqual(response.headers.values("Vary"), ["Accept", "Origin"])
    }

    func testPreflightFromAllowedOrigin() async {
        let response = await respond(.OPTIONS, [("Origin", "http://localhost:3000"), ("Access-Control-Request-Method", "POST")])
        XCTAssertEqual(response.status, 204)
        XCTAssertEqual(response.headers["Access-Control-Allow-Headers"], "Authorization, Content-Type")
        XCTAssertEqual(response.headers["Access-Control-Allow-Methods"], "GET, POST, PUT, PATCH, DELETE, OPTIONS")
        XCTAssertEqual(response.headers["Access-Control-Max-Age"], "600")
    }

    func testForeignOriginGetsNothing() async {
        for origin in ["http://evil.example", "http://localhost:3000.evil", "null", "HTTP://LOCALHOST:3000"] {
            let response = await respond(.GET, [("Origin", origin)])
            XCTAssertNil(response.headers["Access-Control-Allow-Origin"], origin)
            XCTAssertNil(response.headers["Access-Control-Allow-Credentials"], origin)
            let preflight = await respond(.OPTIONS, [("Origin", origin), ("Access-Control-Request-Method", "POST")])
            XCTAssertNil(preflight.headers["Access-Control-Allow-Origin"], origin)
        }
    }

    func testNoOriginNoCORSHeaders() async {
        let response = await respond(.GET, [])
        XCTAssertNil(response.headers["Access-Control-Allow-Origin"])
    }
}
