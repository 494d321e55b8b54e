import RuntimeAuth
import XCTest

/// List cursors: what is sealed opens again, for its own sort only; a changed byte, another
/// server's secret or garbage opens to nothing.
final class CursorSealerTests: XCTestCase {
    func testCursorsOpenOnlyUnchangedForTheirScope() {
        let sealer = CursorSealer(secret: "a-secret-of-the-server-0123456789")
        let value = #"2026-12-06 16:20:00.123456+00 with "quotes", commas and \ backslashes"#
        let token = sealer.seal(scope: "created desc", value: value, key: "42")
        XCTAssertFalse(token.contains("+") || token.contains("/") || token.contains("="), "URL-safe: \(token)")
        XCTAssertEqual(sealer.open(token, scope: "created desc")?.value, value)
        XCTAssertEqual(sealer.open(token, scope: "created desc")?.key, "42")
        XCTAssertNil(sealer.open(token, scope: "created asc"))
        XCTAssertNil(CursorSealer(secret: "another-secret-0123456789abcdef").open(token, scope: "created desc"))
        for index in token.indices {
            var altered = token
            let replacement: Character = token[index] == "A" ? "B" : "A"
            altered.replaceSubrange(index...index, with: String(replacement))
            if altered != token {
                XCTAssertNil(sealer.open(altered, scope: "created desc"), "altered at \(token.distance(from: token.startIndex, to: index))")
            }
        }
        for garbage in ["", ".", "abc", "abc.def", token + ".x", String(token.dropLast())] {
            XCTAssertNil(sealer.open(garbage, scope: "created desc"), garbage)
        }
    }
}
