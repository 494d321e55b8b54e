import Foundation
import PostgresTestCluster
import RuntimeCore
import RuntimePostgres
import XCTest

/// Typed round trips through a real server: bind as text, cast on the server, decode the output.
final class PostgresTypesTests: XCTestCase {
    enum Status: String, PostgresBindable, PostgresDecodable {
        case open, done
    }

    private static let shared = SharedClient()

    private func client() async throws -> PostgresClient {
        try await Self.shared.get()
    }

    /// `SELECT $1::type` and decode column 0 as `T`.
    private func roundTrip<T: PostgresBindable & PostgresDecodable>(_ value: T, _ type: String) async throws -> T {
        let statement = PreparedStatement(name: "roundtrip_\(type.filter(\.isLetter))", sql: "SELECT $1::\(type)")
        var binds = PostgresBindings()
        binds.append(value)
        let result = try await client().query(statement, binds)
        return try result.rows[0].decode(0, as: T.self)
    }

    /// A set filter's list is one array parameter: every element arrives whole, whatever it
    /// holds (quotes, backslashes, commas, braces, NULL-looking words, spaces).
    func testArraysArriveElementByElement() async throws {
        let texts = [#"a"b"#, #"c\d"#, "e,f", "{g}", "NULL", " h ", ""]
        let statement = PreparedStatement(
            name: "array_elements", sql: "SELECT e FROM unnest($1::text[]) WITH ORDINALITY AS t(e, n) ORDER BY n")
        var binds = PostgresBindings()
        binds.append(PostgresArray(texts))
        let result = try await client().query(statement, binds)
        XCTAssertEqual(try result.rows.map { try $0.decode(0, as: String.self) }, texts)
        let numbers = PreparedStatement(
            name: "array_any", sql: "SELECT count(*) FROM generate_series(1, 10) g WHERE g = ANY($1::integer[])")
        var numberBinds = PostgresBindings()
        numberBinds.append(PostgresArray([Int32(2), 3, 11]))
        let count = try await client().query(numbers, numberBinds).rows[0].decode(0, as: Int64.self)
        XCTAssertEqual(count, 2)
    }

    func testIntegersAtTheirLimits() async throws {
        for value in [Int64.min, -1, 0, 1, Int64.max] {
            let decoded = try await roundTrip(value, "bigint")
            XCTAssertEqual(decoded, value)
        }
        for value in [Int32.min, Int32.max] {
            let decoded = try await roundTrip(value, "integer")
            XCTAssertEqual(decoded, value)
        }
        for value in [Int16.min, Int16.max] {
            let decoded = try await roundTrip(value, "smallint")
            XCTAssertEqual(decoded, value)
        }
        let decoded = try await roundTrip(Int.max, "bigint")
        XCTAssertEqual(decoded, Int.max)
    }

    func testStrings() async throws {
        for value in ["", "plain", "héllo wörld 🌍 中文 עברית", "quote ' and \" and \\ and $1", String(repeating: "x", count: 100_000)] {
            let decoded = try await roundTrip(value, "text")
            XCTAssertEqual(decoded, value)
        }
    }

    func testStringWithNULIsRefusedBeforeSending() async throws {
        do {
            _ = try await roundTrip("a\u{0}b", "text")
            XCTFail("NUL must not be truncated silently")
        } catch let error as PostgresError {
            XCTAssertEqual(error.kind, .invalidValue)
            XCTAssertEqual(error.sqlState, "22021")
            XCTAssertTrue(error.message.contains("NUL"), error.message)
            XCTAssertEqual(error.response().status, 422)
        }
        // The connection is still fine afterwards.
        let after = try await roundTrip("ok", "text")
        XCTAssertEqual(after, "ok")
    }

    func testBoolsAndDoubles() async throws {
        for value in [true, false] {
            let decoded = try await roundTrip(value, "boolean")
            XCTAssertEqual(decoded, value)
        }
        for value in [0.1, -2.5e-300, 1.7976931348623157e308, .leastNonzeroMagnitude, 123456.789, .infinity, -.infinity, -0.0] {
            let decoded = try await roundTrip(value, "float8")
            XCTAssertEqual(decoded, value)
            XCTAssertEqual(decoded.sign, value.sign)
        }
        let nan = try await roundTrip(Double.nan, "float8")
        XCTAssertTrue(nan.isNaN)
    }

    func testUUID() async throws {
        let value = UUID()
        let decoded = try await roundTrip(value, "uuid")
        XCTAssertEqual(decoded, value)
        let text = try await client().query(PreparedStatement(name: "uuid_text", sql: "SELECT $1::uuid::text"), [value])
        XCTAssertEqual(try text.rows[0].decode(0, as: String.self), value.uuidString.lowercased())
    }

    func testTimestampsKeepMicroseconds() async throws {
        let values: [Int64] = [
            1_769_860_800_123_456,  // 2026-01-31 12:00:00.123456
            0, -1, -62_135_596_800_000_000,  // 0001-01-01
            253_402_300_799_999_999,  // 9999-12-31 23:59:59.999999 (Timestamp's range ends here)
        ]
        for micros in values {
            let value = Timestamp(microsecondsSinceEpoch: micros)
            let decoded = try await roundTrip(value, "timestamptz")
            XCTAssertEqual(decoded, value, "\(micros)")
        }
        let result = try await client().query(
            PreparedStatement(
                name: "ts_literal", sql: "SELECT '2026-01-31 14:00:00.123456+02'::timestamptz, '2026-01-31 12:00:00'::timestamptz"))
        XCTAssertEqual(try result.rows[0].decode(0, as: Timestamp.self).microsecondsSinceEpoch, 1_769_860_800_123_456)
        XCTAssertEqual(try result.rows[0].decode(1, as: Timestamp.self).microsecondsSinceEpoch, 1_769_860_800_000_000)
    }

    func testDates() async throws {
        for text in ["2024-02-29", "1970-01-01", "0001-01-01", "9999-12-31"] {
            let value = try XCTUnwrap(CalendarDate(iso: text))
            let decoded = try await roundTrip(value, "date")
            XCTAssertEqual(decoded, value)
        }
    }

    func testNumericIsExact() async throws {
        for text in ["1234567890123456789012345678.0123456789", "-0.0000000001", "0.0000000000", "9999999999999999999999999999.9999999999"]
        {
            let value = try XCTUnwrap(DecimalValue(text))
            let decoded = try await roundTrip(value, "numeric(38,10)")
            XCTAssertEqual(decoded.text, text)
        }
        let sum = try await client().query(
            PreparedStatement(name: "numeric_sum", sql: "SELECT $1::numeric + $2::numeric"),
            [try XCTUnwrap(DecimalValue("0.1")), try XCTUnwrap(DecimalValue("0.2"))])
        XCTAssertEqual(try sum.rows[0].decode(0, as: DecimalValue.self).text, "0.3")
    }

    func testByteaWithEveryByteValue() async throws {
        let value = (0...255).map { UInt8($0) } + [0, 0, 255]
        let decoded = try await roundTrip(value, "bytea")
        XCTAssertEqual(decoded, value)
        let empty = try await roundTrip([UInt8](), "bytea")
        XCTAssertEqual(empty, [])
        let length = try await client().query(PreparedStatement(name: "bytea_length", sql: "SELECT length($1::bytea)"), [value])
        XCTAssertEqual(try length.rows[0].decode(0, as: Int.self), 259)
    }

    func testJSON() async throws {
        let value = PostgresJSON(text: #"{"a": [1, 2.50, {"b": null}], "s": "é\n"}"#)
        let json = try await roundTrip(value, "json")
        XCTAssertEqual(json, value, "json keeps the text as sent")
        let jsonb = try await roundTrip(PostgresJSON(text: #"{"b":1,  "a":true}"#), "jsonb")
        XCTAssertEqual(jsonb.text, #"{"a": true, "b": 1}"#)
    }

    func testStringEnums() async throws {
        let decoded = try await roundTrip(Status.done, "text")
        XCTAssertEqual(decoded, .done)
        let result = try await client().query(PreparedStatement(name: "enum_bad", sql: "SELECT 'DONE'"))
        XCTAssertThrowsError(try result.rows[0].decode(0, as: Status.self)) { error in
            XCTAssertEqual((error as? PostgresDecodingError)?.reason, .invalidText)
        }
    }

    func testNulls() async throws {
        var binds = PostgresBindings()
        binds.append(Int?.none)
        binds.append(String?.none)
        binds.append(Optional("x"))
        let result = try await client().query(
            PreparedStatement(name: "nulls", sql: "SELECT $1::int AS n, $2::text AS t, $3::text AS x"), binds)
        let row = result.rows[0]
        XCTAssertNil(try row.decodeOptional(0, as: Int.self))
        XCTAssertNil(try row.decodeOptional(1, as: String.self))
        XCTAssertEqual(try row.decodeOptional(2, as: String.self), "x")
        XCTAssertTrue(row.isNull(0))
        XCTAssertThrowsError(try row.decode(0, as: Int.self)) { error in
            let decodingError = error as? PostgresDecodingError
            XCTAssertEqual(decodingError?.reason, .unexpectedNull)
            XCTAssertEqual(decodingError?.columnName, "n")
        }
    }

    func testDecodingMismatchNamesColumnAndType() async throws {
        let result = try await client().query(PreparedStatement(name: "mismatch", sql: "SELECT 'abc'::text AS title, 70000 AS big"))
        let row = result.rows[0]
        XCTAssertThrowsError(try row.decode(0, as: Int.self)) { error in
            XCTAssertEqual((error as? PostgresDecodingError)?.description, #"cannot decode column "title" as Int"#)
        }
        XCTAssertThrowsError(try row.decode(1, as: Int16.self)) { error in
            XCTAssertEqual((error as? PostgresDecodingError)?.reason, .invalidText)
        }
        XCTAssertThrowsError(try row.decode(5, as: Int.self)) { error in
            XCTAssertEqual((error as? PostgresDecodingError)?.reason, .missingColumn)
        }
        XCTAssertThrowsError(try row.decode(0, as: Bool.self))
        XCTAssertThrowsError(try row.decode(0, as: UUID.self))
        XCTAssertThrowsError(try row.decode(0, as: Timestamp.self))
        XCTAssertThrowsError(try row.decode(0, as: [UInt8].self))
    }

    func testRowsAffected() async throws {
        let client = try await client()
        try await client.execute("CREATE TABLE IF NOT EXISTS affected (n int)")
        let inserted = try await client.query(
            PreparedStatement(name: "affected_insert", sql: "INSERT INTO affected SELECT generate_series(1, $1::int)"), [7])
        XCTAssertEqual(inserted.rowsAffected, 7)
        let deleted = try await client.query(PreparedStatement(name: "affected_delete", sql: "DELETE FROM affected WHERE n > $1"), [3])
        XCTAssertEqual(deleted.rowsAffected, 4)
        try await client.execute("DROP TABLE affected")
    }
}

/// One client per test class, created on first use.
actor SharedClient {
    private var client: PostgresClient?

    func get() async throws -> PostgresClient {
        if let client { return client }
        let created = try await TestCluster.client()
        client = created
        return created
    }
}
