extension OpenAPIBuilder {
    mutating func addServiceEndpoints() {
        let health: JSONNode = .object([
            ("type", "object"),
            (
                "properties",
                .object([
                    ("status", .object([("type", "string")])), ("app", .object([("type", "string")])),
                    ("version", .object([("type", "string")])),
                ])
            ),
            ("required", ["status", "app", "version"]),
        ])
        add(
            "/health", "GET",
            Self.operation(
                "health", "Liveness: answers without touching the database.", tags: ["service"], secured: false, parameters: [], body: nil,
                responses: [("200", Self.json("Alive.", health))] + Self.limits))
        let ready: JSONNode = .object([
            ("type", "object"), ("properties", .object([("status", .object([("type", "string")]))])), ("required", ["status"]),
        ])
        add(
            "/ready", "GET",
            Self.operation(
                "ready", "Readiness: 200 when the database answers.", tags: ["service"], secured: false, parameters: [], body: nil,
                responses: [("200", Self.json("Ready.", ready)), ("503", Self.error("The database is unavailable."))] + Self.limits))
        add(
            "/openapi.json", "GET",
            Self.operation(
                "openapi", "This document.", tags: ["service"], secured: false, parameters: [], body: nil,
                responses: [("200", Self.json("The OpenAPI document.", .object([("type", "object")])))] + Self.limits))
        let page: JSONNode = .object([
            ("description", "An HTML page."), ("content", .object([("text/html", .object([("schema", .object([("type", "string")]))]))])),
        ])
        add(
            "/docs", "GET",
            Self.operation(
                "docs", "Human-readable API documentation.", tags: ["service"], secured: false, parameters: [], body: nil,
                responses: [("200", page)] + Self.limits))
    }

    mutating func addAuth(_ auth: AuthModel) {
        guard let user = model.entity(auth.user) else { return }
        let userRef = OpenAPISchemas.ref(Names.swiftType(user.name))
        let token = OpenAPISchemas.ref("TokenResponse")
        add(
            auth.signupPath, "POST",
            Self.operation(
                "signup", "Create an account and get a token.", tags: ["auth"], secured: false, parameters: [],
                body: OpenAPISchemas.ref("SignupRequest"),
                responses: [("201", Self.json("Signed up.", token))]
                    + Self.errors(auth: false, scope: false, notFound: false, body: true, validation: true, conflict: true, database: true))
        )
        add(
            auth.loginPath, "POST",
            Self.operation(
                "login", "Exchange credentials for a token.", tags: ["auth"], secured: false, parameters: [],
                body: OpenAPISchemas.ref("LoginRequest"),
                responses: [
                    ("200", Self.json("Logged in.", token)),
                    ("401", Self.error("Unknown \(auth.loginField) or wrong password (the same answer for both).")),
                ]
                    + Self.errors(auth: false, scope: false, notFound: false, body: true, validation: true, conflict: false, database: true)
            ))
        add(
            auth.mePath, "GET",
            Self.operation(
                "me", "The authenticated user.", tags: ["auth"], secured: true, parameters: [], body: nil,
                responses: [("200", Self.json("The user.", userRef))]
                    + Self.errors(
                        auth: true, scope: false, notFound: false, body: false, validation: false, conflict: false, database: true)))
    }

    /// Integer path keys accept any integer: one beyond the column's range matches no row (404).
    func pathSchema(_ type: FieldType) -> JSONNode {
        type == .int || type == .bigint ? .object([("type", "integer")]) : schemaOf(type)
    }

    func pathTypes(scope: ScopeBinding?, extra: [String: JSONNode]) -> [String: JSONNode] {
        var types = extra
        if let scope, let auth = model.auth, let key = model.entity(auth.user)?.identifier {
            types[scope.param] = schemaOf(key.type)
        }
        return types
    }

