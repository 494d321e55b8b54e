/// Stage 4 for documentation: `APIModel` → the OpenAPI 3.1 document the server serves at
/// `/openapi.json`. Every status an operation can answer is listed with its schema.
struct OpenAPIBuilder {
    let model: APIModel
    private var paths: [(String, [(String, JSONNode)])] = []

    init(model: APIModel) {
        self.model = model
    }

    static func build(_ model: APIModel) -> JSONNode {
        var builder = OpenAPIBuilder(model: model)
        return builder.document()
    }

    mutating func document() -> JSONNode {
        addServiceEndpoints()
        if let auth = model.auth { addAuth(auth) }
        for resource in model.resources { addResource(resource) }
        for endpoint in model.endpoints { addEndpoint(endpoint) }
        var components: [(String, JSONNode)] = [("schemas", .object(schemas()))]
        if model.auth != nil {
            components.append(
                ("securitySchemes", .object([("bearerAuth", .object([("type", "http"), ("scheme", "bearer"), ("bearerFormat", "JWT")]))])))
        }
        return .object([
            ("openapi", "3.1.0"),
            ("info", .object([("title", .string(model.title)), ("version", .string(model.version))])),
            ("paths", .object(paths.map { ($0.0, .object($0.1)) })),
            ("components", .object(components)),
        ])
    }

    mutating func add(_ path: String, _ method: String, _ operation: JSONNode) {
        if let index = paths.firstIndex(where: { $0.0 == path }) {
            paths[index].1.append((method.lowercased(), operation))
        } else {
            paths.append((path, [(method.lowercased(), operation)]))
        }
    }

    func schemas() -> [(String, JSONNode)] {
        var result: [(String, JSONNode)] = []
        for enumeration in model.enums {
            result.append(
                (
                    Names.swiftType(enumeration.name),
                    .object([("type", "string"), ("enum", .array(enumeration.values.map(JSONNode.string)))])
                ))
        }
        for entity in model.entities {
            result.append((Names.swiftType(entity.name), OpenAPISchemas.entity(entity, model: model)))
            if !entity.inputAttributes.isEmpty {
                result.append((ModelViewModel.inputName(entity), OpenAPISchemas.input(entity, model: model)))
                if !entity.notCreatable.isEmpty {
                    let refused = Set(entity.notCreatable.map(\.name))
                    result.append((Self.createInputName(entity), OpenAPISchemas.input(entity, model: model, refused: refused)))
                }
                result.append((ModelViewModel.patchName(entity), OpenAPISchemas.patch(entity, model: model)))
            }
        }
        for resource in model.resources {
            guard let entity = model.entity(resource.entity), resource.hasOwnCreateBody(entity) else { continue }
            let refused = Set(resource.refusedOnCreate(entity).map(\.name))
            result.append((Self.createInputName(entity, resource), OpenAPISchemas.input(entity, model: model, refused: refused)))
        }
        for resource in model.resources {
            guard let fields = resource.responseFields, let entity = model.entity(resource.entity) else { continue }
            result.append((RoutesViewModel.viewType(resource), OpenAPISchemas.entity(entity, model: model, only: fields)))
        }
        if let auth = model.auth, let user = model.entity(auth.user) {
            let password: JSONNode = .object([
                ("type", "string"), ("minLength", .int(auth.passwordMinLength)), ("maxLength", .int(auth.passwordMaxLength)),
                ("pattern", .string(OpenAPISchemas.textPattern)),
            ])
            result.append(
                (
                    "SignupRequest",
                    OpenAPISchemas.input(
                        user, model: model, extra: [("password", password, true)],
                        refused: Set(user.notCreatable.map(\.name)))
                ))
            result.append(
                (
                    "LoginRequest",
                    .object([
                        ("type", "object"),
                        (
                            "properties",
                            .object([
                                (auth.loginField, .object([("type", "string"), ("pattern", .string(OpenAPISchemas.textPattern))])),
                                ("password", .object([("type", "string"), ("pattern", .string(OpenAPISchemas.textPattern))])),
                            ])
                        ),
                        ("required", [.string(auth.loginField), "password"]),
                    ])
                ))
            result.append(
                (
                    "TokenResponse",
                    .object([
                        ("type", "object"),
                        (
                            "properties",
                            .object([
                                ("access_token", .object([("type", "string")])),
                                ("token_type", .object([("type", "string"), ("const", "bearer")])),
                                ("expires_in", .object([("type", "integer")])),
                                ("user", OpenAPISchemas.ref(Names.swiftType(user.name))),
                            ])
                        ),
                        ("required", ["access_token", "token_type", "expires_in", "user"]),
                    ])
                ))
        }
        result.append(("HTTPError", OpenAPISchemas.httpError))
        result.append(("ValidationError", OpenAPISchemas.validationError))
        return result
    }

    // MARK: Responses

    /// The create body's schema when it differs from the replace body's (`creatable: false`).
    static func createInputName(_ entity: Entity) -> String {
        !entity.notCreatable.isEmpty
            ? Names.swiftType(entity.name) + "CreateInput" : ModelViewModel.inputName(entity)
    }

    /// A resource's create body: its own when `fields.create` refuses more (`CatalogCreateInput`).
    static func createInputName(_ entity: Entity, _ resource: Resource) -> String {
        resource.hasOwnCreateBody(entity) ? Names.swiftType(resource.name) + "CreateInput" : createInputName(entity)
    }

