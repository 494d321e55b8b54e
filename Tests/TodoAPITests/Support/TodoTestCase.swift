import Foundation
import Runtime
import XCTest

/// The server most tests share: one process on one fresh database for the whole test run. Tests
/// stay independent by creating their own users (every user sees only their own tasks).
enum SharedServer {
    private static let started: Result<ServerProcess, any Error> = Result { try ServerProcess.start(name: "shared") }

    static var databaseURL: String? { try? started.get().databaseURL }

    static func get() throws -> ServerProcess {
        let server = try started.get()
        guard server.isRunning else {
            throw HTTPClientError(description: "the shared server has died:\n\(server.logTail())")
        }
        return server
    }
}

/// A signed-up user and their token.
struct TestUser {
    var id: String
    var email: String
    var password: String
    var token: String
    var tasksPath: String { "/api/\(id)/tasks" }
    func taskPath(_ id: Int) -> String { "/api/\(self.id)/tasks/\(id)" }
}

/// Base class: the shared server, plus helpers that speak the API.
class TodoTestCase: XCTestCase {
    private(set) var server: ServerProcess!
    var client: HTTPClient { server.client }

    override func setUpWithError() throws {
        try super.setUpWithError()
        server = try SharedServer.get()
    }

    static func uniqueEmail(_ prefix: String = "user") -> String {
        "\(prefix)-\(UUID().uuidString.prefix(12).lowercased())@example.com"
    }

    /// Signs a new user up and returns them; fails the test on anything but 201.
    func signup(
        email: String? = nil, password: String = "correct horse battery", name: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> TestUser {
        let address = email ?? Self.uniqueEmail()
        var body = "{\"email\":\(jsonString(address)),\"password\":\(jsonString(password))"
        if let name { body += ",\"name\":\(jsonString(name))" }
        body += "}"
        let response = try client.request("POST", "/api/auth/signup", json: body)
        guard response.status == 201, let id = response.json?["user"]?["id"]?.stringValue,
            let token = response.json?["access_token"]?.stringValue
        else {
            XCTFail("signup failed: \(response)", file: file, line: line)
            throw HTTPClientError(description: "signup failed")
        }
        return TestUser(id: id, email: response.json?["user"]?["email"]?.stringValue ?? address, password: password, token: token)
    }

    /// Creates a task (raw JSON body) and returns its JSON; fails the test on anything but 201.
    @discardableResult
    func createTask(_ user: TestUser, json: String, file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        let response = try client.request("POST", user.tasksPath, token: user.token, json: json)
        guard response.status == 201, let task = response.json else {
            XCTFail("create failed: \(response)", file: file, line: line)
            throw HTTPClientError(description: "create failed")
        }
        return task
    }

    @discardableResult
    func createTask(
        _ user: TestUser, title: String, description: String? = nil, completed: Bool? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> JSONValue {
        var body = "{\"title\":\(jsonString(title))"
        if let description { body += ",\"description\":\(jsonString(description))" }
        if let completed { body += ",\"completed\":\(completed)" }
        return try createTask(user, json: body + "}", file: file, line: line)
    }

    func assertStatus(_ response: HTTPResponse, _ status: Int, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(response.status, status, "\(message) \(response)", file: file, line: line)
    }

    /// 422 whose issues include exactly `locs` (as "body.title" etc.).
    func assert422(_ response: HTTPResponse, locs: Set<String>, _ message: String = "", file: StaticString = #filePath, line: UInt = #line)
    {
        XCTAssertEqual(response.status, 422, "\(message) \(response)", file: file, line: line)
        XCTAssertEqual(response.issueLocs, locs, "\(message) \(response)", file: file, line: line)
        XCTAssertTrue(response.header("Content-Type")?.hasPrefix("application/json") ?? false, file: file, line: line)
        for issue in response.issues {
            XCTAssertFalse(issue.msg.isEmpty, "empty msg in \(response)", file: file, line: line)
            XCTAssertFalse(issue.type.isEmpty, "empty type in \(response)", file: file, line: line)
        }
    }

    /// `{"detail": "<string>"}` with the given status and JSON content type.
    func assertDetail(
        _ response: HTTPResponse, _ status: Int, _ detail: String? = nil, _ message: String = "", file: StaticString = #filePath,
        line: UInt = #line
    ) {
        XCTAssertEqual(response.status, status, "\(message) \(response)", file: file, line: line)
        XCTAssertNotNil(response.detail, "no string detail: \(message) \(response)", file: file, line: line)
        if let detail { XCTAssertEqual(response.detail, detail, "\(message)", file: file, line: line) }
        XCTAssertEqual(response.json?.objectKeys, ["detail"], "\(message) \(response)", file: file, line: line)
        XCTAssertTrue(
            response.header("Content-Type")?.hasPrefix("application/json") ?? false, "\(message) content type", file: file, line: line)
    }

    /// 401 with `WWW-Authenticate: Bearer`.
    func assert401(_ response: HTTPResponse, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        assertDetail(response, 401, nil, message, file: file, line: line)
        XCTAssertEqual(response.header("WWW-Authenticate"), "Bearer", "\(message)", file: file, line: line)
    }
}

/// Parses an RFC 3339 timestamp from the API into microseconds since the epoch.
func microseconds(_ value: JSONValue?) -> Int64? {
    guard let text = value?.stringValue, let timestamp = Timestamp(rfc3339: text) else { return nil }
    return timestamp.microsecondsSinceEpoch
}
