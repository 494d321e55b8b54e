import RuntimePostgres
import XCTest

final class SmokeTests: XCTestCase {
    func testSelectOne() async throws {
        let client = try await TestCluster.client()
        let result = try await client.query(PreparedStatement(name: "smoke", sql: "SELECT $1::int + 1, current_setting('TimeZone')"), [41])
        XCTAssertEqual(try result.rows[0].decode(0, as: Int.self), 42)
        XCTAssertEqual(try result.rows[0].decode(1, as: String.self), "UTC")
        await client.shutdown()
    }
}
