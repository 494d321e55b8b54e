import RuntimeCore

/// Cross-origin rules for the one frontend origin the service trusts (`FRONTEND_URL`).
///
/// A request whose `Origin` equals `allowedOrigin` gets `Access-Control-Allow-Origin: <origin>`,
/// `Access-Control-Allow-Credentials: true` and the exposed headers; a preflight from it
/// (`OPTIONS` + `Access-Control-Request-Method`) is answered 204 here without reaching the router.
/// Any other origin gets no CORS headers at all; its preflight falls through to the router,
/// which answers a bare OPTIONS with 204 + `Allow`. `Vary: Origin` is always added, because
/// the response depends on the header.
public struct CORSPolicy: Sendable {
    public var allowedOrigin: String
    public var allowMethods: [String]
    public var allowHeaders: [String]
    public var exposeHeaders: [String]
    /// How long a browser may cache a preflight answer, in seconds.
    public var maxAge: Int

    public init(
        allowedOrigin: String,
        allowMethods: [String] = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allowHeaders: [String] = ["Authorization", "Content-Type"],
        exposeHeaders: [String] = ["Location", "X-Total-Count"],
        maxAge: Int = 600
    ) {
        self.allowedOrigin = allowedOrigin
        self.allowMethods = allowMethods
        self.allowHeaders = allowHeaders
        self.exposeHeaders = exposeHeaders
        self.maxAge = maxAge
    }

    /// Applies the policy around `next`.
    public func respond(to request: Request, next: @Sendable (Request) async -> Response) async -> Response {
        let allowed = request.headers["Origin"] == allowedOrigin
        if allowed, request.method == .OPTIONS, request.headers.contains("Access-Control-Request-Method") {
            return preflight()
        }
        var response = await next(request)
        addHeaders(to: &response.headers, origin: request.headers["Origin"])
        return response
    }

    /// Adds what an answer to a request from `origin` carries: the actual-response headers when
    /// it is the allowed origin, and `Vary: Origin` always. Also for answers that never reach
    /// the router (a 413, 414, 431 or 400 from the parser), so a browser sees their status.
    public func addHeaders(to headers: inout HTTPHeaders, origin: String?) {
        if origin == allowedOrigin { addActualHeaders(&headers) }
        addVary(&headers)
    }

    func preflight() -> Response {
        var headers = HTTPHeaders()
        headers.add("Access-Control-Allow-Origin", allowedOrigin)
        headers.add("Access-Control-Allow-Credentials", "true")
        headers.add("Access-Control-Allow-Methods", allowMethods.joined(separator: ", "))
        headers.add("Access-Control-Allow-Headers", allowHeaders.joined(separator: ", "))
        headers.add("Access-Control-Max-Age", String(maxAge))
        headers.add("Vary", "Origin")
        return Response(status: 204, headers: headers)
    }

    private func addActualHeaders(_ headers: inout HTTPHeaders) {
        headers.set("Access-Control-Allow-Origin", allowedOrigin)
        headers.set("Access-Control-Allow-Credentials", "true")
        if !exposeHeaders.isEmpty {
            headers.set("Access-Control-Expose-Headers", exposeHeaders.joined(separator: ", "))
        }
    }

    private func addVary(_ headers: inout HTTPHeaders) {
        let present = headers.values("Vary").contains { value in
            value.lowercased().split(separator: ",").contains { $0.filter { $0 != " " && $0 != "\t" } == "origin" }
        }
        if !present { headers.add("Vary", "Origin") }
    }
}
