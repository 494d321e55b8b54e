import Foundation
import XCTest

@testable import Generator

/// Stage: model → OpenAPI. A decimal's string form states a positive minimum of one unit of
/// its scale with a pattern (JSON Schema's `minimum` does not apply to strings); the pattern
/// must accept exactly the texts the runtime accepts at or above that minimum.
final class DecimalPatternSnippetTests: XCTestCase {
    func testOnlyAMinimumOfAtMostOneUnitBecomesAPattern() {
        for (minimum, scale, expected) in [
            ("0.01", 2, true), ("0.010", 2, true), (".005", 2, true), ("0.02", 2, false), ("1", 2, false), ("0", 2, false),
            ("-0.01", 2, false), ("1", 0, true), ("0.1", 0, true), ("2", 0, false), ("0.001", 3, true), ("00.01", 2, true),
        ] {
            XCTAssertEqual(OpenAPISchemas.isPositiveAndAtMostOneUnit(minimum, scale: scale), expected, "\(minimum) at scale \(scale)")
        }
    }

    func testThePositivePatternAcceptsNonZeroTextsOfTheDigitCount() throws {
        let pattern = try XCTUnwrap(OpenAPISchemas.positivePattern(minimum: "0.01", whole: 10, scale: 2))
        let regex = try NSRegularExpression(pattern: pattern)
        func matches(_ text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        for text in ["0.01", "0.1", ".5", "1", "1.", "1.5", "12.34", "0012.3400", "9999999999.99", "0.010", "10"] {
            XCTAssertTrue(matches(text), text)
        }
        for text in ["0", "0.0", "0.00", ".00", "0.001", "1.234", "-1", "99999999999", "", "1e3", " 1"] {
            XCTAssertFalse(matches(text), text)
        }
    }

    /// A maximum written as nines up to the scale bounds the digits before the point, so the
    /// string form can state it (`999999.99` on `decimal(12,2)`: six); other maximums cannot.
    func testAMaximumOfNinesIsADigitCount() {
        for (maximum, scale, expected) in [
            ("999999.99", 2, 6 as Int?), ("99", 0, 2), ("0.99", 2, 0), (".9", 1, 0), ("999.9", 2, nil), ("1000", 0, nil),
            ("999.999", 2, nil), ("0", 0, nil), ("0099.99", 2, 2),
        ] {
            XCTAssertEqual(OpenAPISchemas.ninesDigits(maximum, scale: scale), expected, "\(maximum) at scale \(scale)")
        }
        XCTAssertNil(OpenAPISchemas.ninesDigits(nil, scale: 2))
    }
}