    mutating func addResource(_ resource: Resource) {
        guard let entity = model.entity(resource.entity), let key = entity.identifier else { return }
        // Operation ids follow the resource: a second resource of the model has its own name.
        let name = Names.swiftType(resource.name)
        let tag = [entity.name]
        let scope = resource.scope != nil
        // A client-chosen key, a unique field or index, or a reference can collide (409).
        let conflict =
            entity.attributes.contains { ($0.unique || $0.primaryKey || $0.reference != nil) && $0.clientSettable }
            || entity.indexes.contains(where: \.unique)
        // A row that others point at with `restrict` (or `no_action`) cannot be deleted (409).
        let stillReferenced = model.entities.contains { other in
            other.attributes.contains { $0.reference?.entity == entity.name && [.restrict, .noAction].contains($0.reference?.onDelete) }
        }
        // The tenant and parents in the path, typed like the keys they hold.
        var scoped: [String: JSONNode] = [:]
        if let tenant = resource.tenant, let param = tenant.param, let tenantKey = model.entity(tenant.membership.tenantEntity)?.identifier
        {
            scoped[param] = pathSchema(tenantKey.type)
        }
        for parent in resource.tenant?.parents ?? resource.nesting {
            if let type = entity.attribute(parent.field)?.type ?? model.entity(parent.entity)?.identifier?.type {
                scoped[parent.param] = pathSchema(type)
            }
        }
        let collectionParams = Self.pathParameters(resource.collectionPath, types: pathTypes(scope: resource.scope, extra: scoped))
        let itemParams = Self.pathParameters(
            resource.itemPath,
            types: pathTypes(scope: resource.scope, extra: scoped.merging([resource.itemParam: pathSchema(key.type)]) { $1 }))
        let ref = OpenAPISchemas.ref(resource.responseFields == nil ? Names.swiftType(entity.name) : RoutesViewModel.viewType(resource))
        let base = Names.swiftBare(Names.swiftProperty(Names.snake(entity.name)))
        let (includeParams, answered) = includes(resource, row: ref)
        let writes = writeRules(resource, entity)
        for operation in resource.operations {
            let auth = resource.requiresToken(operation)
            let access = AccessMatrix.row(resource, operation, model: model)
            let tenant = tenantErrors(resource, operation)
            switch operation {
            case .list:
                var headers: [(String, JSONNode)] = [
                    (
                        "X-Total-Count",
                        .object([("description", "How many rows match, ignoring paging."), ("schema", .object([("type", "integer")]))])
                    )
                ]
                if resource.paging?.cursorParam != nil {
                    headers.append(
                        (
                            "X-Next-Cursor",
                            .object([
                                ("description", "When the page is full: the cursor of the next page (same sort, same filters)."),
                                ("schema", .object([("type", "string")])),
                            ])
                        ))
                }
                add(
                    resource.collectionPath, "GET",
                    Self.operation(
                        "list\(name)", "List \(entity.name) rows.", tags: tag, secured: auth,
                        parameters: collectionParams + queryParameters(resource, entity) + includeParams, body: nil,
                        responses: [
                            ("200", Self.json("One page of rows.", .object([("type", "array"), ("items", answered)]), headers: headers))
                        ]
                            + Self.errors(
                                auth: auth, scope: scope, notFound: false, body: false, validation: true, conflict: false, database: true,
                                tenant: tenant), access: access))
            case .create:
                let headers: [(String, JSONNode)] = [
                    ("Location", .object([("description", "The new row's URL."), ("schema", .object([("type", "string")]))]))
                ]
                add(
                    resource.collectionPath, "POST",
                    Self.operation(
                        "create\(name)", "Create a \(entity.name).", tags: tag, secured: auth, parameters: collectionParams,
                        body: OpenAPISchemas.ref(Self.createInputName(entity, resource)),
                        responses: [("201", Self.json("Created.", ref, headers: headers))]
                            + Self.errors(
                                auth: auth, scope: scope, notFound: false, body: true, validation: true, conflict: conflict, database: true,
                                tenant: tenant),
                        access: access, extensions: writes.create))
            case .get:
                add(
                    resource.itemPath, "GET",
                    Self.operation(
                        "get\(name)", "Get one \(entity.name).", tags: tag, secured: auth, parameters: itemParams + includeParams,
                        body: nil,
                        responses: [("200", Self.json("The row.", answered))]
                            + Self.errors(
                                auth: auth, scope: scope, notFound: true, body: false, validation: true, conflict: false, database: true,
                                tenant: tenant), access: access))
            case .replace:
                add(
                    resource.itemPath, "PUT",
                    Self.operation(
                        "replace\(name)", "Replace a \(entity.name); absent optional fields reset to their defaults.", tags: tag,
                        secured: auth, parameters: itemParams, body: OpenAPISchemas.ref(ModelViewModel.inputName(entity)),
                        responses: [("200", Self.json("The row.", ref))]
                            + Self.errors(
                                auth: auth, scope: scope, notFound: true, body: true, validation: true, conflict: conflict, database: true,
                                tenant: tenant),
                        access: access, extensions: writes.update))
            case .patch:
                add(
                    resource.itemPath, "PATCH",
                    Self.operation(
                        "patch\(name)", "Change some fields of a \(entity.name).", tags: tag, secured: auth, parameters: itemParams,
                        body: OpenAPISchemas.ref(ModelViewModel.patchName(entity)),
                        responses: [("200", Self.json("The row.", ref))]
                            + Self.errors(
                                auth: auth, scope: scope, notFound: true, body: true, validation: true, conflict: conflict, database: true,
                                tenant: tenant),
                        access: access, extensions: writes.update))
            case .delete:
                add(
                    resource.itemPath, "DELETE",
                    Self.operation(
                        "delete\(name)", "Delete a \(entity.name).", tags: tag, secured: auth, parameters: itemParams, body: nil,
                        responses: [("204", .object([("description", "Deleted; no body.")]))]
                            + Self.errors(
                                auth: auth, scope: scope, notFound: true, body: false, validation: true, conflict: stillReferenced,
                                database: true, tenant: tenant), access: access))
            }
        }
        let auth = resource.requiresAuth
        for link in resource.links {
            guard let target = model.entity(link.target), let targetKey = target.identifier else { continue }
            let relation = Names.swiftType(link.name)
            let path = resource.itemPath + "/" + link.name
            let targetParams = Self.pathParameters(
                path + "/{\(link.targetParam)}",
                types: pathTypes(
                    scope: resource.scope, extra: [resource.itemParam: pathSchema(key.type), link.targetParam: pathSchema(targetKey.type)]))
            let errors = Self.errors(
                auth: auth, scope: scope, notFound: true, body: false, validation: true, conflict: false, database: true)
            add(
                path, "GET",
                Self.operation(
                    "list\(name)\(relation)", "The \(target.name) rows linked to a \(entity.name) (\(link.name)).", tags: tag,
                    secured: auth,
                    parameters: itemParams, body: nil,
                    responses: [
                        (
                            "200",
                            Self.json(
                                "The linked rows, by key.",
                                .object([("type", "array"), ("items", OpenAPISchemas.ref(Names.swiftType(target.name)))]))
                        )
                    ] + errors))
            add(
                path + "/{\(link.targetParam)}", "PUT",
                Self.operation(
                    "link\(name)\(relation)", "Link a \(target.name) to a \(entity.name) (idempotent).", tags: tag, secured: auth,
                    parameters: targetParams, body: nil, responses: [("204", .object([("description", "Linked; no body.")]))] + errors))
            add(
                path + "/{\(link.targetParam)}", "DELETE",
                Self.operation(
                    "unlink\(name)\(relation)", "Unlink a \(target.name) from a \(entity.name).", tags: tag, secured: auth,
                    parameters: targetParams, body: nil, responses: [("204", .object([("description", "Unlinked; no body.")]))] + errors))
        }
        _ = base
    }

