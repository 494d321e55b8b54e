/// The parsed first line of a request (RFC 9112 §3): `method SP request-target SP HTTP-version`.
struct RequestLine: Sendable, Equatable {
    var method: String
    var target: String
    var minorVersion: Int

    /// Parses one line (without its CRLF). Exactly one SP separates the three parts; anything
    /// lenient here (extra spaces, tabs) is a classic way to make two parsers disagree.
    static func parse(_ line: ArraySlice<UInt8>, limits: HTTPParserLimits) throws(HTTPParseError) -> RequestLine {
        guard let firstSpace = line.firstIndex(of: 0x20), let lastSpace = line.lastIndex(of: 0x20),
            firstSpace != lastSpace
        else {
            throw .badRequest("Invalid request line")
        }
        let methodBytes = line[line.startIndex..<firstSpace]
        guard !methodBytes.isEmpty, methodBytes.allSatisfy(ByteClass.isTokenChar) else {
            throw .badRequest("Invalid method")
        }
        let targetBytes = line[(firstSpace + 1)..<lastSpace]
        guard targetBytes.count <= limits.maxTargetLength else { throw .targetTooLong }
        guard !targetBytes.isEmpty, targetBytes.allSatisfy(ByteClass.isTargetByte) else {
            throw .badRequest("Invalid request target")
        }
        let minor = try parseVersion(line[(lastSpace + 1)...])
        let method = String(decoding: methodBytes, as: UTF8.self)
        let target = String(decoding: targetBytes, as: UTF8.self)
        try checkForm(target, method: method)
        return RequestLine(method: method, target: target, minorVersion: minor)
    }

    /// `HTTP/1.1` or `HTTP/1.0`; another well-formed version is 505, anything else 400.
    private static func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> Int {
        let text = Array(bytes)
        guard text.count == 8, text.starts(with: Array("HTTP/".utf8)), ByteClass.isDigit(text[5]),
            text[6] == UInt8(ascii: "."), ByteClass.isDigit(text[7])
        else {
            throw .badRequest("Invalid HTTP version")
        }
        guard text[5] == UInt8(ascii: "1"), text[7] == UInt8(ascii: "0") || text[7] == UInt8(ascii: "1") else {
            throw .versionNotSupported
        }
        return Int(text[7] - 0x30)
    }

    /// Origin-form (`/path`), asterisk-form for OPTIONS, or absolute-form (RFC 9112 §3.2).
    private static func checkForm(_ target: String, method: String) throws(HTTPParseError) {
        if target.utf8.first == UInt8(ascii: "/") { return }
        if target == "*" && method == "OPTIONS" { return }
        let lower = target.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return }
        throw .badRequest("Invalid request target")
    }
}
