extension ModelBuilder {
    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]

    mutating func buildEndpoints(entities: [Entity], basePath: String, auth: AuthModel?) -> [CustomEndpoint] {
        var seen: [String: SourceLocation] = [:]
        return spec.endpoints.compactMap { decl in
            guard let name = decl.name, let method = decl.method, let path = decl.path else { return nil }
            if !Names.isMemberIdentifier(name.value) || Names.swiftKeywords.contains(name.value) {
                error("endpoint name '\(name.value)' must be a lowerCamelCase Swift identifier that is not a keyword", at: name.location)
            }
            let inputType = Names.endpointInputType(name.value)
            if let model = modelNames.first(where: { Names.inputType($0) == inputType }) {
                error(
                    "endpoint '\(name.value)' would generate '\(inputType)', which model '\(model)' also generates; rename the endpoint",
                    at: name.location)
            }
            if let first = seen[name.value] {
                diagnostics.error(
                    "endpoint '\(name.value)' is declared twice", at: name.location,
                    notes: [Diagnostic(.note, "first declared here", at: first)])
            }
            seen[name.value] = name.location
            if !Self.methods.contains(method.value) {
                let hint =
                    Suggestion.closest(to: method.value, among: Self.methods).map { "; did you mean '\($0)'?" }
                    ?? "; expected one of \(Self.methods.joined(separator: ", "))"
                error("unknown method '\(method.value)'\(hint)", at: method.location)
            }
            let pathParams = pathParameters(path)
            let needsAuth = requiresAuth(decl.auth)
            let scope = buildScope(decl.scope, pathParams: pathParams, entity: nil, requiresAuth: needsAuth, auth: auth)
            var params: [(name: String, type: FieldType)] = []
            for param in pathParams {
                if param == scope?.param {
                    params.append((param, .uuid))
                    continue
                }
                guard let declared = decl.params.first(where: { $0.name.value == param }) else {
                    error(
                        "path parameter '{\(param)}' of endpoint '\(name.value)' has no type: declare it under 'params' (a type, or Model.field)",
                        at: path.location)
                    continue
                }
                if let type = paramType(declared.type, entities: entities) { params.append((param, type)) }
            }
            for declared in decl.params where !pathParams.contains(declared.name.value) {
                error(
                    "param '\(declared.name.value)' is not in the path '\(path.value)'\(Suggestion.didYouMean(declared.name.value, among: pathParams))",
                    at: declared.name.location)
            }
            if let body = decl.body, !modelNames.contains(body.value) {
                error("body names unknown model '\(body.value)'\(Suggestion.didYouMean(body.value, among: modelNames))", at: body.location)
            }
            let response = responseShape(decl.response)
            let status = decl.status?.value ?? (response == ResponseShape.none ? 204 : 200)
            if let s = decl.status, !(200...299).contains(s.value) {
                error("status must be a 2xx code", at: s.location)
            }
            var endpoint = CustomEndpoint(
                name: name.value, summary: decl.summary?.value, method: method.value, path: basePath + path.value,
                requiresAuth: needsAuth, scope: scope, params: params, body: decl.body?.value, response: response, status: status
            )
            endpoint.query = buildQuery(decl.query, pathParams: pathParams, entities: entities)
            endpoint.sqlLocation = decl.sql.first?.location
            endpoint.statements = buildStatements(decl, endpoint, entities: entities, auth: auth)
            if let location = decl.locationHeader {
                endpoint.location = buildLocation(location, endpoint, basePath: basePath, pathParams: pathParams, entities: entities)
            }
            return endpoint
        }
    }

    mutating func paramType(_ text: Located<String>, entities: [Entity]) -> FieldType? {
        let parts = text.value.split(separator: ".").map(String.init)
        if parts.count == 2 {
            guard let entity = entities.first(where: { $0.name == parts[0] }) else {
                error("unknown model '\(parts[0])'\(Suggestion.didYouMean(parts[0], among: modelNames))", at: text.location)
                return nil
            }
            guard let attribute = entity.attribute(parts[1]) else {
                error(
                    "unknown field '\(parts[1])' of '\(entity.name)'\(Suggestion.didYouMean(parts[1], among: entity.attributes.map(\.name)))",
                    at: text.location)
                return nil
            }
            guard Self.parameterTypes(attribute.type) else {
                error(
                    "a path parameter must be uuid, int, bigint, string, text, bool or an enum; '\(text.value)' is \(attribute.type.specName)",
                    at: text.location)
                return nil
            }
            return attribute.type
        }
        guard let type = resolveType(text, maxLength: nil) else { return nil }
        switch type {
        case .uuid, .int, .bigint, .string, .text: return type
        default:
            error("a path parameter must be uuid, int, bigint or string", at: text.location)
            return nil
        }
    }

    /// `/members/{member_id}/loans/{id}`: each `{name}` is a path parameter of the endpoint or
    /// a field of the row it answers (a key type: uuid, int, bigint, string, text).
    mutating func buildLocation(
        _ text: Located<String>, _ endpoint: CustomEndpoint, basePath: String, pathParams: [String], entities: [Entity]
    ) -> [LocationSegment] {
        guard text.value.hasPrefix("/") else {
            error("location must be a path starting with '/', after base_path, as in '/items/{id}'", at: text.location)
            return []
        }
        var fields: [Attribute] = []
        if case .entity(let name) = endpoint.response, let entity = entities.first(where: { $0.name == name }) {
            fields = entity.responseAttributes
        }
        var segments: [LocationSegment] = [.text(basePath)]
        var rest = Substring(text.value)
        while let open = rest.firstIndex(of: "{") {
            segments.append(.text(String(rest[..<open])))
            guard let close = rest[open...].firstIndex(of: "}") else {
                error("location has a '{' without its '}'", at: text.location)
                return []
            }
            let name = String(rest[rest.index(after: open)..<close])
            if pathParams.contains(name) {
                if let type = endpoint.params.first(where: { $0.name == name })?.type, type == .bool || type.isEnumeration {
                    error("location parameter '{\(name)}' must be a uuid, int, bigint, string or text", at: text.location)
                }
                segments.append(.pathParameter(name))
            } else if let field = fields.first(where: { $0.name == name }) {
                if !Self.parameterTypes(field.type) || field.type == .bool || field.type.isEnumeration || field.optional {
                    error("location field '\(name)' must be a required uuid, int, bigint, string or text field", at: text.location)
                }
                segments.append(.responseField(name))
            } else {
                let candidates = pathParams + fields.map(\.name)
                let hint = fields.isEmpty ? " (fields can be used when the response is one model)" : ""
                error(
                    "location names '{\(name)}', which is neither a path parameter nor a field of the response\(hint)\(Suggestion.didYouMean(name, among: candidates))",
                    at: text.location)
            }
            rest = rest[rest.index(after: close)...]
        }
        segments.append(.text(String(rest)))
        return segments.filter { $0 != .text("") }
    }

    mutating func responseShape(_ text: Located<String>?) -> ResponseShape {
        guard let text, text.value != "none" else { return .none }
        var name = text.value
        let isList = name.hasPrefix("[") && name.hasSuffix("]")
        if isList { name = String(name.dropFirst().dropLast()) }
        guard modelNames.contains(name) else {
            error(
                "response names unknown model '\(name)'\(Suggestion.didYouMean(name, among: modelNames)); write a model, '[Model]' or 'none'",
                at: text.location)
            return .none
        }
        return isList ? .list(name) : .entity(name)
    }

    mutating func checkRouteCollisions(resources: [Resource], endpoints: [CustomEndpoint], auth: AuthModel?) {
        var routes: [String: String] = [:]
        func add(_ method: String, _ path: String, _ owner: String, _ builder: inout ModelBuilder, at location: SourceLocation?) {
            let shape = path.split(separator: "/").map { $0.hasPrefix("{") ? "{}" : String($0) }.joined(separator: "/")
            let key = method + " " + shape
            if let other = routes[key] {
                builder.error("\(owner) route \(method) \(path) collides with \(other)", at: location)
            }
            routes[key] = "\(owner) (\(method) \(path))"
        }
        if let auth {
            add("POST", auth.signupPath, "auth signup", &self, at: spec.auth?.location)
            add("POST", auth.loginPath, "auth login", &self, at: spec.auth?.location)
            add("GET", auth.mePath, "auth me", &self, at: spec.auth?.location)
        }
        for (index, resource) in resources.enumerated() {
            let location = spec.resources.indices.contains(index) ? spec.resources[index].location : nil
            for op in resource.operations {
                let (method, path): (String, String) =
                    switch op {
                    case .list: ("GET", resource.collectionPath)
                    case .create: ("POST", resource.collectionPath)
                    case .get: ("GET", resource.itemPath)
                    case .replace: ("PUT", resource.itemPath)
                    case .patch: ("PATCH", resource.itemPath)
                    case .delete: ("DELETE", resource.itemPath)
                    }
                add(method, path, "resource '\(resource.entity)'", &self, at: location)
            }
        }
        for (index, endpoint) in endpoints.enumerated() {
            let location = spec.endpoints.indices.contains(index) ? spec.endpoints[index].location : nil
            add(endpoint.method, endpoint.path, "endpoint '\(endpoint.name)'", &self, at: location)
        }
    }
}
