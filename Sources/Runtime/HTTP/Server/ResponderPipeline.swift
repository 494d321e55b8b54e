import RuntimeCore

/// What runs in a request's task: build the `Request`, apply CORS, call the responder, turn
/// thrown errors into responses, stamp `X-Request-ID`, write the access-log line.
/// The task prefers the event loop that owns the connection as its executor
/// (docs/decisions/0006), so all of this runs on that loop's thread, between its socket events,
/// unless the handler awaits work elsewhere: nothing here may block.
struct ResponderPipeline: Sendable {
    let responder: Handler
    let cors: CORSPolicy?
    let logger: Logger

    func handle(_ parsed: ParsedRequest, requestID: String, startedAt: UInt64) async -> Response {
        let target = RequestTarget(parsed.target)
        let request = Request(
            method: HTTPMethod(rawValue: parsed.method),
            target: parsed.target,
            path: target.decodedPath,
            query: target.decodedQuery,
            headers: HTTPHeaders(parsed.headers.map { ($0.name, $0.value) }),
            body: parsed.body,
            requestID: requestID
        )
        var response = await respond(request)
        response.headers.set("X-Request-ID", requestID)
        AccessLog.record(
            logger, method: parsed.method, path: request.path, status: response.status,
            bytes: parsed.method == "HEAD" ? 0 : response.body.count, startedAt: startedAt, requestID: requestID
        )
        return response
    }

    func respond(_ request: Request) async -> Response {
        let responder = self.responder
        let logger = self.logger
        let base: @Sendable (Request) async -> Response = { request in
            do {
                return try await responder(request)
            } catch {
                return ErrorResponse.response(for: error, request: request, logger: logger)
            }
        }
        guard let cors else { return await base(request) }
        return await cors.respond(to: request, next: base)
    }
}
