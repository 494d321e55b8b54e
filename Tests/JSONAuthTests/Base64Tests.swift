import XCTest

@testable import RuntimeJSON

final class Base64Tests: XCTestCase {
    func testRoundTripsAllLengths() {
        for length in 0..<40 {
            let data = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            for alphabet in [Base64.Alphabet.standard, .url] {
                let text = Base64.encode(data, alphabet: alphabet)
                XCTAssertEqual(Base64.decode(text, alphabet: alphabet), data, "\(length) \(alphabet)")
            }
        }
    }

    func testKnownVectors() {
        XCTAssertEqual(Base64.encode(Array("foobar".utf8), alphabet: .standard), "Zm9vYmFy")
        XCTAssertEqual(Base64.encode(Array("fo".utf8), alphabet: .standard), "Zm8=")
        XCTAssertEqual(Base64.encode(Array("f".utf8), alphabet: .url), "Zg")
        XCTAssertEqual(Base64.encode([0xFB, 0xFF], alphabet: .url), "-_8")
        XCTAssertEqual(Base64.encode([0xFB, 0xFF], alphabet: .standard), "+/8=")
    }

    func testRejectsNonCanonical() {
        for bad in ["Zg", "Zg=", "Zh==", "Z===", "Zm9v YmFy", "Zm9v\n", "-_8=", "Zm9v====", "="] {
            XCTAssertNil(Base64.decode(bad, alphabet: .standard), bad)
        }
        for bad in ["Zg==", "Zh", "Z", "+/8", "Zm9v.", "Zm9vY"] {
            XCTAssertNil(Base64.decode(bad, alphabet: .url), bad)
        }
    }
}
