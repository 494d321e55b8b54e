/// The view model of `swift/ResourceRoutes.swift`: one resource's routes and list query.
struct RoutesViewModel {
    let entity: Entity
    let resource: Resource
    let model: APIModel

    var typeName: String { Names.swiftType(entity.name) }
    var variable: String { Names.escapeSwift(Names.swiftBare(Names.swiftProperty(Names.snake(entity.name)))) }
    var owner: Attribute? { resource.scope?.attribute.flatMap { entity.attribute($0) } ?? nil }
    var list: ListPlan { ListPlan(entity: entity, resource: resource, owner: owner) }

    static func routesFunction(_ entity: Entity) -> String {
        Names.swiftBare(Names.swiftProperty(Names.snake(entity.name))) + "Routes"
    }

    func make() -> TemplateValue {
        var routes: [TemplateValue] = []
        for operation in resource.operations {
            routes.append(route(operation))
        }
        var value: [String: TemplateValue] = [
            "specPath": .string(model.specPath),
            "name": .string(typeName),
            "collectionPath": .string(resource.collectionPath),
            "operationList": .string(resource.operations.map(\.rawValue).joined(separator: ", ")),
            "routesFunction": .string(Self.routesFunction(entity)),
            "storeName": .string(StoreViewModel.storeName(entity)),
            "routes": .list(routes),
            "hasList": .bool(resource.operations.contains(.list)),
            "queryName": .string(list.queryName),
        ]
        let query = listQuery()
        value["queryProperties"] = .list(query.properties)
        value["queryReads"] = .list(query.reads)
        value["conditions"] = .list(query.conditions)
        return .object(value)
    }

    /// Authentication, then the scope check: 401 before 403 before anything else.
    var authLines: [String] {
        guard resource.requiresAuth else { return [] }
        guard let scope = resource.scope, let owner else {
            return ["_ = try await context.authenticate(request)"]
        }
        return ["let owner = try await context.authorize(request, scope: \(SwiftTypes.literal(scope.param)), as: \(SwiftTypes.name(owner.type)).self)"]
    }

    var ownerArgument: String { owner == nil ? "" : ", owner: owner" }

    /// Reads the key (and the body, when `body` names its decoder) with one validator, so a bad
    /// key and a bad body are reported together. An integer key of any size is well-formed: one
    /// beyond the column's range matches no row (404, as the FastAPI original answers), not a 422.
    func keyLines(body: String? = nil) -> [String] {
        guard let key = entity.identifier else { return [] }
        let name = Names.swiftProperty(key.name)
        let integer = key.type == .int || key.type == .bigint
        let field = integer ? ".anyInteger" : SwiftTypes.queryField(key.type)
        var lines = ["var validator = Validator()", "let \(name) = validator.path(request, \(SwiftTypes.literal(resource.itemParam)), \(field))"]
        var checked = ["let \(name)"]
        if let body {
            lines.append("let \(body.components(separatedBy: " ")[0]) = validator.object(request).flatMap { \(body.components(separatedBy: " ")[1]).decode($0, into: &validator) }")
            checked.append("let \(body.components(separatedBy: " ")[0])")
        }
        lines.append("guard validator.isValid, \(checked.joined(separator: ", ")) else { throw ValidationError(validator.issues) }")
        if key.type == .int {
            lines.append("guard let \(name) = \(name).flatMap({ Int32(exactly: $0) }) else { \(notFound) }")
        } else if key.type == .bigint {
            lines.append("guard let \(name) else { \(notFound) }")
        }
        return lines
    }

    var keyArgument: String {
        guard let key = entity.identifier else { return "" }
        let name = Names.swiftProperty(key.name)
        return "\(Names.swiftBare(name)): \(name)"
    }

    var notFound: String { "throw HTTPError.notFound(\(SwiftTypes.literal("\(entity.name) not found")))" }

