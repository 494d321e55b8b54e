/// Builds the view model of `swift/ResourceRoutes.swift` for one resource.
struct RoutesViewModel {
    let entity: Entity
    let resource: Resource
    let model: APIModel

    var typeName: String { Names.swiftType(entity.name) }
    /// The route's local for the row: `task` (`_input` for a model `Input`, see `Names.local`).
    var variable: String { Names.local(Names.escapeSwift(Names.swiftBare(Names.swiftProperty(Names.snake(entity.name))))) }
    /// The route's local for the key read from the path: `id`.
    var keyLocal: String { entity.identifier.map { Names.local(Names.swiftProperty($0.name)) } ?? "" }
    var owner: Attribute? { resource.scope?.attribute.flatMap { entity.attribute($0) } ?? nil }
    var list: ListPlan { ListPlan(entity: entity, resource: resource, owner: owner, access: access) }
    var access: AccessPlan? { AccessPlan(entity: entity, resource: resource, model: model) }
    var store: StoreViewModel { StoreViewModel(entity: entity, model: model, resource: resource) }

    static func routesFunction(_ resource: Resource) -> String {
        Names.swiftBare(Names.swiftProperty(Names.snake(resource.name))) + "Routes"
    }

    func make() -> ResourceRoutesView {
        ResourceRoutesView(
            specPath: model.specPath, name: typeName,
            operationList: resource.operations.map(\.rawValue).joined(separator: ", "),
            routesFunction: Self.routesFunction(resource),
            storeName: store.storeTypeName,
            query: resource.operations.contains(.list) ? ListQueryViewModel(plan: list).make() : nil,
            include: resource.includes.isEmpty
                ? nil
                : .init(
                    name: Self.includeType(resource), collectionPath: resource.collectionPath,
                    cases: EnumView(name: "", values: resource.includes.map(\.name)).cases),
            view: responseFields,
            routes: resource.operations.map(route) + resource.links.flatMap(linkRoutes)
        )
    }

    var notFoundMessage: String { SwiftTypes.literal("\(entity.name) not found") }

    /// `["state"]`: the fields a create may not send (`creatable: false`, or left out of
    /// `fields.create`), or empty.
    var refusedOnCreate: String { Self.literal(resource.refusedOnCreate(entity)) }

    /// The `creatable: false` fields of a model as a Swift array literal, or empty.
    static func refused(_ entity: Entity) -> String {
        literal(entity.notCreatable)
    }

    private static func literal(_ attributes: [Attribute]) -> String {
        attributes.isEmpty ? "" : "[" + attributes.map { SwiftTypes.literal($0.name) }.joined(separator: ", ") + "]"
    }

    /// The type a resource with `fields.response` answers: `ClinicDirectoryView`.
    static func viewType(_ resource: Resource) -> String {
        Names.swiftType(resource.name) + "View"
    }

    /// The view type's members: the model's, narrowed to the listed fields in their order, each
    /// read from its column of the model's rows (the store's statements are the model's).
    var responseFields: ResourceRoutesView.ResponseFields? {
        guard let names = resource.responseFields else { return nil }
        let modelView = ModelViewModel.make(entity, model: model)
        let shown = names.compactMap { name in entity.attributes.firstIndex { $0.name == name } }
        return .init(
            name: Self.viewType(resource), model: typeName, modelVariable: variable, collectionPath: resource.collectionPath,
            fieldList: names.joined(separator: ", "),
            properties: shown.map { index in
                let property = modelView.properties[index]
                return .init(
                    swiftName: property.swiftName, bareName: property.bareName, swiftType: property.swiftType,
                    rowDecode: property.rowDecode, column: String(index))
            },
            responseProperties: shown.compactMap { index in modelView.responseProperties.first { $0.column == String(index) } },
            rowJSONMembers: shown.compactMap { index in modelView.rowJSONMembers.first { $0.shown && $0.column == String(index) } })
    }

    /// The enum naming what `?include=` may embed: `BookInclude`.
    static func includeType(_ resource: Resource) -> String {
        Names.swiftType(resource.name) + "Include"
    }

    /// What a get or a list embeds when asked (`?include=`), nil when the resource embeds nothing.
    func include(_ operation: Operation) -> RouteView.Include? {
        guard !resource.includes.isEmpty, [.get, .list].contains(operation), let key = entity.identifier else { return nil }
        let keys =
            operation == .list
            ? "try page.items.column(\(list.queryName).keyColumn, as: \(SwiftTypes.name(key.type)).self)"
            : "[\(variable).\(Names.swiftMember(Names.swiftProperty(key.name)))]"
        return .init(
            source: operation == .list ? "query.include" : "include", keys: keys,
            relations: resource.includes.map { link in
                .init(
                    caseName: Names.swiftCase(link.name), member: SwiftTypes.literal(link.name), method: Names.swiftProperty(link.name),
                    ownerArgument: link.targetOwner != nil && owner != nil ? ", owner: owner" : "")
            })
    }

