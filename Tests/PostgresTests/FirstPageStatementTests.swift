import Foundation
import PostgresTestCluster
import RuntimeCore
import RuntimePostgres
import XCTest

/// `FirstPageStatement`: a list's plain first page with its size written in, so that Postgres
/// plans it once per connection (a generic plan) where the general list statement, its LIMIT
/// bound, is planned on every execution.
final class FirstPageStatementTests: XCTestCase {
    func testEachSizeHasOneStatementAndOnlyAFewSizesDo() {
        let first = FirstPageStatement(name: "items_list_first", defaultSize: 50, sql: "SELECT id FROM items\nORDER BY id")
        let twenty = first.limited(20)
        XCTAssertEqual(twenty?.name, "items_list_first_20")
        XCTAssertEqual(twenty?.sql, "SELECT id FROM items\nORDER BY id\nLIMIT 20")
        XCTAssertEqual(first.limited(20), twenty, "the same size, the same statement")
        for size in [1, 2, 100] { XCTAssertNotNil(first.limited(size), "size \(size)") }
        XCTAssertNil(first.limited(7), "a fifth size runs the general statement")
        XCTAssertNotNil(first.limited(50), "the default size always has its statement, however many came first")
        XCTAssertNotNil(first.limited(20), "sizes that have a statement keep it")
        XCTAssertNil(first.limited(0))
        XCTAssertNil(first.limited(-1))
    }

    /// Postgres keeps 63 bytes of a statement name: two sizes of a long name must still differ
    /// within them, or the second would collide with the first on the connection (42P05).
    func testLongNamesStayDistinctWithinPostgresNameLimit() {
        let name = "appointment_reminders_clinic_reminders_list_scheduled_desc_first"
        let first = FirstPageStatement(name: name, defaultSize: 20, sql: "SELECT 1")
        let twenty = first.limited(20)?.name ?? ""
        let fifty = first.limited(50)?.name ?? ""
        XCTAssertLessThanOrEqual(twenty.utf8.count, 63)
        XCTAssertLessThanOrEqual(fifty.utf8.count, 63)
        XCTAssertNotEqual(twenty, fifty)
        XCTAssertTrue(twenty.hasPrefix("appointment_reminders_clinic_reminders"), twenty)
        XCTAssertEqual(
            FirstPageStatement(name: "tasks_list_first", defaultSize: 20, sql: "SELECT 1").limited(20)?.name, "tasks_list_first_20")
    }

    func testPostgresKeepsOneGenericPlanForTheFirstPageAndReplansTheBoundLimit() async throws {
        // One connection, so that pg_prepared_statements shows the statements run here.
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        try await client.execute(
            """
            CREATE TABLE items (id serial PRIMARY KEY, owner int NOT NULL, made timestamptz NOT NULL);
            CREATE INDEX ON items (owner, made);
            INSERT INTO items (owner, made) SELECT g % 4, now() - g * interval '1 second' FROM generate_series(1, 4000) g;
            ANALYZE items;
            """)
        let select = """
            SELECT id, (SELECT count(*) FROM items WHERE owner = $1) AS total
            FROM items
            WHERE owner = $1
            ORDER BY made DESC, id DESC
            """
        let first = try XCTUnwrap(FirstPageStatement(name: "items_list_first", defaultSize: 50, sql: select).limited(50))
        let bound = PreparedStatement(name: "items_list", sql: select + "\nLIMIT $2 OFFSET $3")
        for owner in 0..<10 {
            let page = try await client.query(first, [owner % 4])
            XCTAssertEqual(page.rows.count, 50)
            XCTAssertEqual(try page.rows[0].decode(1, as: Int.self), 1000)
            let general = try await client.query(bound, [owner % 4, 50, 0])
            XCTAssertEqual(general.rows.count, 50)
        }
        let plans = PreparedStatement(
            name: "plans", sql: "SELECT name, generic_plans, custom_plans FROM pg_prepared_statements WHERE name LIKE 'items_list%'")
        var counts: [String: (generic: Int, custom: Int)] = [:]
        for row in try await client.query(plans).rows {
            counts[try row.decode(0, as: String.self)] = (try row.decode(1, as: Int.self), try row.decode(2, as: Int.self))
        }
        XCTAssertGreaterThan(counts["items_list_first_50"]?.generic ?? 0, 0, "the first page settles on a generic plan: \(counts)")
        XCTAssertEqual(counts["items_list"]?.generic, 0, "a bound LIMIT is planned on every execution: \(counts)")
        await client.shutdown()
    }
}
