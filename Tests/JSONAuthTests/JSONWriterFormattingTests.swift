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
