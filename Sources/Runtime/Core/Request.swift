/// One parsed HTTP request, handed to a handler. Immutable value: the body is fully read.
public struct Request: Sendable {
    public var method: HTTPMethod
    /// The request-target exactly as received.
    public var target: String
    /// The percent-decoded path, without the query.
    public var path: String
    /// Query parameters, percent- and `+`-decoded, in order (a name may repeat).
    public var query: [(name: String, value: String)]
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Values of the `{name}` segments of the matched route, percent-decoded; set by the router.
    public var pathParameters: [String: String]
    /// Short id echoed as `X-Request-ID` and written to the access log.
    public var requestID: String

    public init(
        method: HTTPMethod,
        target: String,
        path: String,
        query: [(name: String, value: String)] = [],
        headers: HTTPHeaders = HTTPHeaders(),
        body: [UInt8] = [],
        pathParameters: [String: String] = [:],
        requestID: String = ""
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.pathParameters = pathParameters
        self.requestID = requestID
    }

    /// The last value of a query parameter (FastAPI semantics when a name repeats).
    public func queryValue(_ name: String) -> String? {
        query.last { $0.name == name }?.value
    }
}