    /// Whether rows of this resource prove their owner exists: the owner field is a foreign key
    /// to the auth user, so the subject's existence is checked only when no row was touched
    /// (`APIContext.claim` and `proving`), saving a round trip on every successful request.
    var deferredSubjectCheck: Bool {
        resource.requiresAuth && resource.scope != nil && owner != nil && model.subjectOwner(of: entity) != nil
    }

    var scope: RouteView.Scope? {
        guard resource.requiresAuth, let scope = resource.scope, let owner else { return nil }
        return RouteView.Scope(param: SwiftTypes.literal(scope.param), type: SwiftTypes.name(owner.type))
    }

    /// Reads the key (and the body, when the operation has one) with one validator.
    func parameters(_ operation: Operation) -> ParameterReadView? {
        guard let key = entity.identifier, [.get, .replace, .patch, .delete].contains(operation) else { return nil }
        let read = ParameterReadView.read(keyLocal, param: resource.itemParam, type: key.type)
        let body: ParameterReadView.Body? =
            switch operation {
            case .replace: .init(name: "input", type: ModelViewModel.inputName(entity))
            case .patch: .init(name: "patch", type: ModelViewModel.patchName(entity))
            default: nil
            }
        var queries: [ParameterReadView.QueryRead] = []
        if operation == .get, !resource.includes.isEmpty {
            let type = Self.includeType(resource)
            queries.append(
                .init(
                    name: "include", param: SwiftTypes.literal("include"), field: ".list(.enumeration(\(type).self))", defaultValue: "[]",
                    optional: false, required: false))
        }
        return ParameterReadView(reads: [read], queries: queries, body: body, notFoundMessage: notFoundMessage)
    }

    func route(_ operation: Operation) -> RouteView {
        let onCollection = operation == .list || operation == .create
        let key = entity.identifier.map { Names.swiftProperty($0.name) } ?? ""
        return RouteView(
            method: operation.httpMethod, path: onCollection ? resource.collectionPath : resource.itemPath,
            list: operation == .list, create: operation == .create, get: operation == .get,
            replace: operation == .replace, patch: operation == .patch, delete: operation == .delete,
            authenticates: resource.requiresToken(operation) && scope == nil,
            authorizes: deferredSubjectCheck ? nil : scope, claims: deferredSubjectCheck ? scope : nil,
            hasOwner: owner != nil, variable: variable, keyLabel: Names.swiftLabel(key), keyName: keyLocal,
            keyInBody: entity.identifier.map { $0.clientSettable ? Names.swiftMember(Names.swiftProperty($0.name)) : "" } ?? "",
            keyField: entity.identifier.map { SwiftTypes.literal($0.name) } ?? "",
            parameters: parameters(operation), notFoundMessage: notFoundMessage,
            queryType: list.queryName, inputType: ModelViewModel.inputName(entity),
            location: locationParts,
            cursor: operation == .list ? cursorView : nil,
            tenant: access.map { tenantRoute(operation, $0) },
            references: access == nil ? referenceViews(operation) : [],
            fixed: access == nil ? fixedViews(operation, arguments: keyArguments + (owner == nil ? "" : ", owner: owner")) : [],
            explains: access == nil && (!referenceViews(operation).isEmpty || !fixedViews(operation, arguments: "").isEmpty),
            include: include(operation),
            view: resource.responseFields == nil ? "" : Self.viewType(resource),
            refusing: operation == .create ? refusedOnCreate : ""
        )
    }

