import Foundation
import XCTest

@testable import RuntimeCore

/// The writer's byte-level fast paths must print exactly what the string forms print.
final class JSONWriterFormattingTests: XCTestCase {
    func testTimestampBytesMatchRFC3339() {
        let samples: [Int64] = [
            0, 1, -1, 1_764_000_000_123_456, -62_135_596_800_000_000, 253_402_300_799_999_999, 951_782_400_000_000, -1_000_001,
        ]
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
        XCTAssertEqual(
            String(decoding: writer.bytes, as: UTF8.self), #"["plain ünïcode 🎉","quote \" backslash \\ newline \n tab \t bell \u0007"]"#)
    }

    /// The word-at-a-time scan must agree with the plain definition at every position and for
    /// every byte value, including UTF-8 bytes above 0x7F next to the ones that need escaping.
    func testEscapeScanAgreesWithTheBytewiseDefinition() {
        func naive(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
        var generator = SystemRandomNumberGenerator()
        var cases: [[UInt8]] = []
        for length in 0...40 {
            for special in [UInt8(0x00), 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF] {
                for position in 0..<max(length, 1) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if position < length { bytes[position] = special }
                    cases.append(bytes)
                }
            }
        }
        for _ in 0..<5_000 {
            cases.append((0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0x1A...0xFF, using: &generator) })
        }
        for bytes in cases {
            let scanned = bytes.withUnsafeBufferPointer { JSONWriter.needsEscaping($0) }
            XCTAssertEqual(scanned, naive(bytes), "\(bytes)")
        }
    }
}

/// `reopenObject()` lets members follow an object already written (`?include=` adds the
/// related rows to a row its model wrote): the commas stay right whether the object was empty.
final class JSONWriterReopenTests: XCTestCase {
    func testMembersAddedToAWrittenObject() {
        var writer = JSONWriter()
        writer.beginArray()
        for members in [0, 1, 2] {
            writer.beginObject()
            for index in 0..<members {
                writer.key("m\(index)")
                writer.int(index)
            }
            writer.endObject()
            writer.reopenObject()
            writer.key("tags")
            writer.beginArray()
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        XCTAssertEqual(
            String(decoding: writer.bytes, as: UTF8.self), #"[{"tags":[]},{"m0":0,"tags":[]},{"m0":0,"m1":1,"tags":[]}]"#)
        let parsed = try? JSONSerialization.jsonObject(with: Data(writer.bytes))
        XCTAssertEqual((parsed as? [[String: Any]])?.count, 3)
    }
}