    /// Whether rows of this resource prove their owner exists: the owner field is a foreign key
    /// to the auth user, so the subject's existence is checked only when no row was touched
    /// (`APIContext.claim` and `proving`), saving a round trip on every successful request.
    var deferredSubjectCheck: Bool {
        guard resource.requiresAuth, resource.scope != nil, let owner, let auth = model.auth else { return false }
        return owner.reference?.entity == auth.user
    }

    func route(_ operation: Operation) -> TemplateValue {
        var lines: [String] = []
        let method: String
        let path: String
        let response: String
        let proven: String
        switch operation {
        case .list:
            (method, path) = ("GET", resource.collectionPath)
            lines.append("let query = try \(list.queryName).decode(request)")
            lines.append("let page = try await store.list(\(owner == nil ? "" : "owner: owner, ")query)")
            response = "try .json(200, page.items, headers: HTTPHeaders([(\"X-Total-Count\", String(page.total))]))"
            proven = "!page.items.isEmpty"
        case .create:
            (method, path) = ("POST", resource.collectionPath)
            lines.append("let input = try \(ModelViewModel.inputName(entity)).decode(request)")
            lines.append("let \(variable) = try await store.insert(input\(ownerArgument))")
            response = ".json(201, \(variable), headers: HTTPHeaders([(\"Location\", \(locationExpression))]))"
            proven = "true"
        case .get:
            (method, path) = ("GET", resource.itemPath)
            lines += keyLines()
            lines.append("guard let \(variable) = try await store.find(\(keyArgument)\(ownerArgument)) else { \(notFound) }")
            response = ".json(200, \(variable))"
            proven = "true"
        case .replace:
            (method, path) = ("PUT", resource.itemPath)
            lines += keyLines(body: "input " + ModelViewModel.inputName(entity))
            lines.append("guard let \(variable) = try await store.replace(\(keyArgument)\(ownerArgument), input) else { \(notFound) }")
            response = ".json(200, \(variable))"
            proven = "true"
        case .patch:
            (method, path) = ("PATCH", resource.itemPath)
            lines += keyLines(body: "patch " + ModelViewModel.patchName(entity))
            lines.append("guard let \(variable) = try await store.patch(\(keyArgument)\(ownerArgument), patch) else { \(notFound) }")
            response = ".json(200, \(variable))"
            proven = "true"
        case .delete:
            (method, path) = ("DELETE", resource.itemPath)
            lines += keyLines()
            lines.append("guard try await store.delete(\(keyArgument)\(ownerArgument)) else { \(notFound) }")
            response = ".noContent()"
            proven = "true"
        }
        if deferredSubjectCheck, let scope = resource.scope, let owner {
            let claim = "let claimed = try await context.claim(request, scope: \(SwiftTypes.literal(scope.param)), as: \(SwiftTypes.name(owner.type)).self)"
            let body = lines.map { "    " + $0 } + ["    return (\(response), proven: \(proven))"]
            lines = [claim, "let owner = claimed.value", "return try await context.proving(claimed) {"] + body + ["}"]
        } else {
            lines = authLines + lines + ["return \(response)"]
        }
        return ["method": .string(method), "path": .string(path), "lines": .strings(lines)]
    }

    /// `"/api/\(owner)/tasks/\(task.id)"`: the collection path with the scope filled in, plus the key.
    var locationExpression: String {
        var path = resource.collectionPath
        if let scope = resource.scope {
            path = path.replacingOccurrences(of: "{\(scope.param)}", with: "\\(PathSegment.encode(owner))")
        }
        if let key = entity.identifier {
            path += "/\\(PathSegment.encode(\(variable).\(Names.swiftBare(Names.swiftProperty(key.name)))))"
        }
        return "\"\(path)\""
    }

