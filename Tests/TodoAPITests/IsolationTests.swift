import Foundation
import XCTest

/// Contract § Tasks, ownership: another user's path is 403, another user's task is 404, and the
/// precedence is 401, then 403, then 422 / 404.
final class IsolationTests: TodoTestCase {
    /// Every task endpoint on `path` prefix `base` with task `id`.
    private func everyEndpoint(base: String, id: Int) -> [(method: String, path: String, body: String?)] {
        [
            ("GET", base, nil), ("POST", base, #"{"title":"intruder"}"#),
            ("GET", "\(base)/\(id)", nil), ("PUT", "\(base)/\(id)", #"{"title":"intruder"}"#),
            ("PATCH", "\(base)/\(id)", #"{"title":"intruder"}"#), ("PATCH", "\(base)/\(id)/complete", nil),
            ("DELETE", "\(base)/\(id)", nil),
        ]
    }

    func testOtherUsersPathIs403OnEveryEndpoint() throws {
        let alice = try signup()
        let bob = try signup()
        let task = try createTask(alice, title: "alice's", description: "private")
        let id = try XCTUnwrap(task["id"]?.intValue)
        for (method, path, body) in everyEndpoint(base: alice.tasksPath, id: id) {
            assertDetail(
                try client.request(method, path, token: bob.token, body: body.map { Array($0.utf8) }), 403, nil, "\(method) \(path)")
        }
        for (method, path, body) in everyEndpoint(base: "/api/not-a-uuid/tasks", id: id) {
            assertDetail(
                try client.request(method, path, token: bob.token, body: body.map { Array($0.utf8) }), 403, nil, "\(method) \(path)")
        }
        let untouched = try client.get(alice.taskPath(id), token: alice.token)
        XCTAssertEqual(untouched.json, task, "alice's task changed")
        XCTAssertEqual(try client.get(alice.tasksPath, token: alice.token).header("X-Total-Count"), "1")
    }

    func testOtherUsersTaskUnderOwnPathIs404() throws {
        let alice = try signup()
        let bob = try signup()
        let task = try createTask(alice, title: "alice's")
        let id = try XCTUnwrap(task["id"]?.intValue)
        for (method, path, body) in everyEndpoint(base: bob.tasksPath, id: id) where path != bob.tasksPath {
            assertDetail(
                try client.request(method, path, token: bob.token, body: body.map { Array($0.utf8) }), 404, "Task not found",
                "\(method) \(path)")
        }
        XCTAssertEqual(try client.get(alice.taskPath(id), token: alice.token).json, task, "alice's task changed")
        let bobsList = try client.get(bob.tasksPath, token: bob.token)
        XCTAssertEqual(bobsList.json, .array([]))
        XCTAssertEqual(bobsList.header("X-Total-Count"), "0")
    }

    func testListsAndSearchNeverCrossUsers() throws {
        let alice = try signup()
        let bob = try signup()
        try createTask(alice, title: "shared word zebra")
        try createTask(bob, title: "zebra too")
        let aliceList = try client.get(alice.tasksPath + "?q=zebra", token: alice.token)
        XCTAssertEqual(aliceList.json?.arrayValue?.count, 1)
        XCTAssertEqual(aliceList.json?.arrayValue?.first?["user_id"]?.stringValue, alice.id)
        XCTAssertEqual(aliceList.header("X-Total-Count"), "1")
    }

    func testPrecedence401Then403Then422() throws {
        let alice = try signup()
        let bob = try signup()
        let id = try XCTUnwrap(try createTask(alice, title: "x")["id"]?.intValue)
        let invalidBody = #"{"title": 5"#

        // No token: 401 even with someone else's path, a bad id and a broken body.
        assert401(try client.request("POST", alice.tasksPath, json: invalidBody), "no token, bad body")
        assert401(try client.request("PUT", "\(alice.tasksPath)/abc", json: invalidBody), "no token, bad id")
        assert401(try client.get(alice.tasksPath + "?limit=0&status=ALL"), "no token, bad query")
        assert401(try client.request("POST", alice.tasksPath, token: "garbage", json: invalidBody), "bad token, bad body")

        // Wrong user: 403 before any validation or lookup.
        assertDetail(try client.request("POST", alice.tasksPath, token: bob.token, json: invalidBody), 403, nil, "bad body")
        assertDetail(try client.request("PUT", "\(alice.tasksPath)/abc", token: bob.token, json: invalidBody), 403, nil, "bad id")
        assertDetail(try client.get(alice.tasksPath + "?limit=0&status=ALL", token: bob.token), 403, nil, "bad query")
        assertDetail(try client.request("PATCH", "\(alice.tasksPath)/999999999", token: bob.token, json: "[]"), 403, nil, "missing task")

        // Own path: validation (422) before existence (404).
        assert422(
            try client.request("PUT", "\(alice.tasksPath)/999999999", token: alice.token, json: "{}"), locs: ["body.title"],
            "missing task, bad body")
        assert422(try client.request("PATCH", "\(alice.tasksPath)/abc", token: alice.token, json: "{}"), locs: ["path.id"])
        assertDetail(try client.request("PUT", alice.taskPath(id + 1_000_000), token: alice.token, json: #"{"title":"ok"}"#), 404)
    }
}
