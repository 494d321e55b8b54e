import Foundation
import RuntimeCore
import XCTest

/// The writer's byte-level fast paths must print exactly what the string forms print.
final class JSONWriterFormattingTests: XCTestCase {
    func testTimestampBytesMatchRFC3339() {
        let samples: [Int64] = [0, 1, -1, 1_764_000_000_123_456, -62_135_596_800_000_000, 253_402_300_799_999_999, 951_782_400_000_000, -1_000_001]
        for micros in samples {
            let timestamp = Timestamp(microsecondsSinceEpoch: micros)
            var writer = JSONWriter()
            writer.timestamp(timestamp)
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "\"\(timestamp.rfc3339)\"", "\(micros)")
        }
    }

    func testUUIDBytesMatchLowercasedString() {
        for _ in 0..<100 {
            let uuid = UUID()
            var writer = JSONWriter()
            writer.uuid(uuid)
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), "\"\(uuid.uuidString.lowercased())\"")
        }
    }
}

final class JSONWriterScalarTests: XCTestCase {
    func testIntegersMatchTheirDescription() {
        let values: [Int64] = [0, 1, -1, 9, 10, 99, 100, 2_147_483_647, -2_147_483_648, .max, .min]
        for value in values {
            var writer = JSONWriter()
            writer.int(value)
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), String(value))
        }
        var writer = JSONWriter()
        writer.int(UInt64.max)
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), String(UInt64.max))
    }

    func testStringsAreEscapedOnlyWhereNeeded() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.string("plain ünïcode 🎉")
        writer.string("quote \" backslash \\ newline \n tab \t bell \u{07}")
        writer.endArray()
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), #"["plain ünïcode 🎉","quote \" backslash \\ newline \n tab \t bell \u0007"]"#)
    }
}
