/// What the router calls for a matched route. It runs on its caller's executor, the request
/// task's (which prefers the connection's event loop, docs/decisions/0006): a handler needs no
/// executor switch on entry, and a generated route closure no code for one.
public typealias Handler = nonisolated(nonsending) @Sendable (Request) async throws -> Response

/// An error that knows the response it stands for. Whatever else a handler throws becomes an
/// opaque 500 whose body reveals nothing; the error itself goes to the log.
public protocol HTTPResponseConvertible: Error {
    func response() -> Response
}
