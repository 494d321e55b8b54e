import Foundation
import Glibc
import PostgresTestCluster
import RawHTTPClient
import XCTest

/// Contract § Configuration: a bad secret or database URL stops start-up with one line naming
/// the variable and a non-zero exit, before the port is bound.
final class ConfigurationTests: XCTestCase {
    /// Holds `port` (bound and listening) so a server that tried to bind first would fail with
    /// a different message: the test then proves the configuration is checked before binding.
    private final class PortHolder {
        let fd: Int32
        let port: Int

        init() throws {
            port = try freePort()
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            guard bound, listen(fd, 1) == 0 else {
                close(fd)
                throw HTTPClientError(description: "cannot hold port \(port): errno \(errno)")
            }
        }

        deinit { close(fd) }
    }

    /// Runs the server with `change` applied to a valid environment; returns exit code and output.
    private func startFails(
        _ change: (inout [String: String]) -> Void, naming variable: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let holder = try PortHolder()
        var environment = ServerProcess.environment(databaseURL: try TestCluster.url(), port: holder.port)
        environment.removeValue(forKey: "LOG_LEVEL")
        change(&environment)
        let process = try ServerProcess(environment: environment, port: holder.port, name: "config")
        let started = Date()
        guard let code = process.waitForExit(timeout: 10) else {
            process.stop()
            return XCTFail("server with bad \(variable) did not exit:\n\(process.logTail())", file: file, line: line)
        }
        XCTAssertNotEqual(code, 0, "exit code", file: file, line: line)
        XCTAssertLessThan(code, 128, "died from a signal", file: file, line: line)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "took too long (connected to something?)", file: file, line: line)
        let lines = process.log.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertEqual(lines.count, 1, "want one line, got:\n\(process.log)", file: file, line: line)
        XCTAssertTrue(lines.first?.contains(variable) ?? false, "message does not name \(variable): \(process.log)", file: file, line: line)
        XCTAssertFalse(process.log.contains(ServerProcess.secret.prefix(20)), "the secret is printed", file: file, line: line)
    }

    func testMissingSecret() throws {
        try startFails({ $0.removeValue(forKey: "BETTER_AUTH_SECRET") }, naming: "BETTER_AUTH_SECRET")
        try startFails({ $0["BETTER_AUTH_SECRET"] = "" }, naming: "BETTER_AUTH_SECRET")
    }

    func testShortSecret() throws {
        try startFails({ $0["BETTER_AUTH_SECRET"] = String(ServerProcess.secret.dropLast()) }, naming: "BETTER_AUTH_SECRET")
        try startFails({ $0["BETTER_AUTH_SECRET"] = "short" }, naming: "BETTER_AUTH_SECRET")
    }

    func testThirtyTwoCharacterSecretIsEnough() throws {
        XCTAssertEqual(ServerProcess.secret.count, 32)
        XCTAssertEqual(try SharedServer.get().client.get("/health").status, 200)
    }

    func testDotEnvFileAndDefaults() throws {
        let port = try freePort()
        var environment = ServerProcess.environment(databaseURL: try TestCluster.freshDatabase(), port: port)
        environment.removeValue(forKey: "BETTER_AUTH_SECRET")
        environment.removeValue(forKey: "FRONTEND_URL")
        let secret = "dotenv-secret-0123456789abcdef-xyz"
        let dotEnv = "# settings for the e2e test\nBETTER_AUTH_SECRET=\"\(secret)\"\nexport JWT_EXPIRES_IN=120\nPORT=1\n"
        let server = try ServerProcess(environment: environment, port: port, name: "dotenv", dotEnv: dotEnv)
        defer { server.stop() }
        try server.waitUntilHealthy()

        let email = "dotenv-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let response = try server.client.request("POST", "/api/auth/signup", json: #"{"email":"\#(email)","password":"password1"}"#)
        XCTAssertEqual(response.status, 201, "\(response)")
        XCTAssertEqual(response.json?["expires_in"]?.intValue, 120, "JWT_EXPIRES_IN from .env")
        let parts = (response.json?["access_token"]?.stringValue ?? "").split(separator: ".")
        XCTAssertEqual(parts.count, 3)
        if parts.count == 3 {
            let signature = TokenForge.base64URL(
                TokenForge.hmacSHA256(key: Array(secret.utf8), message: Array("\(parts[0]).\(parts[1])".utf8)))
            XCTAssertEqual(String(parts[2]), signature, "not signed with the secret from .env")
        }
        let cors = try server.client.get("/health", headers: [("Origin", "http://localhost:3000")])
        XCTAssertEqual(cors.header("Access-Control-Allow-Origin"), "http://localhost:3000", "FRONTEND_URL default")
    }

    func testMalformedDatabaseURL() throws {
        for url in [
            "postgresql://[::1/todo", "not a url at all", "postgresql://localhost/todo?no_such_option=1", "mysql://user@localhost/todo",
            "postgresql://%zz@localhost/todo",
        ] {
            try startFails({ $0["DATABASE_URL"] = url }, naming: "DATABASE_URL")
        }
    }
}