    /// What a write's statement checks beyond its body's schema, for clients and test tools
    /// (docs/spec.md §5.4, §6.5): `x-references` are client-written keys that must name a row
    /// the caller may use (else 422 at the field), `x-unchangeable` are the fields a
    /// replace or patch must leave as they are (`updatable: false`, or not in `fields.update`; else 422).
    func writeRules(_ resource: Resource, _ entity: Entity) -> (create: [(String, JSONNode)], update: [(String, JSONNode)]) {
        let store = StoreViewModel(entity: entity, model: model, resource: resource)
        let references = store.references.map { JSONNode.string($0.attribute.name) }
        let fixed = store.fixedFields.map { JSONNode.string($0.name) }
        let create: [(String, JSONNode)] = references.isEmpty ? [] : [("x-references", .array(references))]
        return (create, create + (fixed.isEmpty ? [] : [("x-unchangeable", .array(fixed))]))
    }

    /// The `include` parameter of a get and a list that embed links (`?include=tags,authors`),
    /// and the row they answer: the model's schema, plus one array per relation asked for.
    func includes(_ resource: Resource, row: JSONNode) -> (parameters: [JSONNode], row: JSONNode) {
        guard !resource.includes.isEmpty else { return ([], row) }
        let names = resource.includes.map(\.name)
        let parameter = JSONNode.object([
            ("name", "include"), ("in", "query"), ("required", false),
            (
                "description",
                .string("Related rows to embed in each row answered, one statement per relation: \(names.joined(separator: ", ")).")
            ),
            ("style", "form"), ("explode", false),
            (
                "schema",
                .object([
                    ("type", "array"), ("items", .object([("type", "string"), ("enum", .array(names.map { .string($0) }))])),
                    ("minItems", 1), ("maxItems", 100),
                ])
            ),
        ])
        let members = resource.includes.compactMap { link -> (String, JSONNode)? in
            guard let target = model.entity(link.target) else { return nil }
            return (
                link.name,
                .object([
                    ("description", .string("With ?include=\(link.name): the linked \(target.name) rows, by key.")),
                    ("type", "array"), ("items", OpenAPISchemas.ref(Names.swiftType(target.name))),
                ])
            )
        }
        return ([parameter], .object([("allOf", .array([row, .object([("type", "object"), ("properties", .object(members))])]))]))
    }

