import Foundation
import RuntimeCore
import RuntimePostgres
import XCTest

/// `PostgresRow.writeJSON` (list responses written from row text) must write exactly what
/// decoding the column and writing the value writes, and throw where decoding throws, for
/// whatever text the server sends: canonical output (copied) and everything else (decoded).
final class PostgresRowJSONTests: XCTestCase {
    private static let shared = SharedClient()

    /// One column of values, as the server prints them (each literal is cast to `type` in SQL,
    /// so the text is the server's own output for that type), `NULL` included.
    private func serverRows(_ literals: [String], _ type: String) async throws -> [PostgresRow] {
        let values = literals.map { "(\($0)::\(type))" }.joined(separator: ", ")
        let name = "row_json_\(type.filter(\.isLetter))_\(literals.count)"
        let result = try await Self.shared.get().query(PreparedStatement(name: name, sql: "SELECT v FROM (VALUES \(values)) AS t(v)"))
        XCTAssertEqual(result.rows.count, literals.count)
        return result.rows
    }

    /// The bytes (or the error) of writing one column both ways, non-optional and optional.
    private func assertSameJSON<T: PostgresDecodable>(
        _ rows: [PostgresRow], _ literals: [String], as type: T.Type,
        direct: (PostgresRow, inout JSONWriter) throws -> Void, directOrNull: (PostgresRow, inout JSONWriter) throws -> Void,
        value write: @escaping (T, inout JSONWriter) -> Void, file: StaticString = #filePath, line: UInt = #line
    ) {
        let decoded: (PostgresRow, inout JSONWriter) throws -> Void = { write(try $0.decode(0, as: T.self), &$1) }
        let decodedOrNull: (PostgresRow, inout JSONWriter) throws -> Void = { row, writer in
            if let value = try row.decodeOptional(0, as: T.self) { write(value, &writer) } else { writer.null() }
        }
        func outcome(_ row: PostgresRow, _ write: (PostgresRow, inout JSONWriter) throws -> Void) -> String {
            var writer = JSONWriter()
            writer.beginArray()
            writer.int(1)  // so the comma handling is compared too
            do {
                try write(row, &writer)
            } catch {
                return "error: \(error)"
            }
            writer.endArray()
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        for (row, literal) in zip(rows, literals) {
            XCTAssertEqual(outcome(row, direct), outcome(row, decoded), literal, file: file, line: line)
            XCTAssertEqual(outcome(row, directOrNull), outcome(row, decodedOrNull), literal, file: file, line: line)
        }
    }

    func testTextIsWrittenAsDecodingWritesIt() async throws {
        let literals = [
            "''", "'plain'", #"'quote " and backslash \ '"#, "E'tab\\tnewline\\ncarriage\\rcontrol\\x01\\x1f'",
            "'héllo wörld 🌍 中文'", "repeat('abcdefgh', 1000)", "repeat('é', 33)", "'seven b'", "'exactly8'", "NULL",
        ]
        let rows = try await serverRows(literals, "text")
        assertSameJSON(
            rows, literals, as: String.self,
            direct: { try $0.writeJSON(0, as: String.self, to: &$1) },
            directOrNull: { try $0.writeJSONOrNull(0, as: String.self, to: &$1) },
            value: { $1.string($0) })
    }

    func testUUIDsAreWrittenAsDecodingWritesThem() async throws {
        var literals = (0..<20).map { _ in "'\(UUID().uuidString)'" } + ["'00000000-0000-0000-0000-000000000000'", "NULL"]
        literals.append("'{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'")  // the server prints it canonically
        let rows = try await serverRows(literals, "uuid")
        assertSameJSON(
            rows, literals, as: UUID.self,
            direct: { try $0.writeJSON(0, as: UUID.self, to: &$1) },
            directOrNull: { try $0.writeJSONOrNull(0, as: UUID.self, to: &$1) },
            value: { $1.uuid($0) })
        // Text that is not the server's uuid output (upper case, wrong length, not hex) is decoded.
        let odd = [
            "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'", "'g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
            "'a0eebc999c0b-4ef8-bb6d-6bb9bd380a11-'",
        ]
        let oddRows = try await serverRows(odd, "text")
        assertSameJSON(
            oddRows, odd, as: UUID.self,
            direct: { try $0.writeJSON(0, as: UUID.self, to: &$1) },
            directOrNull: { try $0.writeJSONOrNull(0, as: UUID.self, to: &$1) },
            value: { $1.uuid($0) })
    }

    func testTimestampsAreWrittenAsDecodingWritesThem() async throws {
        let server = [
            "'2026-01-31 12:00:00+00'", "'2026-01-31 12:00:00.1+00'", "'2026-01-31 12:00:00.12+00'", "'2026-01-31 12:00:00.123+00'",
            "'2026-01-31 12:00:00.1234+00'", "'2026-01-31 12:00:00.12345+00'", "'2026-01-31 12:00:00.123456+00'",
            "'2026-01-31 12:00:00.000001+00'", "'2024-02-29 23:59:59.999999+00'", "'1970-01-01 00:00:00+00'",
            "'1969-12-31 23:59:59.5+00'", "'0001-01-01 00:00:00+00'", "'9999-12-31 23:59:59.999999+00'",
            "'2026-01-31 14:00:00.5+02'",  // printed in the session's zone, UTC
            "'0044-03-15 12:00:00+00 BC'", "'infinity'", "'-infinity'", "NULL",
        ]
        let rows = try await serverRows(server, "timestamptz")
        // Text in other shapes, as a session in another time zone (or a proxy that reset it) prints.
        let other = [
            "'2026-01-31 14:00:00.5+02'", "'2026-01-31 06:30:00-05:30'", "'2026-01-31 12:00:00.+00'", "'2026-01-31 12:00:00.1234567+00'",
            "'2026-02-30 12:00:00+00'", "'2026-01-31 24:00:00+00'", "'2026-01-31T12:00:00+00'", "'12026-01-31 12:00:00+00'",
            "'2026-01-31 12:00:00+0'", "'2026-01-31 12:00:00+00 '", "'2026-01-31 12:00:00.12a+00'",
            "'2026-01-31 12:00:00.25+00:00'", "'2026-01-31 12:00:00-00'", "'2026-01-31 12:00:00+00:00:00'",
        ]
        let otherRows = try await serverRows(other, "text")
        for (rows, literals) in [(rows, server), (otherRows, other)] {
            assertSameJSON(
                rows, literals, as: Timestamp.self,
                direct: { try $0.writeJSON(0, as: Timestamp.self, to: &$1) },
                directOrNull: { try $0.writeJSONOrNull(0, as: Timestamp.self, to: &$1) },
                value: { $1.timestamp($0) })
        }
    }

    func testIntegersAndBoolsAreWrittenAsDecodingWritesThem() async throws {
        let integers = [
            "'0'", "'-1'", "'32767'", "'-32768'", "'70000'", "'2147483647'", "'-2147483648'", "'9223372036854775807'", "'12a'", "NULL",
        ]
        let rows = try await serverRows(integers, "text")
        assertSameJSON(
            rows, integers, as: Int16.self,
            direct: { try $0.writeJSON(0, as: Int16.self, to: &$1) },
            directOrNull: { try $0.writeJSONOrNull(0, as: Int16.self, to: &$1) },
            value: { $1.int($0) })
        assertSameJSON(
            rows, integers, as: Int32.self,
            direct: { try $0.writeJSON(0, as: Int32.self, to: &$1) },
            directOrNull: { try $0.writeJSONOrNull(0, as: Int32.self, to: &$1) },
            value: { $1.int($0) })
        assertSameJSON(
            rows, integers, as: Int64.self,
            direct: { try $0.writeJSON(0, as: Int64.self, to: &$1) },
            directOrNull: { try $0.writeJSONOrNull(0, as: Int64.self, to: &$1) },
            value: { $1.int($0) })
        let bools = ["'t'", "'f'", "'x'", "''", "NULL"]
        let boolRows = try await serverRows(bools, "text")
        assertSameJSON(
            boolRows, bools, as: Bool.self,
            direct: { try $0.writeJSON(0, as: Bool.self, to: &$1) },
            directOrNull: { try $0.writeJSONOrNull(0, as: Bool.self, to: &$1) },
            value: { $1.bool($0) })
    }

    /// A column past the end throws what decoding throws, rather than writing anything.
    func testMissingColumnThrowsAsDecodingDoes() async throws {
        let row = try await serverRows(["'a'"], "text")[0]
        var writer = JSONWriter()
        var directError = "none"
        var decodingError = "none"
        do { try row.writeJSON(3, as: String.self, to: &writer) } catch { directError = "\(error)" }
        do { _ = try row.decode(3, as: String.self) } catch { decodingError = "\(error)" }
        XCTAssertNotEqual(directError, "none")
        XCTAssertEqual(directError, decodingError)
        XCTAssertTrue(writer.bytes.isEmpty)
    }
}
