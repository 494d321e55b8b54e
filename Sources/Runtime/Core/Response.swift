/// One HTTP response. The server adds `Content-Length`, `Date` and connection headers itself.
public struct Response: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response: sets `Content-Type: application/json`.
    public static func json(_ status: Int, _ body: [UInt8], headers: HTTPHeaders = HTTPHeaders()) -> Response {
        var headers = headers
        headers.set("Content-Type", "application/json")
        return Response(status: status, headers: headers, body: body)
    }

    /// A JSON response written by `write`.
    public static func json(_ status: Int, headers: HTTPHeaders = HTTPHeaders(), _ write: (inout JSONWriter) -> Void) -> Response {
        var writer = JSONWriter()
        write(&writer)
        return json(status, writer.bytes, headers: headers)
    }

    /// 204: no body, no content type.
    public static func noContent(headers: HTTPHeaders = HTTPHeaders()) -> Response {
        Response(status: 204, headers: headers)
    }
}
