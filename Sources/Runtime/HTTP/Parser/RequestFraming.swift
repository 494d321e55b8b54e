/// How a request's body is delimited and what the connection does afterwards, derived from the
/// header fields with the RFC 9112 §6 rules. Every ambiguity is an error, never a guess: this is
/// where request smuggling (CL.TE, TE.CL, duplicate lengths) is stopped.
struct RequestFraming: Sendable, Equatable {
    enum Body: Sendable, Equatable {
        case none
        case length(Int)
        case chunked
    }

    var body: Body
    var keepAlive: Bool
    var expectContinue: Bool

    static func analyze(
        _ headers: [(name: String, value: String)], minorVersion: Int, limits: HTTPParserLimits
    ) throws(HTTPParseError) -> RequestFraming {
        var contentLengths: [String] = []
        var transferCodings: [String] = []
        var connectionTokens: [String] = []
        var expectations: [String] = []
        var hostCount = 0
        for (name, value) in headers {
            switch name.lowercased() {
            case "content-length": contentLengths += listElements(value, keepEmpty: true)
            case "transfer-encoding": transferCodings += listElements(value, keepEmpty: false)
            case "connection": connectionTokens += listElements(value, keepEmpty: false).map { $0.lowercased() }
            case "expect": expectations.append(value.lowercased())
            case "host": hostCount += 1
            default: break
            }
        }
        // RFC 9112 §3.2: a 1.1 request without Host, or with several, is 400.
        guard hostCount == 1 || (minorVersion == 0 && hostCount == 0) else {
            throw .badRequest(hostCount == 0 ? "Missing Host header" : "Duplicate Host header")
        }
        let body = try bodyFraming(contentLengths, transferCodings, minorVersion: minorVersion, limits: limits)
        let keepAlive =
            minorVersion == 1
            ? !connectionTokens.contains("close")
            : connectionTokens.contains("keep-alive") && !connectionTokens.contains("close")
        let expectContinue = try continueExpected(expectations, minorVersion: minorVersion)
        return RequestFraming(body: body, keepAlive: keepAlive, expectContinue: expectContinue)
    }

    private static func bodyFraming(
        _ lengths: [String], _ codings: [String], minorVersion: Int, limits: HTTPParserLimits
    ) throws(HTTPParseError) -> Body {
        if !codings.isEmpty {
            guard lengths.isEmpty else { throw .badRequest("Both Content-Length and Transfer-Encoding") }
            guard minorVersion == 1 else { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
            return try chunkedFraming(codings)
        }
        guard let first = lengths.first else { return .none }
        guard lengths.allSatisfy({ $0 == first }) else { throw .badRequest("Conflicting Content-Length values") }
        guard !first.isEmpty, first.utf8.allSatisfy(ByteClass.isDigit) else {
            throw .badRequest("Invalid Content-Length")
        }
        // More digits than any allowed size can have: too large, whatever the exact value.
        guard first.utf8.count <= 18, let length = Int(first), length <= limits.maxBodySize else {
            throw .bodyTooLarge
        }
        return length == 0 ? .none : .length(length)
    }

    /// Only `chunked` is understood (RFC 9112 §6.1): any other coding is 501; `chunked` that is
    /// not the single, final coding makes the length undeterminable, 400 (§6.3).
    private static func chunkedFraming(_ codings: [String]) throws(HTTPParseError) -> Body {
        let names = codings.map { $0.lowercased() }
        guard names.allSatisfy({ $0 == "chunked" }) else {
            let plain = names.allSatisfy { $0.utf8.allSatisfy(ByteClass.isTokenChar) }
            throw plain ? .unsupportedTransferCoding : .badRequest("Invalid Transfer-Encoding")
        }
        guard names.count == 1 else { throw .badRequest("Transfer-Encoding chunked applied twice") }
        return .chunked
    }

    /// `Expect: 100-continue` is the only expectation (RFC 9110 §10.1.1); HTTP/1.0 clients
    /// cannot use it, so it is ignored there. Anything else is 417.
    private static func continueExpected(_ values: [String], minorVersion: Int) throws(HTTPParseError) -> Bool {
        guard !values.isEmpty else { return false }
        guard values.allSatisfy({ $0 == "100-continue" }) else { throw .expectationFailed }
        return minorVersion == 1
    }

    /// Splits a comma-separated list value and trims whitespace. Empty elements are dropped
    /// (RFC 9110 §5.6.1) except for Content-Length, where `1,,1` or `1,` must fail.
    static func listElements(_ value: String, keepEmpty: Bool) -> [String] {
        value.split(separator: ",", omittingEmptySubsequences: false).compactMap { part in
            let trimmed = part.utf8.drop { ByteClass.isWhitespace($0) }
            var end = trimmed.endIndex
            while end > trimmed.startIndex, ByteClass.isWhitespace(trimmed[trimmed.index(before: end)]) {
                end = trimmed.index(before: end)
            }
            let element = String(decoding: trimmed[trimmed.startIndex..<end], as: UTF8.self)
            return element.isEmpty && !keepEmpty ? nil : element
        }
    }
}
