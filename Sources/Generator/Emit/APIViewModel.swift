/// Builds the view model of `swift/API.swift`.
struct APIViewModel {
    let model: APIModel

    func make() -> APIView {
        var groups: [String] = []
        if model.auth != nil { groups.append("authRoutes") }
        for resource in model.resources {
            groups.append(RoutesViewModel.routesFunction(resource))
        }
        let endpoints = model.endpoints.map(endpoint)
        return APIView(
            specPath: model.specPath, handlersProtocol: model.module + "Handlers", title: model.title, version: model.version,
            titleLiteral: SwiftTypes.literal(model.title), versionLiteral: SwiftTypes.literal(model.version),
            auth: model.auth.map { auth in
                .init(
                    secretEnv: SwiftTypes.literal(auth.secretEnv), lifetimeEnv: auth.lifetimeEnv.map(SwiftTypes.literal) ?? "nil",
                    defaultLifetime: String(auth.defaultLifetime))
            },
            cors: model.cors.map {
                .init(originEnv: SwiftTypes.literal($0.originEnv), defaultOrigin: SwiftTypes.literal($0.defaultOrigin))
            },
            routeGroups: groups, subject: subject, endpoints: endpoints, handwritten: endpoints.filter(\.handwritten),
            declaresStatements: model.endpoints.contains(where: \.isDeclared)
        )
    }

    var subject: APIView.Subject? {
        guard let auth = model.auth, let user = model.entity(auth.user), let key = user.identifier else { return nil }
        return .init(
            keyType: SwiftTypes.name(key.type), storeName: StoreViewModel.storeName(user),
            keyLabel: Names.swiftLabel(Names.swiftProperty(key.name)))
    }

    func endpoint(_ endpoint: CustomEndpoint) -> EndpointView {
        var fields: [EndpointView.Field] = []
        var arguments: [EndpointView.Argument] = []
        var authorizes: EndpointView.Authorization?
        if endpoint.requiresAuth {
            fields.append(
                .init(
                    swiftName: "subject", swiftType: subjectSwiftType,
                    docLines: DocLines.make(["The authenticated subject (the token's `sub`)."])))
            authorizes = .init(scope: endpoint.scope.map { SwiftTypes.literal($0.param) } ?? "nil", type: subjectSwiftType)
            arguments.append(.init(label: "subject", value: "subject"))
        }
        var reads: [ParameterReadView.Read] = []
        for param in endpoint.params {
            let name = Names.swiftProperty(param.name)
            let isScope = param.name == endpoint.scope?.param
            let type = isScope ? subjectSwiftType : SwiftTypes.name(param.type)
            fields.append(
                .init(
                    swiftName: name, swiftType: type,
                    docLines: DocLines.make(["The `{\(param.name)}` path parameter\(isScope ? " (equal to `subject`)" : "")."])))
            if isScope {
                arguments.append(.init(label: Names.swiftLabel(name), value: "subject"))
            } else {
                reads.append(ParameterReadView.read(Names.local(name), param: param.name, type: param.type))
                arguments.append(.init(label: Names.swiftLabel(name), value: Names.local(name)))
            }
        }
        var queries: [ParameterReadView.QueryRead] = []
        for param in endpoint.query {
            let name = Names.swiftProperty(param.name)
            let base = SwiftTypes.name(param.type)
            let defaultValue = param.defaultValue.map { SwiftTypes.valueLiteral($0, param.type) }
            let optional = param.optional && defaultValue == nil
            fields.append(
                .init(
                    swiftName: name, swiftType: optional ? base + "?" : base,
                    docLines: DocLines.make(["The `\(param.name)` query parameter\(param.defaultValue.map { " (default `\($0)`)" } ?? "")."]
                    )))
            queries.append(
                .init(
                    name: Names.local(name), param: SwiftTypes.literal(param.name), field: Self.queryField(param),
                    defaultValue: defaultValue,
                    optional: optional, required: !optional && defaultValue == nil))
            arguments.append(.init(label: Names.swiftLabel(name), value: Names.local(name)))
        }
        var body: ParameterReadView.Body?
        if let name = endpoint.body, let entity = model.entity(name) {
            body = .init(name: "body", type: ModelViewModel.inputName(entity))
            fields.append(.init(swiftName: "body", swiftType: body?.type ?? "", docLines: DocLines.make(["The request body."])))
            arguments.append(.init(label: "body", value: "body"))
        }
        let returnType =
            switch endpoint.response {
            case .none: ""
            case .entity(let name): Names.swiftType(name)
            case .list(let name): "[\(Names.swiftType(name))]"
            }
        var declared: EndpointView.Declared?
        var claim: EndpointView.Claim?
        if endpoint.isDeclared {
            let (row, rows) = DeclaredStatementsViewModel.returns(endpoint.response)
            let notFound = SwiftTypes.literal("\(DeclaredStatementsViewModel.rowType(endpoint.response)) not found")
            declared = .init(returnsRow: row, returnsRows: rows, returnsNothing: !row && !rows, notFoundMessage: notFound)
            if let proof = ownershipProof(endpoint), let scope = endpoint.scope {
                claim = .init(scope: SwiftTypes.literal(scope.param), type: subjectSwiftType, proof: proof)
                authorizes = nil
            }
        }
        return EndpointView(
            name: endpoint.name, inputName: DeclaredStatementsViewModel.inputName(endpoint), handwritten: !endpoint.isDeclared,
            declared: declared, claim: claim,
            returnType: returnType, docLines: DocLines.make(documentation(endpoint)), fields: fields,
            method: endpoint.method, path: endpoint.path, authorizes: authorizes,
            parameters: reads.isEmpty && queries.isEmpty && body == nil
                ? nil : ParameterReadView(reads: reads, queries: queries, body: body, notFoundMessage: ""),
            arguments: arguments, status: String(endpoint.status), location: locationParts(endpoint)
        )
    }

