/// Why a request was rejected before reaching a handler. The connection answers with `status`
/// and the envelope `{"detail": detail}`, then closes: after a framing error nothing that follows
/// on the connection can be trusted (RFC 9112 §6.3, request smuggling).
public struct HTTPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var status: Int
    public var detail: String

    public init(status: Int, detail: String) {
        self.status = status
        self.detail = detail
    }

    public var description: String { "\(status) \(detail)" }

    static func badRequest(_ detail: String) -> HTTPParseError {
        HTTPParseError(status: 400, detail: detail)
    }

    static let targetTooLong = HTTPParseError(status: 414, detail: "URI Too Long")
    static let headersTooLarge = HTTPParseError(status: 431, detail: "Request Header Fields Too Large")
    static let bodyTooLarge = HTTPParseError(status: 413, detail: "Request Entity Too Large")
    static let unsupportedTransferCoding = HTTPParseError(status: 501, detail: "Unsupported transfer coding")
    static let versionNotSupported = HTTPParseError(status: 505, detail: "HTTP Version Not Supported")
    static let expectationFailed = HTTPParseError(status: 417, detail: "Expectation Failed")
}
