import RuntimeCore

/// Turns whatever a handler threw into a response. Known errors carry their own response;
/// anything else is logged with the request id and answered with a body that reveals nothing.
public enum ErrorResponse {
    public static func response(for error: any Error, request: Request, logger: Logger) -> Response {
        if let convertible = error as? any HTTPResponseConvertible {
            return convertible.response()
        }
        logger.error(
            "unhandled error in handler",
            [
                ("request_id", request.requestID), ("method", request.method.rawValue),
                ("path", request.path), ("error", String(describing: error)),
            ])
        return HTTPError(status: 500, detail: "Internal Server Error").response()
    }
}
