import RuntimeCore
import XCTest

@testable import RuntimeHTTP

final class ResponseSerializerTests: XCTestCase {
    private let date = Array("Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n".utf8)

    private func text(_ response: Response, head: Bool = false, keepAlive: Bool = true, minor: Int = 1) -> String {
        let framing = ResponseSerializer.Framing(isHead: head, keepAlive: keepAlive, minorVersion: minor)
        return String(decoding: ResponseSerializer.serialize(response, framing: framing, dateLine: date), as: UTF8.self)
    }

    func testFramingHeadersAreTheServersOwn() {
        let response = Response(
            status: 200,
            headers: HTTPHeaders([
                ("Content-Length", "999"), ("Transfer-Encoding", "chunked"), ("Connection", "upgrade"), ("X-A", "1"),
            ]), body: Array("hi".utf8))
        XCTAssertEqual(text(response), "HTTP/1.1 200 OK\r\nX-A: 1\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 2\r\n\r\nhi")
    }

    func testServerOwnedHeadersAreDroppedWhateverTheirCase() {
        let response = Response(
            status: 404,
            headers: HTTPHeaders([
                ("DATE", "x"), ("Keep-ALIVE", "5"), ("content-LENGTH", "1"), ("Dates", "kept"), ("X-Total-Count", "10"),
            ]), body: Array(repeating: UInt8(ascii: "z"), count: 12_345))
        let head = text(response).prefix { $0 != "z" }
        XCTAssertEqual(
            head,
            "HTTP/1.1 404 Not Found\r\nDates: kept\r\nX-Total-Count: 10\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 12345\r\n\r\n"
        )
    }

    func testHeadKeepsLengthDropsBody() {
        XCTAssertEqual(
            text(Response(status: 200, body: Array("hello".utf8)), head: true),
            "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 5\r\n\r\n"
        )
    }

    func testNoContentHasNoLength() {
        XCTAssertEqual(text(Response(status: 204)), "HTTP/1.1 204 No Content\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n")
    }

    func testConnectionHeaders() {
        XCTAssertTrue(text(Response(status: 200), keepAlive: false).contains("Connection: close\r\n"))
        XCTAssertTrue(text(Response(status: 200), minor: 0).contains("Connection: keep-alive\r\n"))
    }

    func testResponseSplittingIsImpossible() {
        let response = Response(status: 200, headers: HTTPHeaders([("X-Evil", "a\r\nSet-Cookie: x=1"), ("Bad Name", "v")]))
        let serialized = text(response)
        XCTAssertFalse(serialized.contains("Set-Cookie"))
        XCTAssertFalse(serialized.contains("Bad Name"))
    }

    func testHTTPDate() {
        XCTAssertEqual(HTTPDate.format(epochSeconds: 784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: 0), "Thu, 01 Jan 1970 00:00:00 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: 951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT")
        XCTAssertEqual(HTTPDate.format(epochSeconds: 1_798_761_599), "Thu, 31 Dec 2026 23:59:59 GMT")
    }
}
