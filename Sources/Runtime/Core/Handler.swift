/// What the router calls for a matched route.
public typealias Handler = @Sendable (Request) async throws -> Response

/// An error that knows the response it stands for. Whatever else a handler throws becomes an
/// opaque 500 whose body reveals nothing; the error itself goes to the log.
public protocol HTTPResponseConvertible: Error {
    func response() -> Response
}
