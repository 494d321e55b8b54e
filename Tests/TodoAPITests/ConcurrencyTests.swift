import Foundation
import XCTest

/// Concurrent clients: races the contract implies must not exist (lost toggles, duplicate
/// users) and more simultaneous requests than the database pool has connections.
final class ConcurrencyTests: TodoTestCase {
    func testConcurrentSignupsWithOneEmailCreateOneUser() throws {
        let client = self.client
        let email = TodoTestCase.uniqueEmail("race")
        let results = concurrently(4) { index in
            let casing = index % 2 == 0 ? email : email.uppercased()
            return try client.request("POST", "/api/auth/signup", json: #"{"email":"\#(casing)","password":"password1"}"#)
        }
        let statuses = try results.map { try $0.get().status }
        XCTAssertEqual(statuses.filter { $0 == 201 }.count, 1, "\(statuses)")
        XCTAssertEqual(statuses.filter { $0 == 409 }.count, 3, "\(statuses)")
    }

    func testConcurrentCompletesEachFlipExactlyOnce() throws {
        let user = try signup()
        let id = try XCTUnwrap(try createTask(user, title: "race")["id"]?.intValue)
        let client = self.client
        let path = user.taskPath(id) + "/complete"
        let token = user.token
        let results = concurrently(20) { _ in try client.request("PATCH", path, token: token) }
        var trues = 0
        for result in results {
            let response = try result.get()
            XCTAssertEqual(response.status, 200, "\(response)")
            if response.json?["completed"] == .bool(true) { trues += 1 }
        }
        XCTAssertEqual(trues, 10, "20 concurrent flips must alternate: some flips were lost")
        XCTAssertEqual(
            try client.get(user.taskPath(id), token: user.token).json?["completed"], .bool(false), "20 flips end where they began")
    }

    func testMoreConcurrentRequestsThanPoolConnectionsAllSucceed() throws {
        let users = try (0..<3).map { _ in try signup() }
        let client = self.client
        let results = concurrently(45) { index in
            let user = users[index % 3]
            return try client.request("POST", user.tasksPath, token: user.token, json: #"{"title":"load \#(index)"}"#)
        }
        var ids: [Int] = []
        for result in results {
            let response = try result.get()
            XCTAssertEqual(response.status, 201, "\(response)")
            ids += response.json?["id"]?.intValue.map { [$0] } ?? []
        }
        XCTAssertEqual(Set(ids).count, 45, "ids must be unique")
        for user in users {
            let list = try client.get(user.tasksPath + "?limit=100", token: user.token)
            XCTAssertEqual(list.header("X-Total-Count"), "15")
            XCTAssertTrue(list.json?.arrayValue?.allSatisfy { $0["user_id"]?.stringValue == user.id } ?? false)
        }
        let reads = concurrently(45) { index in try client.get(users[index % 3].tasksPath, token: users[index % 3].token).status }
        XCTAssertEqual(try reads.map { try $0.get() }, Array(repeating: 200, count: 45))
    }
}
