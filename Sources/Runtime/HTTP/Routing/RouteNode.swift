import RuntimeCore

/// A node of the routing trie: one path segment deep. Literal children win over the parameter
/// child, and matching backtracks, so `/tasks/count` and `/tasks/{id}` can coexist.
struct RouteNode: Sendable {
    struct Endpoint: Sendable {
        var parameterNames: [String]
        var handler: Handler
    }

    var literals: [String: RouteNode] = [:]
    /// Zero or one child for a `{param}` segment (an array gives the recursion its indirection).
    var parameter: [RouteNode] = []
    var endpoints: [HTTPMethod: Endpoint] = [:]

    mutating func insert(_ segments: ArraySlice<RouteSegment>, method: HTTPMethod, endpoint: Endpoint) {
        guard let first = segments.first else {
            endpoints[method] = endpoint
            return
        }
        let rest = segments.dropFirst()
        switch first {
        case .literal(let text):
            literals[text, default: RouteNode()].insert(rest, method: method, endpoint: endpoint)
        case .parameter:
            if parameter.isEmpty { parameter.append(RouteNode()) }
            parameter[0].insert(rest, method: method, endpoint: endpoint)
        }
    }

    /// The node serving `segments`, collecting parameter values in order. A parameter never
    /// matches an empty segment.
    func match(_ segments: ArraySlice<String>, values: inout [String]) -> RouteNode? {
        guard let first = segments.first else { return endpoints.isEmpty ? nil : self }
        let rest = segments.dropFirst()
        if let child = literals[first], let found = child.match(rest, values: &values) {
            return found
        }
        if let child = parameter.first, !first.isEmpty {
            values.append(first)
            if let found = child.match(rest, values: &values) { return found }
            values.removeLast()
        }
        return nil
    }

    /// The methods this node answers, for `Allow`: HEAD wherever GET is, and OPTIONS always.
    var allowedMethods: [String] {
        var methods = Set(endpoints.keys.map(\.rawValue))
        if methods.contains("GET") { methods.insert("HEAD") }
        methods.insert("OPTIONS")
        let order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
        return order.filter(methods.contains) + methods.subtracting(order).sorted()
    }
}
