import Foundation
import Runtime
import XCTest

/// A `RowJSONLayout` (how lists write a model's rows) must write what decoding each column and
/// writing the values writes, member by member, and throw where decoding throws: for a column
/// that is written and for one that is only checked (a server-only field).
final class RowJSONLayoutTests: XCTestCase {
    private static let shared = SharedClient()

    enum Mood: String, Sendable, CaseIterable, PostgresEnum {
        case happy, sad
    }

    private static let columns = """
        SELECT 7::bigint, $1::text, NULL::text, 'hidden'::text, '2026-12-07 01:02:03.5+00'::timestamptz,
            '2026-12-07'::date, 12.50::numeric(12,2), 0.5::float8, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid,
            '{"b": [1, 2], "a": null}'::jsonb, '\\x00ff10'::bytea, $2::text, 3::int4, true, NULL::int4, NULL::date
        """

    private static let layout = RowJSONLayout([
        .member("id", 0, .int64),
        .member("name", 1, .string),
        .member("note", 2, .string, optional: true),
        .checked(3, .string),
        .member("at", 4, .timestamp),
        .member("day", 5, .date),
        .member("price", 6, .decimal),
        .member("ratio", 7, .double),
        .member("uid", 8, .uuid),
        .member("doc", 9, .json),
        .member("raw", 10, .bytes),
        .member("mood", 11, .enumeration(Mood.self)),
        .member("count", 12, .int32),
        .member("done", 13, .bool),
        .member("limit", 14, .int32, optional: true),
        .member("due", 15, .date, optional: true),
    ])

    private func row(name: String, mood: String) async throws -> PostgresRow {
        let client = try await Self.shared.get()
        let statement = PreparedStatement(name: "row_json_layout", sql: Self.columns)
        let rows = try await client.query(statement, [name, mood]).rows
        return try XCTUnwrap(rows.first)
    }

    /// The object a generated `writeJSON(to:)` writes for the decoded row: a `JSONWriter.member`
    /// per field, nil written as null.
    private func decodedJSON(_ row: PostgresRow) throws -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("id", int: try row.decode(0, as: Int64.self))
        writer.member("name", string: try row.decode(1, as: String.self))
        writer.member("note", string: try row.decodeOptional(2, as: String.self))
        writer.member("at", timestamp: try row.decode(4, as: Timestamp.self))
        writer.member("day", date: try row.decode(5, as: CalendarDate.self))
        writer.member("price", decimal: try row.decode(6, as: DecimalValue.self))
        writer.member("ratio", double: try row.decode(7, as: Double.self))
        writer.member("uid", uuid: try row.decode(8, as: UUID.self))
        writer.member("doc", json: try row.decode(9, as: JSONText.self))
        writer.member("raw", base64: try row.decode(10, as: [UInt8].self))
        writer.member("mood", string: try row.decode(11, as: Mood.self).rawValue)
        writer.member("count", int: try row.decode(12, as: Int32.self))
        writer.member("done", bool: try row.decode(13, as: Bool.self))
        writer.member("limit", int: try row.decodeOptional(14, as: Int32.self))
        writer.member("due", date: try row.decodeOptional(15, as: CalendarDate.self))
        writer.endObject()
        return writer.bytes
    }

    func testALayoutWritesWhatDecodingAndWritingWrites() async throws {
        for name in ["Ann", #"Zoë "the" \ one"#, "line\nbreak\t\u{1}"] {
            let row = try await row(name: name, mood: "sad")
            var writer = JSONWriter()
            writer.beginArray()
            try Self.layout.write(row, to: &writer)
            try Self.layout.write(row, to: &writer)
            writer.endArray()
            let object = try decodedJSON(row)
            XCTAssertEqual(
                String(decoding: writer.bytes, as: UTF8.self),
                "[" + String(decoding: object + [UInt8(ascii: ",")] + object, as: UTF8.self) + "]", name)
            XCTAssertFalse(String(decoding: object, as: UTF8.self).contains("hidden"), "a checked column is never written")
        }
    }

    func testAnUnknownEnumerationLabelThrowsAsDecodingDoes() async throws {
        let row = try await row(name: "Ann", mood: "angry")
        var writer = JSONWriter()
        XCTAssertThrowsError(try Self.layout.write(row, to: &writer))
        XCTAssertThrowsError(try row.decode(11, as: Mood.self))
        // Also when the enumeration is a server-only column, optional or not: it is decoded.
        for optional in [false, true] {
            var checked = JSONWriter()
            let layout = RowJSONLayout([.member("id", 0, .int64), .checked(11, .enumeration(Mood.self), optional: optional)])
            XCTAssertThrowsError(try layout.write(row, to: &checked))
            XCTAssertTrue(checked.bytes.isEmpty)
        }
        let valid = try await self.row(name: "Ann", mood: "happy")
        var checked = JSONWriter()
        try RowJSONLayout([.member("id", 0, .int64), .checked(11, .enumeration(Mood.self))]).write(valid, to: &checked)
        XCTAssertEqual(String(decoding: checked.bytes, as: UTF8.self), #"{"id":7}"#)
    }

    /// A checked (server-only) column is decoded: NULL in a column that may not be NULL throws
    /// before anything is written, as `init(row:)` would.
    func testACheckedColumnThrowsAsDecodingDoes() async throws {
        let row = try await row(name: "Ann", mood: "sad")
        let layout = RowJSONLayout([.member("id", 0, .int64), .checked(2, .string)])
        var writer = JSONWriter()
        XCTAssertThrowsError(try layout.write(row, to: &writer))
        XCTAssertTrue(writer.bytes.isEmpty)
        XCTAssertNoThrow(try RowJSONLayout([.checked(2, .string, optional: true)]).write(row, to: &writer))
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "{}")
    }
}