    /// The 403 and 404 of a member-scoped operation (docs/spec.md §6.5), nil for other resources.
    func tenantErrors(_ resource: Resource, _ operation: Operation) -> (forbidden: String?, notFound: String?)? {
        guard let rule = resource.access[operation] else { return nil }
        guard let tenant = resource.tenant else {
            // User roles: a user whose role may not is a 403; a missing row is the usual 404,
            // and so is a missing parent of a nested resource.
            let parents = resource.nesting.map(\.entity)
            var missing = parents.isEmpty ? [] : ["the \(parents.joined(separator: " or ")) of the path does not exist"]
            if ![.list, .create].contains(operation) { missing.append("no such \(resource.entity)\(parents.isEmpty ? "" : " in it")") }
            let notFound =
                missing.isEmpty
                ? nil : missing.joined(separator: ", or ").prefix(1).uppercased() + missing.joined(separator: ", or ").dropFirst() + "."
            guard case .roles(let roles) = rule else { return parents.isEmpty ? nil : (nil, notFound) }
            return ("A user whose role is not one of: \(roles.joined(separator: ", ")).", notFound)
        }
        let name = tenant.membership.tenantEntity
        var forbidden: String?
        if case .roles(let names) = rule {
            let fields = names.filter { field in
                model.entity(resource.entity)?.attribute(field) != nil && !tenant.membership.roles.contains(field)
            }
            let roles = names.filter { !fields.contains($0) }
            forbidden =
                "A member of the \(name) whose role is not one of: \(roles.joined(separator: ", "))"
                + (fields.isEmpty ? "" : ", and who is not the row's \(fields.joined(separator: " or "))") + "."
        }
        let parents = tenant.parents.map(\.entity)
        var missing = [String]()
        if rule.needsMembership { missing.append("the caller is not a member of the \(name) (or there is no such \(name))") }
        if !parents.isEmpty { missing.append("the \(parents.joined(separator: " or ")) is not the \(name)'s") }
        if ![.list, .create].contains(operation) { missing.append("no such \(resource.entity) in it") }
        guard !missing.isEmpty else { return forbidden.map { ($0, nil) } }
        let text = missing.joined(separator: ", or ")
        return (forbidden, text.prefix(1).uppercased() + text.dropFirst() + ".")
    }

    func queryParameters(_ resource: Resource, _ entity: Entity) -> [JSONNode] {
        var result: [JSONNode] = []
        for filter in resource.filters {
            if let values = filter.values {
                var schema: [(String, JSONNode)] = [("type", "string"), ("enum", .array(values.map { .string($0.name) }))]
                if let def = filter.defaultValue { schema.append(("default", .string(def))) }
                result.append(Self.parameter(filter.param, in: "query", schema: .object(schema), required: false))
            } else if let attribute = entity.attribute(filter.attribute), filter.op == .in {
                // `?status_in=open,closed`: OpenAPI's comma-separated form of an array.
                result.append(
                    .object([
                        ("name", .string(filter.param)), ("in", "query"), ("required", false),
                        ("description", .string("Only rows whose \(attribute.name) \(filter.op.phrase).")),
                        ("style", "form"), ("explode", false),
                        ("schema", .object([("type", "array"), ("items", schemaOf(attribute.type)), ("minItems", 1), ("maxItems", 100)])),
                    ]))
            } else if let attribute = entity.attribute(filter.attribute) {
                result.append(
                    Self.parameter(
                        filter.param, in: "query", schema: schemaOf(attribute.type), required: false,
                        description: "Only rows whose \(attribute.name) \(filter.op.phrase) this."))
            }
        }
        if let search = resource.search {
            result.append(
                Self.parameter(
                    search.param, in: "query", schema: .object([("type", "string"), ("pattern", .string(OpenAPISchemas.textPattern))]),
                    required: false,
                    description: "Case-insensitive literal substring of \(search.attributes.joined(separator: " or "))."))
        }
        if let sort = resource.sort {
            result.append(
                Self.parameter(
                    sort.param, in: "query",
                    schema: .object([
                        ("type", "string"), ("enum", .array(sort.values.map { .string($0.name) })), ("default", .string(sort.defaultValue)),
                    ]), required: false))
            result.append(
                Self.parameter(
                    sort.orderParam, in: "query",
                    schema: .object([
                        ("type", "string"), ("enum", ["asc", "desc"]), ("default", .string(sort.defaultDescending ? "desc" : "asc")),
                    ]), required: false))
        }
        if let paging = resource.paging {
            result.append(
                Self.parameter(
                    paging.limitParam, in: "query",
                    schema: .object([
                        ("type", "integer"), ("minimum", 1), ("maximum", .int(paging.maxLimit)), ("default", .int(paging.defaultLimit)),
                    ]), required: false))
            if let cursor = paging.cursorParam {
                result.append(
                    Self.parameter(
                        cursor, in: "query", schema: .object([("type", "string"), ("maxLength", 4096)]), required: false,
                        description: "Continue after the last row of an earlier page: its X-Next-Cursor (opaque; only for the same sort)."))
            }
            result.append(
                Self.parameter(
                    paging.offsetParam, in: "query",
                    schema: .object([
                        ("type", "integer"), ("format", "int64"), ("minimum", 0), ("maximum", .int(Int(Int64.max))), ("default", 0),
                    ]), required: false))
        }
        return result
    }

