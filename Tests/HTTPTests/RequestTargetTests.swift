import XCTest

@testable import RuntimeHTTP

final class RequestTargetTests: XCTestCase {
    func testPathAndQueryDecoding() {
        let target = RequestTarget("/api/a%20b/tasks?q=100%25+sure&empty=&flag&x=%zz&&sort=-created_at")
        XCTAssertEqual(target.decodedPath, "/api/a b/tasks")
        XCTAssertEqual(target.decodedQuery.map(\.name), ["q", "empty", "flag", "x", "sort"])
        XCTAssertEqual(target.decodedQuery.map(\.value), ["100% sure", "", "", "%zz", "-created_at"])
    }

    func testPlusIsLiteralInPaths() {
        XCTAssertEqual(RequestTarget("/a+b").decodedPath, "/a+b")
    }

    func testInvalidUTF8BecomesReplacementCharacter() {
        XCTAssertEqual(RequestTarget("/%FF").decodedPath, "/\u{FFFD}")
    }

    func testAbsoluteFormIsReducedToPath() {
        let target = RequestTarget("http://example.com:8000/health?x=1")
        XCTAssertEqual(target.decodedPath, "/health")
        XCTAssertEqual(target.decodedQuery.first?.value, "1")
        XCTAssertEqual(RequestTarget("http://example.com").decodedPath, "/")
    }

    func testSegments() {
        XCTAssertEqual(RequestTarget("/").decodedSegments, [""])
        XCTAssertEqual(RequestTarget("/a/%2F/b").decodedSegments, ["a", "/", "b"])
    }

    func testRequestIDs() {
        var generator = RequestIDGenerator()
        let ids = (0..<1000).map { _ in generator.next() }
        XCTAssertEqual(Set(ids).count, 1000)
        XCTAssertTrue(ids.allSatisfy { $0.count == 16 })
        XCTAssertTrue(RequestIDGenerator.isAcceptable("abc-123_X.y"))
        XCTAssertFalse(RequestIDGenerator.isAcceptable("a b"))
        XCTAssertFalse(RequestIDGenerator.isAcceptable(String(repeating: "a", count: 65)))
    }
}