    /// The declared Location header: path parameters as the route read them (the scope's is
    /// `subject`), response fields from `result`.
    func locationParts(_ endpoint: CustomEndpoint) -> [RouteView.LocationPart] {
        endpoint.location.map { segment in
            switch segment {
            case .text(let text): .init(text: text, value: "")
            case .pathParameter(let name):
                .init(text: "", value: name == endpoint.scope?.param ? "subject" : Names.local(Names.swiftProperty(name)))
            case .responseField(let name): .init(text: "", value: "result." + Names.swiftMember(Names.swiftProperty(name)))
            }
        }
    }

    /// The `QueryField` of a declared query parameter, with its bounds.
    static func queryField(_ param: QueryParameter) -> String {
        guard param.minimum != nil || param.maximum != nil, param.type.isInteger else { return SwiftTypes.queryField(param.type) }
        let bounds = [("min", param.minimum), ("max", param.maximum)].compactMap { label, value in value.map { "\(label): \($0)" } }
        return (param.type == .int ? ".int32(" : ".int64(") + bounds.joined(separator: ", ") + ")"
    }

    /// For a single declared statement answering one row of a model owned by the auth user
    /// through a foreign key: the row proves the subject exists when its owner is the subject.
    func ownershipProof(_ endpoint: CustomEndpoint) -> String? {
        guard endpoint.statements.count == 1, endpoint.scope != nil, case .entity(let name) = endpoint.response,
            let entity = model.entity(name), let owner = model.subjectOwner(of: entity)
        else { return nil }
        return "result.\(Names.swiftProperty(owner.name)) == subject"
    }

    func documentation(_ endpoint: CustomEndpoint) -> [String] {
        var doc: [String] = []
        if let summary = endpoint.summary { doc += summary.split(separator: "\n").map(String.init) + [""] }
        let verified =
            endpoint.requiresAuth
            ? (endpoint.scope != nil ? "the token, the scope and the parameters" : "the token and the parameters") : "the parameters"
        doc.append("`\(endpoint.method) \(endpoint.path)`: the generated route has already checked \(verified).")
        return doc
    }

    var subjectSwiftType: String {
        guard let auth = model.auth, let user = model.entity(auth.user), let key = user.identifier else { return "String" }
        return SwiftTypes.name(key.type)
    }
}
