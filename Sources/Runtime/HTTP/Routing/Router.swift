import RuntimeCore

/// Dispatches requests to the route table: 404 `{"detail":"Not Found"}` for an unknown path,
/// 405 `{"detail":"Method Not Allowed"}` plus `Allow` for a known path and another method,
/// HEAD served by the GET route, and a bare OPTIONS answered 204 with `Allow`.
/// A thrown `HTTPResponseConvertible` becomes its response; anything else an opaque 500.
public struct Router: Sendable {
    private let root: RouteNode
    private let logger: Logger

    public init(routes: [Route], logger: Logger = Logger(label: "router")) {
        var root = RouteNode()
        for route in routes {
            let segments = route.segments
            let names = segments.compactMap { segment -> String? in
                if case .parameter(let name) = segment { return name }
                return nil
            }
            root.insert(segments[...], method: route.method, endpoint: .init(parameterNames: names, handler: route.handler))
        }
        self.root = root
        self.logger = logger
    }

    public func respond(to request: Request) async -> Response {
        var values: [String] = []
        let segments = RequestTarget(request.target).decodedSegments
        guard let node = root.match(segments[...], values: &values) else {
            return HTTPError(status: 404, detail: "Not Found").response()
        }
        let endpoint = node.endpoints[request.method] ?? (request.method == .HEAD ? node.endpoints[.GET] : nil)
        guard let endpoint else {
            let allow = HTTPHeaders([("Allow", node.allowedMethods.joined(separator: ", "))])
            if request.method == .OPTIONS { return Response(status: 204, headers: allow) }
            return HTTPError(status: 405, detail: "Method Not Allowed", headers: allow).response()
        }
        var request = request
        for (name, value) in zip(endpoint.parameterNames, values) {
            request.pathParameters[name] = value
        }
        do {
            return try await endpoint.handler(request)
        } catch {
            return ErrorResponse.response(for: error, request: request, logger: logger)
        }
    }

    /// The router as a `Handler`, to hand to `HTTPServer`.
    public var handler: Handler {
        let router = self
        return { request in await router.respond(to: request) }
    }
}