    mutating func addEndpoint(_ endpoint: CustomEndpoint) {
        var types: [String: JSONNode] = [:]
        for param in endpoint.params where param.name != endpoint.scope?.param {
            types[param.name] = pathSchema(param.type)
        }
        var parameters = Self.pathParameters(endpoint.path, types: pathTypes(scope: endpoint.scope, extra: types))
        for query in endpoint.query {
            // As `QueryField` reads it: integers within their column type, text unconstrained.
            var schema =
                query.type.isText
                ? JSONNode.object([("type", "string"), ("pattern", .string(OpenAPISchemas.textPattern))]) : schemaOf(query.type)
            if case .object(var members) = schema, query.minimum != nil || query.maximum != nil {
                members.removeAll { $0.0 == "minimum" || $0.0 == "maximum" }
                if let min = query.minimum { members.append(("minimum", .int(Int(min)))) }
                if let max = query.maximum { members.append(("maximum", .int(Int(max)))) }
                schema = .object(members)
            }
            if let value = query.defaultValue, case .object(var members) = schema {
                members.append(("default", Self.defaultNode(value, query.type)))
                schema = .object(members)
            }
            parameters.append(
                Self.parameter(query.name, in: "query", schema: schema, required: !query.optional && query.defaultValue == nil))
        }
        var responses: [(String, JSONNode)]
        let headers: [(String, JSONNode)] =
            endpoint.location.isEmpty
            ? [] : [("Location", .object([("description", "The URL of what was created."), ("schema", .object([("type", "string")]))]))]
        switch endpoint.response {
        case .none:
            var node: [(String, JSONNode)] = [("description", "Done; no body.")]
            if !headers.isEmpty { node.append(("headers", .object(headers))) }
            responses = [(String(endpoint.status), .object(node))]
        case .entity(let name):
            responses = [(String(endpoint.status), Self.json("The result.", OpenAPISchemas.ref(Names.swiftType(name)), headers: headers))]
        case .list(let name):
            responses = [
                (
                    String(endpoint.status),
                    Self.json(
                        "The result.", .object([("type", "array"), ("items", OpenAPISchemas.ref(Names.swiftType(name)))]), headers: headers)
                )
            ]
        }
        let hasBody = endpoint.body != nil
        responses += Self.errors(
            auth: endpoint.requiresAuth, scope: endpoint.scope != nil, notFound: true, body: hasBody,
            validation: !types.isEmpty || !endpoint.query.isEmpty || hasBody,
            conflict: endpoint.statements.contains {
                !$0.written.text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().hasPrefix("SELECT")
            }, database: true)
        let body = endpoint.body.flatMap { model.entity($0) }.map { OpenAPISchemas.ref(ModelViewModel.inputName($0)) }
        add(
            endpoint.path, endpoint.method,
            Self.operation(
                endpoint.name, endpoint.summary ?? endpoint.name, tags: ["custom"], secured: endpoint.requiresAuth, parameters: parameters,
                body: body, responses: responses, access: AccessMatrix.row(endpoint, model: model)))
    }
}

extension OpenAPIBuilder {
    /// A query parameter's default as JSON of its type.
    static func defaultNode(_ text: String, _ type: FieldType) -> JSONNode {
        switch type {
        case .int, .bigint: Int(text).map(JSONNode.int) ?? .string(text)
        case .bool: .bool(text == "true")
        default: .string(text)
        }
    }
}

extension JSONNode: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) {
        self = .int(value)
    }
}