    /// A member-scoped operation: the path's tenant and parents are read with the key and the
    /// body, the store call carries the rule, and no row is explained by `standing`.
    func tenantRoute(_ operation: Operation, _ access: AccessPlan) -> TenantRouteView {
        let rule = access.rule(operation)
        let needsSubject = access.needsSubject(operation)
        var reads = (access.tenantValue.map { [$0] } ?? []) + access.parentValues
        let parentMessages = Dictionary(uniqueKeysWithValues: zip(access.parentValues.map(\.name), access.parents.map(\.entity)))
        var readViews = reads.map { value -> ParameterReadView.Read in
            var read = ParameterReadView.read(value.local, param: value.param ?? "", type: value.type)
            read.outOfRange = SwiftTypes.literal((parentMessages[value.name] ?? access.tenantName ?? entity.name) + " not found")
            return read
        }
        if let key = entity.identifier, ![.list, .create].contains(operation) {
            readViews.append(ParameterReadView.read(keyLocal, param: resource.itemParam, type: key.type))
            reads.append(.init(name: Names.swiftProperty(key.name), type: key.type, param: resource.itemParam))
        }
        let body: ParameterReadView.Body? =
            switch operation {
            case .create: .init(name: "input", type: ModelViewModel.inputName(entity), refusing: refusedOnCreate)
            case .replace: .init(name: "input", type: ModelViewModel.inputName(entity))
            case .patch: .init(name: "patch", type: ModelViewModel.patchName(entity))
            default: nil
            }
        let parameters: ParameterReadView? =
            readViews.isEmpty && body == nil
            ? nil
            : ParameterReadView(reads: readViews, body: body, notFoundMessage: notFoundMessage)
        let values = access.values(operation).map { "\(Names.swiftLabel($0.name)): \($0.local)" }
        let keyArgument = entity.identifier.map { "\(Names.swiftLabel(Names.swiftProperty($0.name))): \(keyLocal)" }
        let arguments: String =
            switch operation {
            case .list: values.map { $0 + ", " }.joined()
            case .create: values.map { ", " + $0 }.joined()
            default: ([keyArgument].compactMap { $0 } + values).joined(separator: ", ")
            }
        let references = referenceViews(operation)
        let tenantNotFound = SwiftTypes.literal((access.tenantName ?? access.parents.first?.entity ?? entity.name) + " not found")
        let writers: [TenantRouteView.Writer] =
            access.checksWriters(operation)
            ? access.writerFields.map { attribute, rule in
                let roles: [String] = if case .roles(let roles) = rule { roles } else { [] }
                let list = roles.count == 1 ? "the role \(roles[0])" : "one of the roles " + roles.joined(separator: ", ")
                return .init(
                    roles: "[" + roles.map(SwiftTypes.literal).joined(separator: ", ") + "]",
                    touched: operation == .patch ? "patch.\(Names.swiftMember(Names.swiftProperty(attribute.name))).isPresent" : "true",
                    message: SwiftTypes.literal(
                        "Setting '\(attribute.name)' needs \(list)" + (access.tenantName.map { " in this \($0)" } ?? "")))
            } : []
        return TenantRouteView(
            subjectType: access.subjectValue.map { SwiftTypes.name($0.type) } ?? "String",
            claims: rule.needsMembership, authorizes: !rule.needsMembership && rule != .public && needsSubject,
            authenticates: rule == .authenticated && !needsSubject,
            parameters: parameters,
            list: operation == .list, create: operation == .create, get: operation == .get, replace: operation == .replace,
            patch: operation == .patch, delete: operation == .delete,
            arguments: arguments,
            guarded: operation == .create && store.tenantInsertGuarded(access),
            queryType: list.queryName,
            standing: (rule.needsMembership || !writers.isEmpty || (access.tenant == nil && !access.parents.isEmpty))
                && !(operation == .list && access.tenant?.rowIsTenant == true)
                ? access.standingCall : nil,
            requirement: store.storeTypeName + ".AccessRules."
                + operation.rawValue,
            references: references,
            fixed: fixedViews(operation, arguments: arguments),
            writers: writers,
            notFoundMessage: operation == .create ? tenantNotFound : notFoundMessage)
    }

    /// `id: id`: the key argument of a store call.
    var keyArguments: String {
        entity.identifier.map { "\(Names.swiftLabel(Names.swiftProperty($0.name))): \(keyLocal)" } ?? ""
    }

    /// The fields a replace or patch may not change (`updatable: false`, or not in
    /// `fields.update`), which it explains after it matched no row.
    func fixedViews(_ operation: Operation, arguments: String) -> [TenantRouteView.Fixed] {
        guard [.replace, .patch].contains(operation), !store.fixedFields.isEmpty else { return [] }
        let body = operation == .patch ? "patch" : "input"
        return [
            .init(
                call: "store.\(StoreViewModel.changedFieldMethodName(operation))(\(arguments), \(body))",
                keptHere: Self.literal(store.fixedFields.filter(\.updatable)))
        ]
    }

    /// The references a write explains after its statement matched no row (`ReferencePlan`).
    func referenceViews(_ operation: Operation) -> [TenantRouteView.Reference] {
        guard [.create, .replace, .patch].contains(operation) else { return [] }
        return store.references.map { reference in
            let member = Names.swiftMember(Names.swiftProperty(reference.attribute.name))
            var arguments: [String] = []
            if reference.usesTenant, let tenant = access?.tenantValue {
                arguments.append("\(Names.swiftLabel(tenant.name)): \(tenant.local)")
            }
            if reference.usesSubject, let subject = store.referenceSubject { arguments.append("\(subject.name): \(subject.name)") }
            return .init(
                value: operation == .patch ? "patch.\(member).value" : "input.\(member)",
                optional: operation == .patch || reference.attribute.optional,
                method: reference.methodName, tenantArgument: arguments.joined(separator: ", "),
                field: SwiftTypes.literal(reference.attribute.name), model: SwiftTypes.literal(reference.target))
        }
    }