    static func json(_ description: String, _ schema: JSONNode, headers: [(String, JSONNode)] = []) -> JSONNode {
        var response: [(String, JSONNode)] = [("description", .string(description))]
        if !headers.isEmpty { response.append(("headers", .object(headers))) }
        response.append(("content", .object([("application/json", .object([("schema", schema)]))])))
        return .object(response)
    }

    static func error(_ description: String) -> JSONNode {
        json(description, OpenAPISchemas.ref("HTTPError"))
    }

    /// The error statuses an operation can answer, in status order.
    static func errors(
        auth: Bool, scope: Bool, notFound: Bool, body: Bool, validation: Bool, conflict: Bool, database: Bool,
        tenant: (forbidden: String?, notFound: String?)? = nil
    ) -> [(String, JSONNode)] {
        if let tenant {
            var result = errors(
                auth: auth, scope: false, notFound: false, body: body, validation: validation, conflict: conflict, database: database)
            var extra: [(String, JSONNode)] = []
            if let forbidden = tenant.forbidden { extra.append(("403", error(forbidden))) }
            if let notFound = tenant.notFound { extra.append(("404", error(notFound))) }
            let at = result.firstIndex { $0.0 > "404" } ?? result.count
            result.insert(contentsOf: extra, at: at)
            return result
        }
        var result: [(String, JSONNode)] = []
        if auth {
            result.append(
                (
                    "401",
                    .object([
                        ("description", "Missing, malformed, expired or badly signed token, or a subject that is no user."),
                        ("headers", .object([("WWW-Authenticate", .object([("schema", .object([("type", "string")]))]))])),
                        ("content", .object([("application/json", .object([("schema", OpenAPISchemas.ref("HTTPError"))]))])),
                    ])
                ))
        }
        if scope { result.append(("403", error("The path names another user than the token's subject."))) }
        if notFound { result.append(("404", error("No such row, or it belongs to another user."))) }
        if conflict { result.append(("409", error("A unique value is already taken, or a referenced row is missing."))) }
        if body { result.append(("413", error("The request body is larger than 1 MiB."))) }
        if validation || body {
            result.append(
                ("422", json("Invalid parameters or body; every failing field is listed.", OpenAPISchemas.ref("ValidationError"))))
        }
        if database { result.append(("503", error("The database is unavailable."))) }
        return result + limits
    }

    /// What any request can get from the HTTP layer before routing: a request target over 8 KiB,
    /// or request headers over 16 KiB or 100 fields.
    static var limits: [(String, JSONNode)] {
        [
            ("414", error("The request target is longer than 8 KiB.")),
            ("431", error("The request headers are larger than 16 KiB or more than 100.")),
        ]
    }

    static func parameter(_ name: String, in location: String, schema: JSONNode, required: Bool, description: String? = nil) -> JSONNode {
        var node: [(String, JSONNode)] = [("name", .string(name)), ("in", .string(location)), ("required", .bool(required))]
        if let description { node.append(("description", .string(description))) }
        node.append(("schema", schema))
        return .object(node)
    }

    static func pathParameters(_ path: String, types: [String: JSONNode]) -> [JSONNode] {
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { segment in
            let name = String(segment.dropFirst().dropLast())
            return parameter(name, in: "path", schema: types[name] ?? .object([("type", "string")]), required: true)
        }
    }

    func schemaOf(_ type: FieldType) -> JSONNode {
        let attribute = Attribute(
            name: "", column: "", type: type, optional: false, primaryKey: false, unique: false, indexed: false,
            minLength: nil, maxLength: nil, minimum: nil, maximum: nil, pattern: nil, format: nil, lowercase: false,
            autoUpdate: false, serverOnly: false, owner: false, clientSettable: false, reference: nil, renamedFrom: nil, doc: nil
        )
        return .object(OpenAPISchemas.valueSchema(attribute, model: model, forInput: false, columnBounds: false))
    }

    static func operation(
        _ id: String, _ summary: String, tags: [String], secured: Bool, parameters: [JSONNode], body: JSONNode?,
        responses: [(String, JSONNode)], access: AccessMatrix.Row? = nil, extensions: [(String, JSONNode)] = []
    ) -> JSONNode {
        var node: [(String, JSONNode)] = [
            ("operationId", .string(id)), ("summary", .string(summary)), ("tags", .array(tags.map(JSONNode.string))),
        ]
        if let access {
            let allowed = access.allows.filter(\.allowed).map(\.principal)
            node.append(
                (
                    "description",
                    .string("Allowed: \(allowed.isEmpty ? "nobody" : allowed.joined(separator: ", ")) (access: \(access.rule)).")
                ))
            node.append(("x-access", access.node))
        }
        node += extensions
        if secured { node.append(("security", [.object([("bearerAuth", [])])])) }
        if !parameters.isEmpty { node.append(("parameters", .array(parameters))) }
        if let body {
            node.append(
                ("requestBody", .object([("required", true), ("content", .object([("application/json", .object([("schema", body)]))]))])))
        }
        node.append(("responses", .object(responses)))
        return .object(node)
    }
}

extension JSONNode: ExpressibleByBooleanLiteral {
    init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}