    func listQuery() -> (properties: [TemplateValue], reads: [TemplateValue], conditions: [TemplateValue]) {
        var properties: [TemplateValue] = []
        var reads: [TemplateValue] = []
        var conditions: [TemplateValue] = []
        func property(_ name: String, _ type: String, value: String? = nil) {
            properties.append(["swiftName": .string(name), "bareName": .string(Names.swiftBare(name)), "swiftType": .string(type), "value": .string(value ?? name)])
        }
        for filter in resource.filters {
            guard let attribute = entity.attribute(filter.attribute) else { continue }
            let name = Names.swiftProperty(filter.param)
            let param = SwiftTypes.literal(filter.param)
            if let values = filter.values {
                let names = values.map { SwiftTypes.literal($0.name) }.joined(separator: ", ")
                let fallback = SwiftTypes.literal(filter.defaultValue ?? values.first?.name ?? "")
                if filter.defaultValue != nil {
                    reads.append(["swiftName": .string(name), "expression": .string("validator.query(request, \(param), .oneOf([\(names)]), default: \(fallback))")])
                    property(name, "String")
                } else {
                    reads.append(["swiftName": .string(name), "expression": .string("validator.queryOptional(request, \(param), .oneOf([\(names)]))")])
                    property(name, "String?")
                }
                let cases = values.compactMap { value -> TemplateValue? in
                    guard let literal = value.literal else { return nil }
                    return ["name": .string(SwiftTypes.literal(value.name)), "value": .string(swiftLiteral(literal, attribute.type))]
                }
                conditions.append([
                    "param": .string(filter.param), "swiftName": .string(ListPlan.filterProperty(filter)),
                    "swiftType": .string(SwiftTypes.name(attribute.type) + "?"), "source": .string(name), "cases": .list(cases),
                ])
            } else {
                reads.append(["swiftName": .string(name), "expression": .string("validator.queryOptional(request, \(param), \(SwiftTypes.queryField(attribute.type)))")])
                property(name, SwiftTypes.name(attribute.type) + "?")
            }
        }
        if let search = resource.search {
            let name = Names.swiftProperty(search.param)
            reads.append(["swiftName": .string(name), "expression": .string("validator.queryOptional(request, \(SwiftTypes.literal(search.param)), .string())")])
            property(name, "String?")
        }
        if let sort = resource.sort {
            let name = Names.swiftProperty(sort.param)
            let names = sort.values.map { SwiftTypes.literal($0.name) }.joined(separator: ", ")
            reads.append(["swiftName": .string(name), "expression": .string("validator.query(request, \(SwiftTypes.literal(sort.param)), .oneOf([\(names)]), default: \(SwiftTypes.literal(sort.defaultValue)))")])
            property(name, "String")
            let order = Names.swiftProperty(sort.orderParam)
            reads.append(["swiftName": .string(order), "expression": .string("validator.query(request, \(SwiftTypes.literal(sort.orderParam)), .oneOf([\"asc\", \"desc\"]), default: \(sort.defaultDescending ? "\"desc\"" : "\"asc\""))")])
            property("descending", "Bool", value: "\(order) == \"desc\"")
        }
        if let paging = resource.paging {
            reads.append(["swiftName": "limit", "expression": .string("validator.query(request, \(SwiftTypes.literal(paging.limitParam)), .int(min: 1, max: \(paging.maxLimit)), default: \(paging.defaultLimit))")])
            reads.append(["swiftName": "offset", "expression": .string("validator.query(request, \(SwiftTypes.literal(paging.offsetParam)), .int(min: 0), default: 0)")])
            property("limit", "Int")
            property("offset", "Int")
        }
        return (properties, reads, conditions)
    }

    func swiftLiteral(_ text: String, _ type: FieldType) -> String {
        switch type {
        case .bool, .int, .bigint, .double: text
        case .decimal: "DecimalValue(unchecked: \(SwiftTypes.literal(text)))"
        case .enumeration: "." + Names.swiftCase(text)
        default: SwiftTypes.literal(text)
        }
    }
}
