import Runtime
import XCTest

/// Contract § Tasks: create, get, replace, patch, complete, delete, and the field rules.
final class TaskCRUDTests: TodoTestCase {
    func testCreateReturns201WithLocationAndDefaults() throws {
        let user = try signup()
        let response = try client.request("POST", user.tasksPath, token: user.token, json: #"{"title":"Buy milk"}"#)
        assertStatus(response, 201)
        let task = try XCTUnwrap(response.json)
        XCTAssertEqual(task.objectKeys, ["id", "user_id", "title", "description", "completed", "created_at", "updated_at"])
        let id = try XCTUnwrap(task["id"]?.intValue, "id must be an integer: \(response)")
        XCTAssertEqual(task["user_id"]?.stringValue, user.id)
        XCTAssertEqual(task["title"]?.stringValue, "Buy milk")
        XCTAssertEqual(task["description"], .null)
        XCTAssertEqual(task["completed"], .bool(false))
        let created = try XCTUnwrap(microseconds(task["created_at"]), "created_at not RFC 3339")
        let updated = try XCTUnwrap(microseconds(task["updated_at"]), "updated_at not RFC 3339")
        XCTAssertLessThanOrEqual(created, updated)
        XCTAssertLessThan(abs(created - Timestamp.now().microsecondsSinceEpoch), 60_000_000)
        for key in ["created_at", "updated_at"] {
            let text = task[key]?.stringValue ?? ""
            XCTAssertTrue(text.hasSuffix("Z") || text.hasSuffix("+00:00"), "\(key) not UTC: \(text)")
        }
        XCTAssertEqual(response.header("Location"), "/api/\(user.id)/tasks/\(id)")
        let fetched = try client.get(user.taskPath(id), token: user.token)
        assertStatus(fetched, 200)
        XCTAssertEqual(fetched.json, task)
        XCTAssertTrue(fetched.header("Content-Type")?.hasPrefix("application/json") ?? false)
        let list = try client.get(user.tasksPath, token: user.token)
        XCTAssertEqual(list.json, .array([task]))
        XCTAssertTrue(list.header("Content-Type")?.hasPrefix("application/json") ?? false)
    }

    func testCreateWithEveryField() throws {
        let user = try signup()
        let task = try createTask(
            user, json: #"{"title":"t","description":"d","completed":true,"id":999,"user_id":"x","unknown":[1,{"a":null}]}"#)
        XCTAssertEqual(task["description"]?.stringValue, "d")
        XCTAssertEqual(task["completed"], .bool(true))
        XCTAssertEqual(task["user_id"]?.stringValue, user.id, "user_id in the body must be ignored")
        XCTAssertNotEqual(task["id"]?.intValue, 999, "id in the body must be ignored")
        let nullDescription = try createTask(user, json: #"{"title":"t","description":null}"#)
        XCTAssertEqual(nullDescription["description"], .null)
    }

    func testTitleAndDescriptionLengthsCountCodePoints() throws {
        let user = try signup()
        let emoji200 = String(repeating: "😀", count: 200)
        XCTAssertEqual(try createTask(user, title: emoji200)["title"]?.stringValue, emoji200)
        let tooLong = try client.request(
            "POST", user.tasksPath, token: user.token, json: #"{"title":"\#(String(repeating: "😀", count: 201))"}"#)
        assert422(tooLong, locs: ["body.title"])
        XCTAssertEqual(tooLong.issues.first?.type, "string_too_long")
        // 101 "é" written as e + combining accent: 101 graphemes but 202 code points.
        let combining = String(repeating: "e\u{301}", count: 101)
        assert422(
            try client.request("POST", user.tasksPath, token: user.token, json: "{\"title\":\(jsonString(combining))}"),
            locs: ["body.title"], "graphemes are not code points")
        assertStatus(
            try client.request(
                "POST", user.tasksPath, token: user.token, json: "{\"title\":\(jsonString(String(repeating: "e\u{301}", count: 100)))}"),
            201)
        let empty = try client.request("POST", user.tasksPath, token: user.token, json: #"{"title":""}"#)
        assert422(empty, locs: ["body.title"])
        XCTAssertEqual(empty.issues.first?.type, "string_too_short")

        let description1000 = String(repeating: "🎉", count: 1000)
        XCTAssertEqual(try createTask(user, title: "d", description: description1000)["description"]?.stringValue, description1000)
        assert422(
            try client.request(
                "POST", user.tasksPath, token: user.token,
                json: "{\"title\":\"d\",\"description\":\(jsonString(String(repeating: "x", count: 1001)))}"), locs: ["body.description"])
        XCTAssertEqual(try createTask(user, title: "d", description: "")["description"]?.stringValue, "", "an empty description is allowed")
    }

    func testTextRoundTripsExactly() throws {
        let user = try signup()
        let tricky = "quote \" backslash \\ tab \t newline \n ctrl \u{1} emoji 👩‍👩‍👧 CJK 漢字 RTL שלום </script>"
        let task = try createTask(user, title: tricky, description: tricky)
        XCTAssertEqual(task["title"]?.stringValue, tricky)
        let id = try XCTUnwrap(task["id"]?.intValue)
        XCTAssertEqual(try client.get(user.taskPath(id), token: user.token).json?["description"]?.stringValue, tricky)
    }

    func testPutReplacesAndResetsAbsentOptionalFields() throws {
        let user = try signup()
        let task = try createTask(user, title: "old", description: "desc", completed: true)
        let id = try XCTUnwrap(task["id"]?.intValue)
        let replaced = try client.request("PUT", user.taskPath(id), token: user.token, json: #"{"title":"new"}"#)
        assertStatus(replaced, 200)
        XCTAssertEqual(replaced.json?["title"]?.stringValue, "new")
        XCTAssertEqual(replaced.json?["description"], .null, "absent description resets to null")
        XCTAssertEqual(replaced.json?["completed"], .bool(false), "absent completed resets to false")
        XCTAssertEqual(replaced.json?["id"]?.intValue, id)
        XCTAssertEqual(replaced.json?["created_at"], task["created_at"])
        XCTAssertGreaterThan(microseconds(replaced.json?["updated_at"]) ?? 0, microseconds(task["updated_at"]) ?? .max)
        XCTAssertEqual(try client.get(user.taskPath(id), token: user.token).json, replaced.json)

        let full = try client.request(
            "PUT", user.taskPath(id), token: user.token, json: #"{"title":"full","description":"d2","completed":true}"#)
        assertStatus(full, 200)
        XCTAssertEqual(full.json?["description"]?.stringValue, "d2")
        XCTAssertEqual(full.json?["completed"], .bool(true))

        assert422(
            try client.request("PUT", user.taskPath(id), token: user.token, json: #"{"description":"no title"}"#), locs: ["body.title"])
        assert422(
            try client.request("PUT", user.taskPath(id), token: user.token, json: #"{"title":"t","completed":null}"#),
            locs: ["body.completed"])
        XCTAssertEqual(try client.get(user.taskPath(id), token: user.token).json, full.json, "a rejected PUT changes nothing")
    }

    func testPatchChangesOnlyGivenFields() throws {
        let user = try signup()
        let task = try createTask(user, title: "keep", description: "keep too")
        let id = try XCTUnwrap(task["id"]?.intValue)

        let completed = try client.request("PATCH", user.taskPath(id), token: user.token, json: #"{"completed":true}"#)
        assertStatus(completed, 200)
        XCTAssertEqual(completed.json?["title"]?.stringValue, "keep")
        XCTAssertEqual(completed.json?["description"]?.stringValue, "keep too")
        XCTAssertEqual(completed.json?["completed"], .bool(true))

        let cleared = try client.request("PATCH", user.taskPath(id), token: user.token, json: #"{"description":null}"#)
        assertStatus(cleared, 200)
        XCTAssertEqual(cleared.json?["description"], .null)
        XCTAssertEqual(cleared.json?["completed"], .bool(true))
        XCTAssertEqual(cleared.json?["title"]?.stringValue, "keep")

        let retitled = try client.request("PATCH", user.taskPath(id), token: user.token, json: #"{"title":"renamed","ignored":1}"#)
        assertStatus(retitled, 200)
        XCTAssertEqual(retitled.json?["title"]?.stringValue, "renamed")
        XCTAssertEqual(retitled.json?["completed"], .bool(true))

        let nothing = try client.request("PATCH", user.taskPath(id), token: user.token, json: "{}")
        assertStatus(nothing, 200)
        XCTAssertEqual(nothing.json?["title"]?.stringValue, "renamed")
        XCTAssertEqual(nothing.json?["created_at"], task["created_at"])

        let bad = try client.request(
            "PATCH", user.taskPath(id), token: user.token, json: #"{"title":null,"completed":null,"description":7}"#)
        assert422(bad, locs: ["body.title", "body.completed", "body.description"])
        assert422(try client.request("PATCH", user.taskPath(id), token: user.token, json: #"{"title":""}"#), locs: ["body.title"])
        XCTAssertEqual(try client.get(user.taskPath(id), token: user.token).json?["title"]?.stringValue, "renamed")
    }

    func testCompleteFlipsBothWays() throws {
        let user = try signup()
        let id = try XCTUnwrap(try createTask(user, title: "flip")["id"]?.intValue)
        let first = try client.request("PATCH", user.taskPath(id) + "/complete", token: user.token)
        assertStatus(first, 200)
        XCTAssertEqual(first.json?["completed"], .bool(true))
        XCTAssertEqual(first.json?["title"]?.stringValue, "flip")
        let second = try client.request("PATCH", user.taskPath(id) + "/complete", token: user.token, json: #"{"completed":true}"#)
        assertStatus(second, 200, "a body on /complete is ignored")
        XCTAssertEqual(second.json?["completed"], .bool(false))
        assertDetail(try client.request("PATCH", user.taskPath(id + 1_000_000) + "/complete", token: user.token), 404)
    }

    func testUpdatedAtMovesForwardAndCreatedAtNeverChanges() throws {
        let user = try signup()
        let task = try createTask(user, title: "clock")
        let id = try XCTUnwrap(task["id"]?.intValue)
        var previous = try XCTUnwrap(microseconds(task["updated_at"]))
        let steps: [(String, String, String?)] = [
            ("PATCH", user.taskPath(id), #"{"title":"a"}"#), ("PATCH", user.taskPath(id) + "/complete", nil),
            ("PUT", user.taskPath(id), #"{"title":"b"}"#), ("PATCH", user.taskPath(id), #"{"completed":true}"#),
            ("PATCH", user.taskPath(id) + "/complete", nil), ("PUT", user.taskPath(id), #"{"title":"b"}"#),
        ]
        for (method, path, body) in steps {
            let response = try client.request(method, path, token: user.token, body: body.map { Array($0.utf8) })
            assertStatus(response, 200, "\(method) \(path)")
            let updated = try XCTUnwrap(microseconds(response.json?["updated_at"]))
            XCTAssertGreaterThan(updated, previous, "\(method) \(path) did not move updated_at forward")
            XCTAssertEqual(response.json?["created_at"], task["created_at"], "created_at changed on \(method)")
            previous = updated
        }
    }

    func testDeleteThen404Everywhere() throws {
        let user = try signup()
        let id = try XCTUnwrap(try createTask(user, title: "doomed")["id"]?.intValue)
        let deleted = try client.request("DELETE", user.taskPath(id), token: user.token)
        assertStatus(deleted, 204)
        XCTAssertTrue(deleted.body.isEmpty)
        XCTAssertTrue(deleted.header("Content-Length") == nil || deleted.header("Content-Length") == "0")
        assertDetail(try client.get(user.taskPath(id), token: user.token), 404, "Task not found")
        assertDetail(try client.request("DELETE", user.taskPath(id), token: user.token), 404)
        assertDetail(try client.request("PUT", user.taskPath(id), token: user.token, json: #"{"title":"x"}"#), 404)
        assertDetail(try client.request("PATCH", user.taskPath(id), token: user.token, json: #"{"title":"x"}"#), 404)
        assertDetail(try client.request("PATCH", user.taskPath(id) + "/complete", token: user.token), 404)
        XCTAssertEqual(try client.get(user.tasksPath, token: user.token).json, .array([]))
    }

    func testNonIntegerIdIs422AndUnknownIntegerIs404() throws {
        let user = try signup()
        for bad in ["abc", "1.5", "1e3", "0x10", "%20", "one", "1_000"] {
            let path = "\(user.tasksPath)/\(bad)"
            assert422(try client.get(path, token: user.token), locs: ["path.id"], bad)
            assert422(try client.request("DELETE", path, token: user.token), locs: ["path.id"], bad)
            assert422(try client.request("PUT", path, token: user.token, json: #"{"title":"x"}"#), locs: ["path.id"], bad)
            assert422(try client.request("PATCH", path, token: user.token, json: "{}"), locs: ["path.id"], bad)
            assert422(try client.request("PATCH", path + "/complete", token: user.token), locs: ["path.id"], bad)
        }
        for missing in ["0", "-1", "2147483647", "999999999"] {
            assertDetail(try client.get("\(user.tasksPath)/\(missing)", token: user.token), 404, "Task not found", missing)
        }
    }

    func testIntegersBeyondTheIdRangeAreNotFound() throws {
        // The reference answers 404 for any integer, however large: it is an integer, and no such task exists.
        let user = try signup()
        for huge in ["2147483648", "9223372036854775807", "99999999999999999999999"] {
            assertDetail(try client.get("\(user.tasksPath)/\(huge)", token: user.token), 404, "Task not found", huge)
        }
    }
}
