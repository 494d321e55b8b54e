import RuntimeCore

/// One entry of a route table: a method, a path pattern with static and `{param}` segments
/// (`/api/{user_id}/tasks/{id}`), and the handler that serves it.
public struct Route: Sendable {
    public var method: HTTPMethod
    public var pattern: String
    public var handler: Handler

    public init(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping Handler) {
        self.method = method
        self.pattern = pattern
        self.handler = handler
    }

    /// The pattern's segments: `.literal("api")` or `.parameter("user_id")`.
    var segments: [RouteSegment] {
        pattern.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { raw in
            let text = String(decoding: raw, as: UTF8.self)
            if text.hasPrefix("{"), text.hasSuffix("}"), text.count > 2 {
                return .parameter(String(text.dropFirst().dropLast()))
            }
            return .literal(text)
        }
    }
}

enum RouteSegment: Equatable {
    case literal(String)
    case parameter(String)
}