    /// `PUT`/`DELETE {item}/{relation}/{target key}` and `GET {item}/{relation}`: like `get` (same
    /// authorization and key), with the target key read beside the row's.
    func linkRoutes(_ link: LinkModel) -> [RouteView] {
        guard let key = entity.identifier, let target = model.entity(link.target), let targetKey = target.identifier else { return [] }
        let base = route(.get)
        let suffix = Names.swiftType(link.name)
        let targetName = Names.swiftProperty(link.targetParam)
        let targetLocal = Names.local(targetName)
        let collection = resource.itemPath + "/" + link.name
        let keyRead = ParameterReadView.read(keyLocal, param: resource.itemParam, type: key.type)
        let targetRead = ParameterReadView.read(targetLocal, param: link.targetParam, type: targetKey.type)
        let notFound = SwiftTypes.literal("\(entity.name) or \(target.name) not found")
        let keyArgument = "\(Names.swiftLabel(Names.swiftProperty(key.name))): \(keyLocal)"
        let findArguments = keyArgument + (owner == nil ? "" : ", owner: owner")
        let targetArguments = findArguments + ", \(Names.swiftLabel(targetName)): \(targetLocal)"
        func make(_ method: String, _ path: String, _ view: RouteView.Link, reads: [ParameterReadView.Read]) -> RouteView {
            var view = view
            view.findArguments = findArguments
            view.arguments = view.lists ? findArguments : targetArguments
            view.claims = base.claims != nil
            var route = base
            route.method = method
            route.path = path
            route.get = false
            route.link = view
            route.parameters = ParameterReadView(reads: reads, body: nil, notFoundMessage: view.notFoundMessage)
            return route
        }
        return [
            make(
                "GET", collection,
                .init(
                    method: Names.swiftProperty(link.name), targetName: "", adds: false, removes: false, lists: true,
                    notFoundMessage: notFoundMessage,
                    arguments: "", findArguments: "", claims: false),
                reads: [keyRead]),
            make(
                "PUT", collection + "/{\(link.targetParam)}",
                .init(
                    method: "link" + suffix, targetName: targetName, adds: true, removes: false, lists: false, notFoundMessage: notFound,
                    arguments: "", findArguments: "", claims: false),
                reads: [keyRead, targetRead]),
            make(
                "DELETE", collection + "/{\(link.targetParam)}",
                .init(
                    method: "unlink" + suffix, targetName: targetName, adds: false, removes: true, lists: false, notFoundMessage: notFound,
                    arguments: "", findArguments: "", claims: false),
                reads: [keyRead, targetRead]),
        ]
    }

    var cursorView: RouteView.Cursor? {
        guard let paging = resource.paging, let param = paging.cursorParam else { return nil }
        return .init(
            property: Names.swiftMember(Names.swiftProperty(param)), param: SwiftTypes.literal(param),
            offsetParam: SwiftTypes.literal(paging.offsetParam), ownerArgument: owner == nil ? "" : "owner: owner, ",
            queryType: ListPlan(entity: entity, resource: resource, owner: owner).queryName)
    }

    /// `"/api/\(owner)/tasks/\(task.id)"`: the collection path with the scope filled in, plus the key.
    var locationParts: [RouteView.LocationPart] {
        var parts: [RouteView.LocationPart] = []
        var path = resource.collectionPath
        if let scope = resource.scope, let range = path.range(of: "{\(scope.param)}") {
            parts.append(.init(text: String(path[..<range.lowerBound]), value: ""))
            parts.append(.init(text: "", value: "owner"))
            path = String(path[range.upperBound...])
        }
        let values = (access.map { [$0.tenantValue].compactMap { $0 } + $0.parentValues } ?? []).sorted {
            (path.range(of: "{\($0.param ?? "")}")?.lowerBound ?? path.endIndex)
                < (path.range(of: "{\($1.param ?? "")}")?.lowerBound ?? path.endIndex)
        }
        for value in values {
            guard let param = value.param, let range = path.range(of: "{\(param)}") else { continue }
            parts.append(.init(text: String(path[..<range.lowerBound]), value: ""))
            parts.append(.init(text: "", value: value.local))
            path = String(path[range.upperBound...])
        }
        parts.append(.init(text: path, value: ""))
        if let key = entity.identifier {
            parts.append(.init(text: "/", value: ""))
            parts.append(.init(text: "", value: "\(variable).\(Names.swiftMember(Names.swiftProperty(key.name)))"))
        }
        return parts.filter { !$0.text.isEmpty || !$0.value.isEmpty }
    }
}

extension Operation {
    /// The HTTP method of the operation's route.
    var httpMethod: String {
        switch self {
        case .list, .get: "GET"
        case .create: "POST"
        case .replace: "PUT"
        case .patch: "PATCH"
        case .delete: "DELETE"
        }
    }
}
