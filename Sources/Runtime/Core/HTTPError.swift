/// An error answered with the contract's envelope `{"detail": "<message>"}`.
public struct HTTPError: HTTPResponseConvertible, Sendable, CustomStringConvertible {
    public var status: Int
    public var detail: String
    public var headers: HTTPHeaders

    public init(status: Int, detail: String, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.detail = detail
        self.headers = headers
    }

    public var description: String { "HTTP \(status): \(detail)" }

    public func response() -> Response {
        Response.json(status, headers: headers) { writer in
            writer.beginObject()
            writer.key("detail")
            writer.string(detail)
            writer.endObject()
        }
    }

    public static func notFound(_ detail: String = "Not Found") -> HTTPError {
        HTTPError(status: 404, detail: detail)
    }

    public static func forbidden(_ detail: String = "Forbidden") -> HTTPError {
        HTTPError(status: 403, detail: detail)
    }

    public static func unauthorized(_ detail: String) -> HTTPError {
        HTTPError(status: 401, detail: detail, headers: HTTPHeaders([("WWW-Authenticate", "Bearer")]))
    }

    public static func conflict(_ detail: String) -> HTTPError {
        HTTPError(status: 409, detail: detail)
    }

    public static func unavailable(_ detail: String = "Service Unavailable") -> HTTPError {
        HTTPError(status: 503, detail: detail)
    }
}
