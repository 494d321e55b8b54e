import XCTest

@testable import RuntimeHTTP

final class HTTPRequestParserTests: XCTestCase {
    func testSimpleGet() throws {
        let events = parseAll("GET /health?x=1 HTTP/1.1\r\nHost: example\r\nAccept: */*\r\n\r\n")
        let request = try XCTUnwrap(requests(events).first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/health?x=1")
        XCTAssertEqual(request.minorVersion, 1)
        XCTAssertEqual(request.headers.map(\.name), ["Host", "Accept"])
        XCTAssertEqual(request.headers[1].value, "*/*")
        XCTAssertTrue(request.keepAlive)
        XCTAssertTrue(request.body.isEmpty)
    }

    func testByteByByteGivesSameResult() throws {
        let input = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
        let request = try XCTUnwrap(requests(parseAll(input, byteByByte: true)).first)
        XCTAssertEqual(request.body, Array("hello".utf8))
    }

    func testPipelinedRequestsComeOutInOrder() {
        let input =
            "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nPOST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nokGET /3 HTTP/1.1\r\nHost: h\r\n\r\n"
        XCTAssertEqual(requests(parseAll(input)).map(\.target), ["/1", "/2", "/3"])
        XCTAssertEqual(requests(parseAll(input, byteByByte: true)).map(\.target), ["/1", "/2", "/3"])
    }

    func testOptionalWhitespaceAroundValuesIsTrimmed() throws {
        let request = try XCTUnwrap(requests(parseAll("GET / HTTP/1.1\r\nHost:\t h \t\r\nX-Empty:\r\n\r\n")).first)
        XCTAssertEqual(request.headers[0].value, "h")
        XCTAssertEqual(request.headers[1].value, "")
    }

    func testLeadingEmptyLinesAreIgnored() {
        XCTAssertEqual(requests(parseAll("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n")).count, 1)
    }

    func testKeepAliveRules() throws {
        XCTAssertFalse(try XCTUnwrap(requests(parseAll("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")).first).keepAlive)
        XCTAssertFalse(try XCTUnwrap(requests(parseAll("GET / HTTP/1.0\r\n\r\n")).first).keepAlive)
        XCTAssertTrue(try XCTUnwrap(requests(parseAll("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")).first).keepAlive)
        XCTAssertFalse(
            try XCTUnwrap(requests(parseAll("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, CLOSE\r\n\r\n")).first).keepAlive)
    }

    func testChunkedBody() throws {
        let input =
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1;name=value;q=\"a b\"\r\n!\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n"
        for byteByByte in [false, true] {
            let request = try XCTUnwrap(requests(parseAll(input, byteByByte: byteByByte)).first)
            XCTAssertEqual(String(decoding: request.body, as: UTF8.self), "hello!0123456789")
        }
    }

    func testContinueIsRequestedOnceBeforeTheBody() {
        var parser = HTTPRequestParser()
        parser.append(Array("PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n".utf8))
        guard case .sendContinue = parser.next() else { return XCTFail("expected 100-continue") }
        guard case .needMoreData = parser.next() else { return XCTFail("expected needMoreData") }
        parser.append(Array("abc".utf8))
        guard case .request(let request) = parser.next() else { return XCTFail("expected request") }
        XCTAssertEqual(request.body, Array("abc".utf8))
    }

    func testNoContinueWhenTheBodyIsAlreadyHere() {
        let events = parseAll("PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc")
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(requests(events).count, 1)
    }

    func testBodyExactlyAtTheLimitIsAccepted() throws {
        let limits = HTTPParserLimits(maxBodySize: 10)
        let body = String(repeating: "x", count: 10)
        let request = try XCTUnwrap(
            requests(parseAll("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n\(body)", limits: limits)).first)
        XCTAssertEqual(request.body.count, 10)
        let chunked = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nxxxxx\r\n5\r\nxxxxx\r\n0\r\n\r\n"
        XCTAssertEqual(requests(parseAll(chunked, limits: limits)).first?.body.count, 10)
    }

    func testOversizedBodyIsRefusedBeforeItArrives() {
        let limits = HTTPParserLimits(maxBodySize: 10)
        // Only the head is supplied: the 413 must not wait for the body.
        XCTAssertEqual(firstError(parseAll("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", limits: limits))?.status, 413)
        let chunked = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nxxxxx\r\n6\r\n"
        XCTAssertEqual(firstError(parseAll(chunked, limits: limits))?.status, 413)
        XCTAssertEqual(firstError(parseAll("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n"))?.status, 413)
    }

    func testOversizedBodyWithExpectContinueGetsNoContinue() {
        let limits = HTTPParserLimits(maxBodySize: 10)
        let events = parseAll("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n", limits: limits)
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(firstError(events)?.status, 413)
    }

    func testLongTargetIs414() {
        let limit = HTTPParserLimits().maxTargetLength
        let ok = "GET /" + String(repeating: "a", count: limit - 1) + " HTTP/1.1\r\nHost: h\r\n\r\n"
        XCTAssertEqual(requests(parseAll(ok)).count, 1)
        let long = "GET /" + String(repeating: "a", count: limit) + " HTTP/1.1\r\nHost: h\r\n\r\n"
        XCTAssertEqual(firstError(parseAll(long))?.status, 414)
        // An unterminated line is refused as soon as it is too long, not at the timeout.
        XCTAssertEqual(firstError(parseAll("GET /" + String(repeating: "a", count: limit + 100)))?.status, 414)
    }

    func testHeaderSectionLimitsAre431() {
        let big = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + String(repeating: "a", count: 16_400) + "\r\n\r\n"
        XCTAssertEqual(firstError(parseAll(big))?.status, 431)
        XCTAssertEqual(firstError(parseAll(String(big.prefix(16_500))))?.status, 431)
        let many = "GET / HTTP/1.1\r\nHost: h\r\n" + (1...100).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        XCTAssertEqual(firstError(parseAll(many))?.status, 431)
        let hundred = "GET / HTTP/1.1\r\nHost: h\r\n" + (1...99).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        XCTAssertEqual(requests(parseAll(hundred)).count, 1)
    }

    func testParserStaysFailed() {
        var parser = HTTPRequestParser()
        parser.append(Array("GET / HTTP/1.1\r\nHost: h\r\nBad Name: x\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n".utf8))
        guard case .error = parser.next() else { return XCTFail("expected error") }
        guard case .error = parser.next() else { return XCTFail("expected error again") }
    }
}
