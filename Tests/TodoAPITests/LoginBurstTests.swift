import Foundation
import Glibc
import XCTest

/// Threat model: password hashing is bounded work. A burst of logins cannot queue minutes of
/// Argon2id ahead of everyone: beyond the queue's capacity a login is answered 503 with
/// `Retry-After`, and a queued login whose client left is skipped.
final class LoginBurstTests: XCTestCase {
    private static func login(_ email: String, _ password: String) -> [UInt8] {
        HTTPClient.encode(
            "POST", "/api/auth/login", headers: [("Content-Type", "application/json")],
            body: Array(#"{"email":"\#(email)","password":"\#(password)"}"#.utf8))
    }

    /// A server of its own (the burst must not slow other suites) and one account on it.
    private func serverWithAccount(_ name: String) throws -> (ServerProcess, email: String) {
        let server = try ServerProcess.start(name: name)
        let email = TodoTestCase.uniqueEmail(name)
        let signup = try server.client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(email)","password":"correct horse battery"}"#)
        XCTAssertEqual(signup.status, 201, "\(signup)")
        return (server, email)
    }

    func testARealLoginIsServedPromptlyAfterABurstOfAbandonedLogins() throws {
        let (server, email) = try serverWithAccount("login-burst")
        defer { server.stop() }
        // 400 logins sent and abandoned at once: without a bound that is ~30 CPU-seconds of
        // Argon2id on this machine, all ahead of the next real login.
        for _ in 0..<400 {
            let connection = try Connection(port: server.port, timeout: 5)
            try connection.send(Self.login(email, "wrong password"))
        }  // each connection closes here, its request unanswered
        Thread.sleep(forTimeInterval: 0.1)
        let started = Date()
        let real = try server.client.request("POST", "/api/auth/login", json: #"{"email":"\#(email)","password":"correct horse battery"}"#)
        let waited = Date().timeIntervalSince(started)
        XCTAssertEqual(real.status, 200, "\(real)")
        XCTAssertLessThan(waited, 2, "a real login waited \(waited) s behind abandoned ones")
    }

    func testLoginsBeyondTheQueuesCapacityGet503WithRetryAfter() throws {
        let (server, email) = try serverWithAccount("login-capacity")
        defer { server.stop() }
        let connections = try (0..<150).map { _ in try Connection(port: server.port, timeout: 30) }
        for connection in connections { try connection.send(Self.login(email, "correct horse battery")) }
        var statuses: [Int: Int] = [:]
        for connection in connections {
            let response = try connection.readResponse(method: "POST")
            statuses[response.status, default: 0] += 1
            if response.status == 503 {
                XCTAssertEqual(response.header("Retry-After"), "1", "\(response)")
                XCTAssertNotNil(response.detail, "\(response)")
            }
        }
        XCTAssertEqual(Set(statuses.keys).subtracting([200, 503]), [], "\(statuses)")
        XCTAssertGreaterThan(statuses[503] ?? 0, 0, "150 logins at once were all queued: \(statuses)")
        XCTAssertGreaterThan(statuses[200] ?? 0, 0, "\(statuses)")
        let after = try server.client.request("POST", "/api/auth/login", json: #"{"email":"\#(email)","password":"correct horse battery"}"#)
        XCTAssertEqual(after.status, 200, "the queue drained: \(after)")
    }
}
