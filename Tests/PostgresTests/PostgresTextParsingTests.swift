import Foundation
import RuntimeCore
import XCTest

@testable import RuntimePostgres

/// The allocation-free parsers agree with the general ones and refuse what they do not know.
final class PostgresTextParsingTests: XCTestCase {
    private func bytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        Array(text.utf8).withUnsafeBytes(body)
    }

    func testIntegers() {
        let cases: [(String, Int64?)] = [
            ("0", 0), ("-1", -1), ("42", 42), ("9223372036854775807", .max), ("-9223372036854775808", .min),
            ("9223372036854775808", nil), ("-9223372036854775809", nil), ("", nil), ("-", nil), ("1.0", nil), (" 1", nil), ("+1", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(bytes(text) { PostgresTextParsing.integer($0) }, expected, text)
        }
        XCTAssertNil(bytes("70000") { try? Int16(postgresBytes: $0) })
        XCTAssertEqual(bytes("-32768") { try? Int16(postgresBytes: $0) }, Int16.min)
    }

    func testUUIDs() {
        let uuid = UUID()
        XCTAssertEqual(bytes(uuid.uuidString.lowercased()) { try? UUID(postgresBytes: $0) }, uuid)
        XCTAssertEqual(bytes(uuid.uuidString) { try? UUID(postgresBytes: $0) }, uuid)
        for bad in ["", "not-a-uuid", String(uuid.uuidString.dropLast()) + "g", uuid.uuidString.replacingOccurrences(of: "-", with: "x")] {
            XCTAssertNil(bytes(bad) { try? UUID(postgresBytes: $0) }, bad)
        }
    }

    func testTimestampsMatchTheGeneralParser() {
        let texts = [
            "2026-01-31 12:00:00.123456+00", "2026-01-31 12:00:00+00", "2026-01-31 12:00:00.5+00", "1969-12-31 23:59:59.999999+00",
            "0001-01-01 00:00:00+00", "9999-12-31 23:59:59.999999+00", "2024-02-29 10:00:00+05:30", "2024-02-29 10:00:00-03",
            "1900-03-01 00:00:00+00", "2000-02-29 00:00:00+00",
        ]
        for text in texts {
            let fast = bytes(text) { PostgresTextParsing.timestamp($0) }
            XCTAssertNotNil(fast, text)
            XCTAssertEqual(fast, Timestamp(postgres: text)?.microsecondsSinceEpoch, text)
        }
        for bad in [
            "2023-02-29 00:00:00+00", "2026-13-01 00:00:00+00", "2026-01-31T12:00:00+00", "2026-01-31 12:00:00", "infinity",
            "2026-01-31 12:00:00.1234567+00", "12026-01-31 12:00:00+00", "0044-03-15 12:00:00+00 BC",
        ] {
            XCTAssertNil(bytes(bad) { PostgresTextParsing.timestamp($0) }, bad)
        }
    }
}
