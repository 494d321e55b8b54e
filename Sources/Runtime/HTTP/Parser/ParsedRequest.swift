/// A complete request as framed by the parser, before routing and percent-decoding.
/// Kept free of RuntimeCore types so the parser compiles alone (fuzzing, tests).
public struct ParsedRequest: Sendable {
    /// The method token exactly as sent (methods are case-sensitive, RFC 9110 §9.1).
    public var method: String
    /// The request-target exactly as sent.
    public var target: String
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    public var minorVersion: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Whether the connection may carry another request after this one.
    public var keepAlive: Bool

    public init(
        method: String, target: String, minorVersion: Int,
        headers: [(name: String, value: String)], body: [UInt8], keepAlive: Bool
    ) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
        self.keepAlive = keepAlive
    }
}

/// What the parser wants the connection to do next.
public enum HTTPParserEvent: Sendable {
    /// Nothing complete yet; read more bytes.
    case needMoreData
    /// The client sent `Expect: 100-continue` and the body is wanted: send `100 Continue`.
    case sendContinue
    /// A whole request, body included.
    case request(ParsedRequest)
    /// The request is rejected; answer with the error and close. The parser stays failed.
    case error(HTTPParseError)
}
