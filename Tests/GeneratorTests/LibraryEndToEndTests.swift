import Foundation
import LibraryAPIFixture
import PostgresTestCluster
import RawHTTPClient
import Runtime
import XCTest

/// The library fixture's golden output, compiled, served in this process on a fresh database
/// of a real Postgres, and driven over real HTTP: every shape of declared SQL (one row, a list,
/// no content, a transaction that rolls back on 404; public and scoped; bound from the path,
/// the query string, the body and the token) and a hand-written endpoint with query parameters.
final class LibraryEndToEndTests: XCTestCase {
    /// The hand-written endpoint: typed query parameters in, a typed list out.
    struct Handlers: LibraryAPIHandlers {
        func searchBooks(_ input: SearchBooksInput, context: APIContext) async throws -> [Book] {
            let statement = PreparedStatement(
                name: "test_search_books",
                sql:
                    "SELECT id, title, genre, copies, times_lent, published_on, price, added_at FROM books WHERE title ILIKE $1 ORDER BY id LIMIT $2"
            )
            return try await context.database.all(statement, [SQLPattern.contains(input.q), input.limit], as: Book.self)
        }
    }

    static let port: Result<Int, any Error> = Result {
        let database = try blocking { try await TestCluster.freshDatabase() }
        return try InProcessServer.start(
            GeneratedAPI.self, handlers: Handlers(), name: "library",
            environment: [("DATABASE_URL", database), ("LIBRARY_SECRET", "library-e2e-secret-0123456789abcdef"), ("LOG_LEVEL", "error")])
    }

    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    final class ResultBox<T>: @unchecked Sendable {
        // @unchecked: written once by the task before `signal`, read after `wait`.
        var result: Result<T, any Error>?
    }

    struct Reply {
        var status: Int
        var json: Any?
        var location: String?
        var nextCursor: String?
        var total: String?
        var text: String = ""
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        /// The members of a flat JSON object, in the order the server wrote them.
        var bodyKeys: [String] {
            object.keys.sorted {
                (text.range(of: "\"\($0)\":")?.lowerBound ?? text.endIndex) < (text.range(of: "\"\($1)\":")?.lowerBound ?? text.endIndex)
            }
        }
        var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
        var issueLocs: [String] {
            ((object["detail"] as? [[String: Any]]) ?? []).map { (($0["loc"] as? [Any]) ?? []).map { "\($0)" }.joined(separator: ".") }
        }
    }

