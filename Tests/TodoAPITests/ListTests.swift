import Runtime
import XCTest

/// Contract § Tasks, list: filters, search, sort, paging, X-Total-Count, invalid parameters.
final class ListTests: TodoTestCase {
    /// One user with 25 tasks, built once for the class: titles repeat (to force ties), every
    /// third task completed, every fifth has its `updated_at` bumped.
    private static let fixture = LockedBox<(user: TestUser, tasks: [JSONValue])?>(nil)

    private func pagingFixture() throws -> (user: TestUser, tasks: [JSONValue]) {
        if let existing = Self.fixture.current { return existing }
        let user = try signup()
        var tasks: [JSONValue] = []
        for index in 0..<25 {
            tasks.append(
                try createTask(
                    user, title: ["beta", "alpha", "gamma"][index % 3], description: "number \(index)", completed: index % 3 == 0))
        }
        for index in stride(from: 0, to: 25, by: 5) {
            let id = try XCTUnwrap(tasks[index]["id"]?.intValue)
            let touched = try client.request("PATCH", user.taskPath(id), token: user.token, json: #"{"description":"touched \#(index)"}"#)
            tasks[index] = try XCTUnwrap(touched.json)
        }
        Self.fixture.set((user, tasks))
        return (user, tasks)
    }

    private func list(_ user: TestUser, _ query: String = "", file: StaticString = #filePath, line: UInt = #line) throws -> (
        tasks: [JSONValue], total: Int?
    ) {
        let response = try client.get(user.tasksPath + (query.isEmpty ? "" : "?" + query), token: user.token)
        XCTAssertEqual(response.status, 200, "\(query): \(response)", file: file, line: line)
        return (response.json?.arrayValue ?? [], response.header("X-Total-Count").flatMap { Int($0) })
    }

    private func ids(_ tasks: [JSONValue]) -> [Int] { tasks.compactMap { $0["id"]?.intValue } }

    /// The expected order: by the sort key, ties broken by id in the same direction.
    private func expectedOrder(_ tasks: [JSONValue], sort: String, descending: Bool) -> [Int] {
        let sorted = tasks.sorted { lhs, rhs in
            let left: String
            let right: String
            switch sort {
            case "title": (left, right) = (lhs["title"]?.stringValue ?? "", rhs["title"]?.stringValue ?? "")
            case "updated":
                (left, right) = (
                    String(format: "%020lld", microseconds(lhs["updated_at"]) ?? 0),
                    String(format: "%020lld", microseconds(rhs["updated_at"]) ?? 0)
                )
            default:
                (left, right) = (
                    String(format: "%020lld", microseconds(lhs["created_at"]) ?? 0),
                    String(format: "%020lld", microseconds(rhs["created_at"]) ?? 0)
                )
            }
            let leftID = lhs["id"]?.intValue ?? 0
            let rightID = rhs["id"]?.intValue ?? 0
            if left != right { return descending ? left > right : left < right }
            return descending ? leftID > rightID : leftID < rightID
        }
        return ids(sorted)
    }

    func testDefaultsAreCreatedDescendingWithTotal() throws {
        let (user, tasks) = try pagingFixture()
        let (page, total) = try list(user)
        XCTAssertEqual(total, 25)
        XCTAssertEqual(ids(page), expectedOrder(tasks, sort: "created", descending: true))
        XCTAssertEqual(
            ids(page), try list(user, "status=all&sort=created&order=desc&limit=50&offset=0").tasks.map { $0["id"]?.intValue ?? -1 })
    }

    func testPagingNeverRepeatsOrSkipsUnderEverySort() throws {
        let (user, tasks) = try pagingFixture()
        for sort in ["created", "updated", "title"] {
            for order in ["asc", "desc"] {
                var seen: [Int] = []
                var offset = 0
                while offset < 30 {
                    let (page, total) = try list(user, "sort=\(sort)&order=\(order)&limit=7&offset=\(offset)")
                    XCTAssertEqual(total, 25, "X-Total-Count ignores paging")
                    XCTAssertLessThanOrEqual(page.count, 7)
                    seen += ids(page)
                    offset += 7
                }
                XCTAssertEqual(seen.count, 25, "\(sort) \(order)")
                XCTAssertEqual(Set(seen).count, 25, "\(sort) \(order): repeats")
                XCTAssertEqual(seen, expectedOrder(tasks, sort: sort, descending: order == "desc"), "\(sort) \(order): wrong order")
            }
        }
    }

    func testStatusFilterAndTotal() throws {
        let (user, tasks) = try pagingFixture()
        let completedIDs = Set(tasks.filter { $0["completed"] == .bool(true) }.compactMap { $0["id"]?.intValue })
        let completed = try list(user, "status=completed")
        XCTAssertEqual(Set(ids(completed.tasks)), completedIDs)
        XCTAssertEqual(completed.total, completedIDs.count)
        let pending = try list(user, "status=pending&limit=2")
        XCTAssertEqual(pending.total, 25 - completedIDs.count)
        XCTAssertEqual(pending.tasks.count, 2)
        XCTAssertTrue(pending.tasks.allSatisfy { $0["completed"] == .bool(false) })
    }

    func testOffsetBeyondTheEndIsEmptyWithTotal() throws {
        let (user, _) = try pagingFixture()
        for offset in ["25", "1000", "2147483648"] {
            let response = try client.get(user.tasksPath + "?offset=\(offset)", token: user.token)
            assertStatus(response, 200, offset)
            XCTAssertEqual(response.json, .array([]), offset)
            XCTAssertEqual(response.header("X-Total-Count"), "25", offset)
        }
        XCTAssertEqual(try list(user, "limit=1").tasks.count, 1)
        XCTAssertEqual(try list(user, "limit=100").tasks.count, 25)
    }

    func testSearchIsLiteralAndCaseInsensitive() throws {
        let user = try signup()
        let percent = try createTask(user, title: "100% done")
        let underscore = try createTask(user, title: "under_score")
        let lookalike = try createTask(user, title: "underXscore")
        let inDescription = try createTask(user, title: "plain", description: "Mentions ZEBRA here")
        let backslash = try createTask(user, title: #"back\slash"#)
        func search(_ encoded: String) throws -> Set<Int> {
            let (tasks, total) = try list(user, "q=\(encoded)")
            XCTAssertEqual(total, tasks.count, encoded)
            return Set(ids(tasks))
        }
        func id(_ task: JSONValue) -> Int { task["id"]?.intValue ?? -1 }
        XCTAssertEqual(try search("%25"), [id(percent)], "% is literal")
        XCTAssertEqual(try search("_"), [id(underscore)], "_ is literal")
        XCTAssertEqual(try search("r_s"), [id(underscore)])
        XCTAssertEqual(try search("UNDER"), [id(underscore), id(lookalike)], "case-insensitive")
        XCTAssertEqual(try search("zebra"), [id(inDescription)], "description is searched")
        XCTAssertEqual(try search("%5C"), [id(backslash)], "backslash is literal")
        XCTAssertEqual(try search("100%25+DONE"), [id(percent)], "+ decodes to a space")
        XCTAssertEqual(try search("nothing-matches"), [])
        XCTAssertEqual(try search("%27%3B+DROP+TABLE+tasks%3B--"), [])
        XCTAssertEqual(try search("").count, 5, "empty q keeps everything")
        XCTAssertEqual(
            try list(user, "q=under&status=pending&sort=title&order=asc").tasks.map { $0["title"]?.stringValue ?? "" },
            ["underXscore", "under_score"])
    }

    func testSearchIgnoresCaseBeyondASCII() throws {
        let user = try signup()
        let task = try createTask(user, title: "Ärger mit Émile")
        let encoded = "ärger émile".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        XCTAssertEqual(
            ids(try list(user, "q=\(encoded.replacingOccurrences(of: "%20", with: "+mit+"))").tasks), [task["id"]?.intValue ?? -1],
            "lower-case non-ASCII query")
        XCTAssertEqual(ids(try list(user, "q=%C3%84RGER").tasks), [task["id"]?.intValue ?? -1], "upper-case query")
    }

    func testInvalidParametersAre422() throws {
        let user = try signup()
        let cases: [(String, String)] = [
            ("status=ALL", "query.status"), ("status=done", "query.status"), ("status=", "query.status"),
            ("sort=name", "query.sort"), ("sort=Created", "query.sort"), ("order=ASC", "query.order"), ("order=up", "query.order"),
            ("limit=0", "query.limit"), ("limit=101", "query.limit"), ("limit=abc", "query.limit"), ("limit=1.5", "query.limit"),
            ("limit=-1", "query.limit"), ("limit=", "query.limit"), ("offset=-1", "query.offset"), ("offset=x", "query.offset"),
        ]
        for (query, loc) in cases {
            assert422(try client.get(user.tasksPath + "?" + query, token: user.token), locs: [loc], query)
        }
        let all = try client.get(user.tasksPath + "?status=ALL&sort=x&order=y&limit=0&offset=-5", token: user.token)
        assert422(all, locs: ["query.status", "query.sort", "query.order", "query.limit", "query.offset"])
        XCTAssertFalse(all.text.contains("ALL"), "422 echoes the value: \(all.text)")
    }
}
