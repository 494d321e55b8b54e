/// The view model of `swift/API.swift`: the API definition, the handler protocol and the
/// routes of custom endpoints.
struct APIViewModel {
    let model: APIModel

    var handlersProtocol: String { model.module + "Handlers" }

    func make() -> TemplateValue {
        var groups: [String] = []
        if model.auth != nil { groups.append("authRoutes(context)") }
        for resource in model.resources {
            if let entity = model.entity(resource.entity) { groups.append(RoutesViewModel.routesFunction(entity) + "(context)") }
        }
        groups.append("customRoutes(context, handlers: handlers)")
        return [
            "specPath": .string(model.specPath),
            "handlersProtocol": .string(handlersProtocol),
            "title": .string(model.title),
            "version": .string(model.version),
            "titleLiteral": .string(SwiftTypes.literal(model.title)),
            "versionLiteral": .string(SwiftTypes.literal(model.version)),
            "authSettings": .string(authSettings),
            "corsSettings": .string(corsSettings),
            "routeGroups": .strings(groups),
            "subjectLines": .strings(subjectLines),
            "endpoints": .list(model.endpoints.map(endpoint)),
        ]
    }

    var authSettings: String {
        guard let auth = model.auth else { return "nil" }
        let lifetimeEnv = auth.lifetimeEnv.map(SwiftTypes.literal) ?? "nil"
        return "AuthSettings(secretEnv: \(SwiftTypes.literal(auth.secretEnv)), lifetimeEnv: \(lifetimeEnv), defaultLifetime: \(auth.defaultLifetime))"
    }

    var corsSettings: String {
        guard let cors = model.cors else { return "nil" }
        return "CORSSettings(originEnv: \(SwiftTypes.literal(cors.originEnv)), defaultOrigin: \(SwiftTypes.literal(cors.defaultOrigin)))"
    }

    var subjectLines: [String] {
        guard let auth = model.auth, let user = model.entity(auth.user), let key = user.identifier else {
            return ["false"]
        }
        return [
            "guard let key = \(SwiftTypes.name(key.type))(subject: subject) else { return false }",
            "return try await \(StoreViewModel.storeName(user))(context.database).exists(\(Names.swiftBare(Names.swiftProperty(key.name))): key)",
        ]
    }

    func endpoint(_ endpoint: CustomEndpoint) -> TemplateValue {
        let inputName = Names.swiftType(endpoint.name.prefix(1).uppercased() + endpoint.name.dropFirst()) + "Input"
        var fields: [TemplateValue] = []
        var lines: [String] = []
        var arguments: [String] = []
        if endpoint.requiresAuth {
            let subjectType = subjectSwiftType
            fields.append(["swiftName": "subject", "swiftType": .string(subjectType), "docLines": .docLines(["The authenticated subject (the token's `sub`)."])])
            if let scope = endpoint.scope {
                lines.append("let subject = try await context.authorize(request, scope: \(SwiftTypes.literal(scope.param)), as: \(subjectType).self)")
            } else {
                lines.append("let subject = try await context.authorize(request, scope: nil, as: \(subjectType).self)")
            }
            arguments.append("subject: subject")
        }
        var pathReads: [String] = []
        var narrowing: [String] = []
        for param in endpoint.params {
            let name = Names.swiftProperty(param.name)
            let isScope = param.name == endpoint.scope?.param
            let type = isScope ? subjectSwiftType : SwiftTypes.name(param.type)
            fields.append(["swiftName": .string(name), "swiftType": .string(type), "docLines": .docLines(["The `{\(param.name)}` path parameter\(isScope ? " (equal to `subject`)" : "")."])])
            if isScope {
                arguments.append("\(Names.swiftBare(name)): subject")
            } else {
                // An integer of any size is well-formed; one beyond the key's range matches nothing (404).
                let integer = param.type == .int || param.type == .bigint
                pathReads.append("let \(name) = validator.path(request, \(SwiftTypes.literal(param.name)), \(integer ? ".anyInteger" : SwiftTypes.queryField(param.type)))")
                if param.type == .int { narrowing.append("guard let \(name) = \(name).flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound() }") }
                if param.type == .bigint { narrowing.append("guard let \(name) else { throw HTTPError.notFound() }") }
                arguments.append("\(Names.swiftBare(name)): \(name)")
            }
        }
        var checked = pathReads.map { $0.components(separatedBy: " = ")[0] }
        if let body = endpoint.body, let entity = model.entity(body) {
            let bodyType = ModelViewModel.inputName(entity)
            fields.append(["swiftName": "body", "swiftType": .string(bodyType), "docLines": .docLines(["The request body."])])
            pathReads.append("let body = validator.object(request).flatMap { \(bodyType).decode($0, into: &validator) }")
            checked.append("let body")
            arguments.append("body: body")
        }
        if !pathReads.isEmpty {
            lines.append("var validator = Validator()")
            lines += pathReads
            lines.append("guard validator.isValid, \(checked.joined(separator: ", ")) else { throw ValidationError(validator.issues) }")
            lines += narrowing
        }
        lines.append("let input = \(inputName)(\(arguments.joined(separator: ", ")))")
        let returnType: String
        switch endpoint.response {
        case .none:
            returnType = ""
            lines.append("try await handlers.\(endpoint.name)(input, context: context)")
            lines.append("return Response(status: \(endpoint.status))")
        case .entity(let name):
            returnType = Names.swiftType(name)
            lines.append("let result = try await handlers.\(endpoint.name)(input, context: context)")
            lines.append("return .json(\(endpoint.status), result)")
        case .list(let name):
            returnType = "[\(Names.swiftType(name))]"
            lines.append("let result = try await handlers.\(endpoint.name)(input, context: context)")
            lines.append("return .json(\(endpoint.status), result)")
        }
        var doc: [String] = []
        if let summary = endpoint.summary { doc += summary.split(separator: "\n").map(String.init) + [""] }
        let verified = endpoint.requiresAuth ? (endpoint.scope != nil ? "the token, the scope and the parameters" : "the token and the parameters") : "the parameters"
        doc.append("`\(endpoint.method) \(endpoint.path)`: the generated route has already checked \(verified).")
        return [
            "name": .string(endpoint.name),
            "inputName": .string(inputName),
            "returnType": .string(returnType),
            "docLines": .docLines(doc),
            "fields": .list(fields),
            "method": .string(endpoint.method),
            "path": .string(endpoint.path),
            "lines": .strings(lines),
        ]
    }

    var subjectSwiftType: String {
        guard let auth = model.auth, let user = model.entity(auth.user), let key = user.identifier else { return "String" }
        return SwiftTypes.name(key.type)
    }
}