    static func call(_ port: Int, _ method: String, _ target: String, token: String? = nil, body: String? = nil) throws -> Reply {
        let client = try RawClient(port: port)
        var head = "\(method) \(target) HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if let body { head += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
        _ = client.send(head + "\r\n" + (body ?? ""))
        let response = try client.readResponse()
        let json = response.body.isEmpty ? nil : try? JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed])
        return Reply(
            status: response.status, json: json, location: response.header("Location"), nextCursor: response.header("X-Next-Cursor"),
            total: response.header("X-Total-Count"), text: response.bodyText)
    }

    func call(_ method: String, _ target: String, token: String? = nil, body: String? = nil) throws -> Reply {
        try Self.call(try Self.port.get(), method, target, token: token, body: body)
    }

    func signUp(_ email: String) throws -> (id: String, token: String) {
        let reply = try call("POST", "/auth/signup", body: #"{"email": "\#(email)", "password": "correct horse battery"}"#)
        XCTAssertEqual(reply.status, 201)
        let user = reply.object["user"] as? [String: Any]
        return (user?["id"] as? String ?? "", reply.object["access_token"] as? String ?? "")
    }

    func testEveryShapeOfDeclaredSQLOverHTTP() throws {
        let alice = try signUp("alice-\(UUID().uuidString.prefix(8))@example.com")
        let bob = try signUp("bob-\(UUID().uuidString.prefix(8))@example.com")
        let dune = try call("POST", "/books", body: #"{"title": "Dune", "genre": "fiction", "copies": 1}"#)
        XCTAssertEqual(dune.status, 201)
        let duneID = dune.object["id"] as? Int ?? -1
        XCTAssertEqual(try call("POST", "/books", body: #"{"title": "SPQR", "genre": "history", "copies": 2}"#).status, 201)

        // A public list with an optional enum and a defaulted int from the query string.
        XCTAssertEqual(try call("GET", "/shelf").array.map { $0["title"] as? String }, ["Dune", "SPQR"])
        XCTAssertEqual(try call("GET", "/shelf?genre=history").array.map { $0["title"] as? String }, ["SPQR"])
        XCTAssertEqual(try call("GET", "/shelf?limit=1").array.count, 1)
        let bad = try call("GET", "/shelf?genre=poetry&limit=many")
        XCTAssertEqual(bad.status, 422)
        XCTAssertEqual(Set(bad.issueLocs), ["query.genre", "query.limit"])

        // A transaction answering one row: 201; once no copy is left, 404 and nothing changed.
        XCTAssertEqual(try call("POST", "/members/\(alice.id)/loans/\(duneID)").status, 401)
        XCTAssertEqual(try call("POST", "/members/\(alice.id)/loans/\(duneID)", token: bob.token).status, 403)
        let loan = try call("POST", "/members/\(alice.id)/loans/\(duneID)", token: alice.token)
        XCTAssertEqual(loan.status, 201)
        XCTAssertEqual(loan.object["member_id"] as? String, alice.id)
        XCTAssertEqual(loan.object["book_id"] as? Int, duneID)
        let loanID = loan.object["id"] as? Int ?? -1
        XCTAssertEqual(loan.location, "/members/\(alice.id)/loans/\(loanID)")
        XCTAssertEqual(try call("POST", "/members/\(bob.id)/loans/\(duneID)", token: bob.token).status, 404)
        XCTAssertEqual(try call("GET", "/books/\(duneID)").object["times_lent"] as? Int, 1, "the 404 rolled back the count")
        XCTAssertEqual(try call("POST", "/members/\(bob.id)/loans/999999", token: bob.token).status, 404)

        // One row, scoped: another member's loan is a 404 on their own path, never a change.
        XCTAssertEqual(try call("PATCH", "/members/\(bob.id)/loans/\(loanID)/return", token: bob.token).status, 404)
        let returned = try call("PATCH", "/members/\(alice.id)/loans/\(loanID)/return", token: alice.token)
        XCTAssertEqual(returned.status, 200)
        XCTAssertEqual(returned.object["returned"] as? Bool, true)
        XCTAssertEqual(try call("PATCH", "/members/\(alice.id)/loans/\(loanID)/return", token: alice.token).status, 404)

        // A scoped list bound from `:subject` and an optional bool.
        XCTAssertEqual(try call("GET", "/members/\(alice.id)/loans", token: alice.token).array.count, 1)
        XCTAssertEqual(try call("GET", "/members/\(alice.id)/loans?returned=false", token: alice.token).array.count, 0)
        XCTAssertEqual(try call("GET", "/members/\(alice.id)/loans?returned=true", token: alice.token).array.count, 1)
        XCTAssertEqual(try call("GET", "/members/\(bob.id)/loans", token: bob.token).array.count, 0)
        XCTAssertEqual(try call("GET", "/members/\(alice.id)/loans", token: bob.token).status, 403)

        // No content.
        XCTAssertEqual(try call("DELETE", "/members/\(bob.id)/loans", token: bob.token).status, 204)
        XCTAssertEqual(
            try call("GET", "/members/\(alice.id)/loans", token: alice.token).array.count, 1, "bob's delete touched only his rows")
        XCTAssertEqual(try call("DELETE", "/members/\(alice.id)/loans", token: alice.token).status, 204)
        XCTAssertEqual(try call("GET", "/members/\(alice.id)/loans", token: alice.token).array.count, 0)

        // Bound from the body, validated by the model's input first.
        let suggestion = try call("POST", "/suggestions", body: #"{"title": "Foundation", "genre": "science"}"#)
        XCTAssertEqual(suggestion.status, 201)
        XCTAssertEqual(suggestion.object["genre"] as? String, "science")
        XCTAssertEqual(try call("POST", "/suggestions", body: #"{"title": ""}"#).issueLocs, ["body.title"])

        // A key the client chooses never moves: the path decides it.
        let code = "S-\(UUID().uuidString.prefix(6))"
        XCTAssertEqual(try call("POST", "/shelves", body: #"{"code": "\#(code)", "label": "Science"}"#).status, 201)
        let moved = try call("PUT", "/shelves/\(code)", body: #"{"code": "Z-9", "label": "Moved"}"#)
        XCTAssertEqual(moved.status, 422)
        XCTAssertEqual(moved.issueLocs, ["body.code"])
        XCTAssertEqual(try call("PATCH", "/shelves/\(code)", body: #"{"code": "Z-9"}"#).issueLocs, ["body.code"])
        XCTAssertEqual(try call("GET", "/shelves/Z-9").status, 404)
        XCTAssertEqual(try call("GET", "/shelves/\(code)").object["label"] as? String, "Science", "nothing was written")
        XCTAssertEqual(
            try call("PUT", "/shelves/\(code)", body: #"{"code": "\#(code)", "label": "Physics"}"#).object["label"] as? String, "Physics")
        XCTAssertEqual(try call("PATCH", "/shelves/\(code)", body: #"{"label": "Chemistry"}"#).object["label"] as? String, "Chemistry")

        // Range and set filters of every kind of type; a bad item is a 422 at its parameter.
        let cosmos = try call(
            "POST", "/books", body: #"{"title": "Cosmos", "genre": "science", "copies": 3, "price": "19.99", "published_on": "1980-10-01"}"#
        )
        XCTAssertEqual(cosmos.status, 201)
        XCTAssertEqual(cosmos.object["price"] as? Double, 19.99)
        let cosmosID = cosmos.object["id"] as? Int ?? -1
        func titles(_ query: String) throws -> [String] {
            try call("GET", "/books?" + query).array.compactMap { $0["title"] as? String }.sorted()
        }
        XCTAssertEqual(try titles("genre_in=history,science"), ["Cosmos", "SPQR"])
        XCTAssertEqual(try call("GET", "/books?genre_in=history,poetry").issueLocs, ["query.genre_in"])
        XCTAssertEqual(try call("GET", "/books?genre_in=history,,science").issueLocs, ["query.genre_in"])
        XCTAssertEqual(try titles("id_in=\(duneID),\(cosmosID)"), ["Cosmos", "Dune"])
        XCTAssertEqual(try titles("min_copies=2"), ["Cosmos", "SPQR"])
        XCTAssertEqual(try titles("published_after=1980-01-01"), ["Cosmos"])
        XCTAssertEqual(try titles("published_after=1980-10-01"), [])
        XCTAssertEqual(try titles("price_below=20"), ["Cosmos"])
        XCTAssertEqual(try titles("price_below=19.99"), [])
        XCTAssertEqual(try titles("added_before=2999-01-01T00:00:00Z"), ["Cosmos", "Dune", "SPQR"])
        XCTAssertEqual(try titles("added_before=2000-01-01T00:00:00Z"), [])
        XCTAssertEqual(try titles("title_from=S"), ["SPQR"])
        XCTAssertEqual(try titles("genre_in=science,fiction&min_copies=2"), ["Cosmos"])
        XCTAssertEqual(
            Set(try call("GET", "/books?published_after=yesterday&price_below=cheap").issueLocs),
            ["query.published_after", "query.price_below"])

        // Keyset paging through a list while rows are inserted between pages: every row that
        // existed at the start is seen exactly once, and no row twice.
        let prefix = "ZZ-\(UUID().uuidString.prefix(6))-"
        var originals: [Int] = []
        for index in 0..<25 {
            let book = try call(
                "POST", "/books", body: #"{"title": "\#(prefix)\#(String(format: "%02d", index * 2))", "genre": "history"}"#)
            originals.append(book.object["id"] as? Int ?? -1)
        }
        var seen: [Int] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try call("GET", "/books?title_from=\(prefix)&limit=4" + (cursor.map { "&cursor=\($0)" } ?? ""))
            XCTAssertEqual(page.status, 200)
            XCTAssertNotNil(page.total)
            seen += page.array.compactMap { $0["id"] as? Int }
            cursor = page.nextCursor
            // One row sorting before the position reached, one after it.
            for title in [prefix + String(format: "%02d", pages) + "a", prefix + String(format: "%02d", 48 - pages) + "b"] {
                XCTAssertEqual(try call("POST", "/books", body: #"{"title": "\#(title)", "genre": "science"}"#).status, 201)
            }
            pages += 1
        } while cursor != nil && pages < 60
        XCTAssertLessThan(pages, 60, "the cursor never ran out")
        XCTAssertEqual(Set(seen).count, seen.count, "a row came twice")
        XCTAssertTrue(Set(originals).isSubset(of: Set(seen)), "a row that existed from the start was skipped")
        let first = try call("GET", "/books?title_from=\(prefix)&limit=4")
        let token = try XCTUnwrap(first.nextCursor)
        var altered = Array(token)
        altered[altered.count / 3] = altered[altered.count / 3] == "A" ? "B" : "A"
        XCTAssertEqual(try call("GET", "/books?limit=4&cursor=\(String(altered))").issueLocs, ["query.cursor"], "a forged cursor")
        XCTAssertEqual(try call("GET", "/books?limit=4&sort=copies&cursor=\(token)").issueLocs, ["query.cursor"], "another sort's cursor")
        XCTAssertEqual(try call("GET", "/books?limit=4&offset=4&cursor=\(token)").issueLocs, ["query.offset"])
        let descending = try call("GET", "/books?title_from=\(prefix)&limit=3&order=desc")
        let next = try call("GET", "/books?title_from=\(prefix)&limit=3&order=desc&cursor=\(try XCTUnwrap(descending.nextCursor))")
        let titles = (descending.array + next.array).compactMap { $0["title"] as? String }
        XCTAssertEqual(titles, titles.sorted(by: >))
        XCTAssertEqual(Set(titles).count, 6)

        // many_to_many served: link (idempotent), list, unlink; a missing side is a 404.
        let shelfCode = "L-\(UUID().uuidString.prefix(4))"
        XCTAssertEqual(try call("POST", "/shelves", body: #"{"code": "\#(shelfCode)", "label": "Sci-fi"}"#).status, 201)
        XCTAssertEqual(try call("GET", "/books/\(duneID)/shelves").array.count, 0)
        XCTAssertEqual(try call("PUT", "/books/\(duneID)/shelves/\(shelfCode)").status, 204)
        XCTAssertEqual(try call("PUT", "/books/\(duneID)/shelves/\(shelfCode)").status, 204, "linking twice is one link")
        XCTAssertEqual(try call("GET", "/books/\(duneID)/shelves").array.compactMap { $0["code"] as? String }, [shelfCode])
        XCTAssertEqual(try call("PUT", "/books/\(duneID)/shelves/NOPE").status, 404)
        XCTAssertEqual(try call("PUT", "/books/999999/shelves/\(shelfCode)").status, 404)
        XCTAssertEqual(try call("GET", "/books/999999/shelves").status, 404)
        XCTAssertEqual(try call("DELETE", "/books/\(duneID)/shelves/\(shelfCode)").status, 204)
        XCTAssertEqual(try call("DELETE", "/books/\(duneID)/shelves/\(shelfCode)").status, 404, "no link left")
        XCTAssertEqual(try call("GET", "/books/\(duneID)/shelves").array.count, 0)

        // Hand-written, with a required and a defaulted query parameter.
        XCTAssertEqual(try call("GET", "/search?q=dun").array.map { $0["title"] as? String }, ["Dune"])
        XCTAssertEqual(try call("GET", "/search").issueLocs, ["query.q"])
    }

    /// `?include=shelves` embeds each book's linked shelves in a get and in every row of a list
    /// page (one statement for the page), an empty array for a book without any; without it the
    /// rows are as before; an unknown relation is a 422 at the parameter.
    func testIncludeEmbedsLinkedRows() throws {
        let prefix = "Inc-\(UUID().uuidString.prefix(6))-"
        var ids: [Int] = []
        for title in ["a", "b", "c"] {
            let created = try call("POST", "/books", body: #"{"title": "\#(prefix + title)", "genre": "fiction"}"#)
            ids.append(try XCTUnwrap(created.object["id"] as? Int))
        }
        let shelves = ["I1-\(UUID().uuidString.prefix(4))", "I2-\(UUID().uuidString.prefix(4))"]
        for code in shelves {
            XCTAssertEqual(try call("POST", "/shelves", body: #"{"code": "\#(code)", "label": "Shelf \#(code)"}"#).status, 201)
            XCTAssertEqual(try call("PUT", "/books/\(ids[0])/shelves/\(code)").status, 204)
        }
        XCTAssertEqual(try call("PUT", "/books/\(ids[1])/shelves/\(shelves[1])").status, 204)

        let one = try call("GET", "/books/\(ids[0])?include=shelves")
        XCTAssertEqual(one.status, 200)
        XCTAssertEqual(one.object["title"] as? String, prefix + "a")
        XCTAssertEqual((one.object["shelves"] as? [[String: Any]])?.compactMap { $0["code"] as? String }, shelves)
        XCTAssertEqual((one.object["shelves"] as? [[String: Any]])?.first?["label"] as? String, "Shelf \(shelves[0])")
        XCTAssertNil(try call("GET", "/books/\(ids[0])").object["shelves"], "nothing embedded unless asked")

        let page = try call("GET", "/books?title_from=\(prefix)&limit=3&include=shelves")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.array.compactMap { $0["id"] as? Int }, ids)
        let embedded = page.array.map { row in (row["shelves"] as? [[String: Any]])?.compactMap { $0["code"] as? String } }
        XCTAssertEqual(embedded, [shelves, [shelves[1]], []])
        XCTAssertNotNil(page.nextCursor, "a full page still pages by cursor")
        XCTAssertTrue(try call("GET", "/books?title_from=\(prefix)&limit=3").array.allSatisfy { $0["shelves"] == nil })
        XCTAssertEqual(try call("GET", "/books?include=authors").issueLocs, ["query.include"])
        XCTAssertEqual(try call("GET", "/books/\(ids[0])?include=shelves,authors").issueLocs, ["query.include"])
        XCTAssertEqual(try call("GET", "/books/999999?include=shelves").status, 404)
    }

    /// `creatable: false` (a reading list's `archived`): a create that sends it is a 422 at the
    /// field, reported with the other failing fields, and nothing is written; without it the row
    /// takes the default; a patch or replace may change it.
    func testAFieldNotCreatableIsRefusedOnCreateAndChangedLater() throws {
        // The sign-up body is a create too: a member may not claim to be verified.
        let claimed = try call(
            "POST", "/auth/signup",
            body: #"{"email": "claims-\#(UUID().uuidString.prefix(8))@example.com", "password": "correct horse battery", "verified": true}"#
        )
        XCTAssertEqual(claimed.issueLocs, ["body.verified"])
        let member = try signUp("archivist-\(UUID().uuidString.prefix(8))@example.com")
        let path = "/members/\(member.id)/lists"
        let refused = try call("POST", path, token: member.token, body: #"{"name": "Later", "archived": true}"#)
        XCTAssertEqual(refused.status, 422)
        XCTAssertEqual(refused.issueLocs, ["body.archived"])
        XCTAssertEqual(
            Set(try call("POST", path, token: member.token, body: #"{"name": "", "archived": false}"#).issueLocs),
            ["body.archived", "body.name"], "every failing field at once")
        XCTAssertEqual(try call("GET", path, token: member.token).array.count, 0, "nothing was written")
        let created = try call("POST", path, token: member.token, body: #"{"name": "Later"}"#)
        XCTAssertEqual(created.status, 201)
        XCTAssertEqual(created.object["archived"] as? Bool, false)
        let id = try XCTUnwrap(created.object["id"] as? Int)
        XCTAssertEqual(
            try call("PATCH", "\(path)/\(id)", token: member.token, body: #"{"archived": true}"#).object["archived"] as? Bool, true)
        XCTAssertEqual(
            try call("PUT", "\(path)/\(id)", token: member.token, body: #"{"name": "Later", "archived": false}"#).object["archived"]
                as? Bool, false)
    }

    /// A reference to a row owned by another member (their reading list) is refused in the
    /// statement itself, on create, replace and patch: 422 at the field, nothing written.
    func testReferencesToAnotherMembersRowsAreRefused() throws {
        let alice = try signUp("alice-\(UUID().uuidString.prefix(8))@example.com")
        let bob = try signUp("bob-\(UUID().uuidString.prefix(8))@example.com")
        let book = try call("POST", "/books", body: #"{"title": "Emma", "genre": "fiction"}"#).object["id"] as? Int ?? -1
        let alicesList = try call("POST", "/members/\(alice.id)/lists", token: alice.token, body: #"{"name": "Classics"}"#)
        XCTAssertEqual(alicesList.status, 201)
        let alicesListID = alicesList.object["id"] as? Int ?? -1
        let bobsListID =
            try call("POST", "/members/\(bob.id)/lists", token: bob.token, body: #"{"name": "Later"}"#).object["id"] as? Int ?? -1

        let intoAlices = #"{"list_id": \#(alicesListID), "book_id": \#(book)}"#
        let refused = try call("POST", "/members/\(bob.id)/entries", token: bob.token, body: intoAlices)
        XCTAssertEqual(refused.status, 422, "\(refused.object)")
        XCTAssertEqual(refused.issueLocs, ["body.list_id"])
        XCTAssertEqual(try call("GET", "/members/\(bob.id)/entries", token: bob.token).array.count, 0, "nothing was written")
        // The same answer for a list that does not exist at all.
        XCTAssertEqual(
            try call("POST", "/members/\(bob.id)/entries", token: bob.token, body: #"{"list_id": 999999, "book_id": \#(book)}"#).issueLocs,
            ["body.list_id"])

        let entry = try call(
            "POST", "/members/\(bob.id)/entries", token: bob.token, body: #"{"list_id": \#(bobsListID), "book_id": \#(book)}"#)
        XCTAssertEqual(entry.status, 201)
        let entryID = entry.object["id"] as? Int ?? -1
        XCTAssertEqual(
            try call("PATCH", "/members/\(bob.id)/entries/\(entryID)", token: bob.token, body: #"{"list_id": \#(alicesListID)}"#).status,
            422)
        XCTAssertEqual(try call("PUT", "/members/\(bob.id)/entries/\(entryID)", token: bob.token, body: intoAlices).status, 422)
        XCTAssertEqual(try call("GET", "/members/\(bob.id)/entries/\(entryID)", token: bob.token).object["list_id"] as? Int, bobsListID)
        // A missing row is still a 404 when the reference is fine.
        XCTAssertEqual(
            try call("PATCH", "/members/\(bob.id)/entries/999999", token: bob.token, body: #"{"list_id": \#(bobsListID)}"#).status, 404)
        XCTAssertEqual(
            try call("PATCH", "/members/\(bob.id)/entries/\(entryID)", token: bob.token, body: #"{"book_id": \#(book)}"#).status, 200)
        // book_id is set on create only (updatable: false): the same value is fine, another is a 422.
        let other = try call("POST", "/books", body: #"{"title": "Persuasion", "genre": "fiction"}"#).object["id"] as? Int ?? -1
        let changed = try call("PATCH", "/members/\(bob.id)/entries/\(entryID)", token: bob.token, body: #"{"book_id": \#(other)}"#)
        XCTAssertEqual(changed.status, 422)
        XCTAssertEqual(changed.issueLocs, ["body.book_id"])
        XCTAssertEqual(
            try call(
                "PUT", "/members/\(bob.id)/entries/\(entryID)", token: bob.token,
                body: #"{"list_id": \#(bobsListID), "book_id": \#(other)}"#
            )
            .status, 422)
        XCTAssertEqual(
            try call(
                "PUT", "/members/\(bob.id)/entries/\(entryID)", token: bob.token, body: #"{"list_id": \#(bobsListID), "book_id": \#(book)}"#
            )
            .status, 200)
        XCTAssertEqual(try call("GET", "/members/\(bob.id)/entries/\(entryID)", token: bob.token).object["book_id"] as? Int, book)
    }

    /// A nested resource (`scope: { book_id: parent }`): the path's book fills the row's book_id,
    /// filters the list, and must exist (404 "Book not found"); another book's path never
    /// reaches the row.
    func testNestedResourceOverHTTP() throws {
        let dune = try call("POST", "/books", body: #"{"title": "Dune", "genre": "fiction"}"#).object["id"] as? Int ?? -1
        let emma = try call("POST", "/books", body: #"{"title": "Emma", "genre": "fiction"}"#).object["id"] as? Int ?? -1
        let created = try call("POST", "/books/\(dune)/reviews", body: #"{"stars": 5, "book_id": \#(emma)}"#)
        XCTAssertEqual(created.status, 201)
        XCTAssertEqual(created.object["book_id"] as? Int, dune, "the path decides the parent, not the body")
        let id = created.object["id"] as? Int ?? -1
        XCTAssertEqual(created.location, "/books/\(dune)/reviews/\(id)")
        let listed = try call("GET", "/books/\(dune)/reviews")
        XCTAssertEqual(listed.array.map { $0["id"] as? Int }, [id])
        XCTAssertEqual(listed.total, "1")
        XCTAssertEqual(try call("GET", "/books/\(emma)/reviews").array.count, 0)
        XCTAssertEqual(try call("GET", "/books/\(emma)/reviews/\(id)").object["detail"] as? String, "Review not found")
        XCTAssertEqual(try call("PATCH", "/books/\(emma)/reviews/\(id)", body: #"{"stars": 1}"#).status, 404)
        XCTAssertEqual(try call("DELETE", "/books/\(emma)/reviews/\(id)").status, 404)
        for (method, body) in [("GET", nil), ("POST", #"{"stars": 3}"#)] as [(String, String?)] {
            let missing = try call(method, "/books/999999/reviews", body: body)
            XCTAssertEqual(missing.status, 404, method)
            XCTAssertEqual(missing.object["detail"] as? String, "Book not found", method)
        }
        // Two levels down: a comment of the review, reachable only through its own book and review.
        let comment = try call("POST", "/books/\(dune)/reviews/\(id)/comments", body: #"{"body": "Agreed."}"#)
        XCTAssertEqual(comment.status, 201)
        let commentID = comment.object["id"] as? Int ?? -1
        XCTAssertEqual(comment.location, "/books/\(dune)/reviews/\(id)/comments/\(commentID)")
        XCTAssertEqual(try call("GET", "/books/\(dune)/reviews/\(id)/comments").array.count, 1)
        let wrongBook = try call("GET", "/books/\(emma)/reviews/\(id)/comments")
        XCTAssertEqual(wrongBook.status, 404)
        XCTAssertEqual(wrongBook.object["detail"] as? String, "Review not found", "the review is not Emma's")
        XCTAssertEqual(try call("GET", "/books/\(emma)/reviews/\(id)/comments/\(commentID)").status, 404)
        XCTAssertEqual(try call("POST", "/books/\(emma)/reviews/\(id)/comments", body: #"{"body": "Sneaky."}"#).status, 404)
        XCTAssertEqual(try call("GET", "/books/999999/reviews/\(id)/comments").object["detail"] as? String, "Book not found")
        XCTAssertEqual(try call("GET", "/books/\(dune)/reviews/\(id)/comments").array.count, 1, "the refused comment was not written")
        XCTAssertEqual(try call("PATCH", "/books/\(dune)/reviews/\(id)", body: #"{"text": "Spice."}"#).object["text"] as? String, "Spice.")
        XCTAssertEqual(try call("DELETE", "/books/\(dune)/reviews/\(id)").status, 204)
        XCTAssertEqual(try call("GET", "/books/\(dune)/reviews/\(id)").status, 404)
    }

    /// `fields: { create: [stars], update: [text] }`: a create refuses the text (422
    /// extra_forbidden, nothing written), a replace or patch may write the text but not change the
    /// stars (422 at body.stars, the row unchanged); the same stars again are fine.
    func testPerOperationFieldSetsOverHTTP() throws {
        let book = try call("POST", "/books", body: #"{"title": "Ivanhoe", "genre": "history"}"#).object["id"] as? Int ?? -1
        let refused = try call("POST", "/books/\(book)/reviews", body: #"{"stars": 4, "text": "Too early."}"#)
        XCTAssertEqual(refused.status, 422)
        let issue = (refused.object["detail"] as? [[String: Any]])?.first
        XCTAssertEqual(issue?["type"] as? String, "extra_forbidden")
        XCTAssertEqual(issue?["loc"] as? [String], ["body", "text"])
        XCTAssertEqual(try call("GET", "/books/\(book)/reviews").total, "0", "the refused create wrote nothing")
        let created = try call("POST", "/books/\(book)/reviews", body: #"{"stars": 4}"#)
        XCTAssertEqual(created.status, 201)
        let id = created.object["id"] as? Int ?? -1
        let path = "/books/\(book)/reviews/\(id)"
        XCTAssertEqual(try call("PATCH", path, body: #"{"text": "Rich."}"#).object["text"] as? String, "Rich.")
        for (method, body) in [("PATCH", #"{"stars": 1}"#), ("PUT", #"{"stars": 2, "text": "Rich."}"#)] {
            let changed = try call(method, path, body: body)
            XCTAssertEqual(changed.status, 422, method)
            let detail = (changed.object["detail"] as? [[String: Any]])?.first
            XCTAssertEqual(detail?["loc"] as? [String], ["body", "stars"], method)
            // Another resource could change it: the message does not say it never changes.
            XCTAssertEqual(
                detail?["msg"] as? String, "Value error, not changed through this endpoint: send its current value", method)
        }
        let replaced = try call("PUT", path, body: #"{"stars": 4, "text": "Rich, slow."}"#)
        XCTAssertEqual(replaced.status, 200)
        XCTAssertEqual(replaced.object["text"] as? String, "Rich, slow.")
        XCTAssertEqual(try call("GET", path).object["stars"] as? Int, 4)
    }

    /// Two resources over one table (`name: Catalog`): the catalogue reads the books the
    /// /books resource writes, with its own store, routes, filters and operations (read-only).
    /// (The tests share one database and the shelf test counts every book: this name sorts after it.)
    func testTheCatalogIsASecondResourceOfBook() throws {
        let created = try call("POST", "/books", body: #"{"title": "Middlemarch", "genre": "history"}"#)
        XCTAssertEqual(created.status, 201)
        let id = created.object["id"] as? Int ?? -1
        XCTAssertEqual(try call("GET", "/catalog/\(id)").object["title"] as? String, "Middlemarch")
        // `fields: { response: [...] }`: the catalogue shows those fields, in that order, and
        // nothing else; the /books resource still answers every field.
        XCTAssertEqual(try call("GET", "/catalog/\(id)").bodyKeys, ["id", "title", "genre", "published_on"])
        XCTAssertEqual(
            Set(try call("GET", "/catalog?genre=history").array.flatMap(\.keys)), ["id", "title", "genre", "published_on"])
        XCTAssertEqual(try call("GET", "/books/\(id)").object["copies"] as? Int, 1)
        XCTAssertTrue(try call("GET", "/catalog?genre=history").array.contains { $0["id"] as? Int == id })
        XCTAssertFalse(try call("GET", "/catalog?genre=science").array.contains { $0["id"] as? Int == id })
        XCTAssertNotEqual(try call("POST", "/catalog", body: #"{"title": "Fake", "genre": "fiction"}"#).status, 201, "read-only")
        XCTAssertEqual(try call("DELETE", "/catalog/\(id)").status / 100, 4)
        XCTAssertEqual(try call("GET", "/books/\(id)").status, 200, "the catalogue deleted nothing")
    }
}
