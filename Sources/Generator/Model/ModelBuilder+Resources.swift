extension ModelBuilder {
    mutating func buildScope(
        _ scope: [(param: Located<String>, source: Located<String>)], pathParams: [String], entity: Entity?,
        requiresAuth: Bool, auth: AuthModel?
    ) -> ScopeBinding? {
        guard let binding = scope.first else { return nil }
        if scope.count > 1 { error("only one scope binding is supported", at: scope[1].param.location) }
        if binding.source.value != "subject" {
            error(
                "scope source '\(binding.source.value)' is unknown\(choices(binding.source.value, ["subject"] + Self.tenantSources))",
                at: binding.source.location)
        }
        if !pathParams.contains(binding.param.value) {
            error(
                "scope parameter '\(binding.param.value)' is not in the path\(Suggestion.didYouMean(binding.param.value, among: pathParams))",
                at: binding.param.location)
        }
        if !requiresAuth || auth == nil {
            error(
                "scope needs 'auth: required' and an 'auth' section: it compares the path with the token's subject",
                at: binding.param.location)
        }
        var attribute: String?
        if let entity, let owner = entity.owner {
            attribute = owner.name
        }
        return ScopeBinding(param: binding.param.value, attribute: attribute)
    }

    mutating func requiresAuth(_ value: Located<String>?) -> Bool {
        guard let value else { return false }
        switch value.value {
        case "required":
            if spec.auth == nil { error("auth: required needs an 'auth' section that says how tokens are checked", at: value.location) }
            return true
        case "none": return false
        default:
            error("unknown auth setting '\(value.value)'\(choices(value.value, ["required", "none"]))", at: value.location)
            return false
        }
    }

    mutating func buildResource(
        _ decl: ResourceDecl, entities: [Entity], memberships: [MembershipModel], basePath: String, auth: AuthModel?
    ) -> Resource? {
        guard let modelName = decl.model, let path = decl.path else { return nil }
        guard let entity = entities.first(where: { $0.name == modelName.value }) else {
            error(
                "resource names unknown model '\(modelName.value)'\(Suggestion.didYouMean(modelName.value, among: modelNames))",
                at: modelName.location)
            return nil
        }
        guard entity.persisted, let key = entity.identifier else {
            error("a resource needs a persisted model with a single-field primary key; '\(entity.name)' has none", at: modelName.location)
            return nil
        }
        let pathParams = pathParameters(path)
        let needsAuth = requiresAuth(decl.auth)
        // Any source but `subject` is read as a member scope, so a misspelt `memebr` gets its suggestion there.
        let tenantScoped = decl.scope.contains { $0.source.value != "subject" }
        let scope = tenantScoped ? nil : buildScope(decl.scope, pathParams: pathParams, entity: entity, requiresAuth: needsAuth, auth: auth)
        let tenant =
            tenantScoped
            ? buildTenantScope(
                decl, entity: entity, entities: entities, memberships: memberships, pathParams: pathParams, key: key,
                requiresAuth: needsAuth)
            : nil
        if scope != nil, entity.owner == nil, let first = decl.scope.first {
            error("scope needs a field of '\(entity.name)' marked 'owner: true' to filter rows by the subject", at: first.param.location)
        }
        let nesting = tenantScoped ? buildNesting(decl, entity: entity, entities: entities, pathParams: pathParams) : []
        let bound = tenantScoped ? decl.scope.map(\.param.value) : [scope?.param].compactMap { $0 }
        for param in pathParams where !bound.contains(param) {
            error(
                "path parameter '{\(param)}' is not bound: bind it with 'scope' (subject, member or parent)",
                at: path.location)
        }
        var operations: [Operation] = []
        for op in decl.operations ?? Operation.allCases.map({ Located($0.rawValue, at: decl.location) }) {
            guard let operation = Operation(rawValue: op.value) else {
                error("unknown operation '\(op.value)'\(choices(op.value, Operation.allCases.map(\.rawValue)))", at: op.location)
                continue
            }
            if operations.contains(operation) { error("operation '\(op.value)' is listed twice", at: op.location) }
            operations.append(operation)
        }
        let writes = operations.filter { [.create, .replace, .patch].contains($0) }
        // The tenant and the parents come from the path, never from a body.
        let pathFilled = Set([tenant?.field].compactMap { $0 } + (tenant?.parents ?? nesting).map(\.field))
        if !writes.isEmpty, entity.inputAttributes.allSatisfy({ pathFilled.contains($0.name) }) {
            let filled = entity.inputAttributes.map { "'\($0.name)'" }.joined(separator: ", ")
            let what =
                entity.inputAttributes.isEmpty
                ? "no field a client may set" : "no field a client may set but \(filled), which its path fills"
            error(
                "'\(entity.name)' has \(what), so it cannot offer \(writes.map(\.rawValue).joined(separator: ", "))",
                at: modelName.location)
        }
        if operations.contains(.create) || operations.contains(.replace) {
            for attribute in entity.attributes
            where attribute.serverOnly && attribute.defaultValue == nil && !attribute.optional && !attribute.owner {
                error(
                    "'\(entity.name)' cannot be created through a resource: server_only field '\(attribute.name)' has no default (only custom code can set it)",
                    at: modelName.location)
            }
        }
        if let owner = entity.owner, scope == nil, !tenantScoped, !operations.isEmpty {
            error(
                "'\(entity.name)' has an owner field '\(owner.name)', so its resource needs 'scope' to set and check it from the token",
                at: modelName.location)
        }
        let collectionPath = basePath + path.value
        var resource = Resource(
            entity: entity.name, collectionPath: collectionPath, itemPath: collectionPath + "/{\(key.name)}",
            itemParam: key.name, requiresAuth: needsAuth, scope: scope, operations: operations,
            filters: [], search: nil, sort: nil, paging: nil
        )
        resource.links = decl.links.compactMap { buildLink($0, entity: entity, entities: entities, scope: scope, auth: auth) }
        resource.includes = buildIncludes(decl, links: resource.links, operations: operations)
        resource.responseFields = buildResponseFields(decl, entity: entity)
        resource.tenant = tenant
        resource.nesting = nesting
        resource.createFields = buildWrittenFields(decl.createFields, create: true, decl, resource, entity: entity)
        resource.updateFields = buildWrittenFields(decl.updateFields, create: false, decl, resource, entity: entity)
        if !nesting.isEmpty, let owner = entity.owner {
            error(
                "'\(entity.name).\(owner.name)' is set from the token, which a nested resource without a member scope does not bind yet; nest it under a member scope",
                at: modelName.location)
        }
        if !nesting.isEmpty, let first = decl.scope.first(where: { $0.source.value == "subject" }) {
            error("a nested resource cannot also be scoped to the subject yet; nest it under a member scope", at: first.source.location)
        }
        resource.access = buildAccess(
            decl, entity: entity, operations: operations, tenant: tenant, requiresAuth: needsAuth, subjectScoped: scope != nil, auth: auth)
        resource.onCreate = buildSideEffects(
            decl, entity: entity, entities: entities, memberships: memberships, operations: operations, access: resource.access)
        checkMembershipWrites(resource, entity: entity, memberships: memberships, at: modelName.location)
        checkPublicWrites(resource, entity: entity, entities: entities, auth: auth, at: modelName.location)
        if !tenantScoped, let first = decl.onCreate.first {
            error("on_create needs a member-scoped resource (scope: { <tenant param>: member })", at: first.location)
        }
        if tenantScoped, let first = decl.links.first {
            error(
                "links on a member-scoped resource are not supported yet; declare them as endpoints with 'sql:' (§8.1)", at: first.location)
        }
        // Writes that name another model's owned rows can only be checked against a known caller,
        // and rows of a tenant only under that tenant.
        let subjectKnown = scope != nil || tenant != nil || resource.access.values.contains { $0.needsMembership }
        if operations.contains(where: { [.create, .replace, .patch].contains($0) }) {
            for attribute in entity.inputAttributes {
                guard let target = attribute.reference.flatMap({ reference in entities.first { $0.name == reference.entity } }) else {
                    continue
                }
                let tenantRows =
                    tenant == nil
                    && (memberships.contains { $0.tenantEntity == target.name }
                        || target.attributes.contains { field in memberships.contains { $0.tenantEntity == field.reference?.entity } })
                let ownedRows = !subjectKnown && target.owner != nil && target.owner?.reference?.entity == auth?.user
                guard tenantRows || ownedRows else { continue }
                diagnostics.warning(
                    "'\(entity.name).\(attribute.name)' names '\(target.name)' rows, which belong to \(tenantRows ? "tenants" : "their owners"), but this resource \(tenantRows ? "is not under that tenant" : "does not know its caller"), so any row may be named; \(tenantRows ? "scope it by member" : "scope it (subject or member) or use a role")",
                    at: modelName.location)
            }
        }
        if tenant != nil, let owner = entity.owner, resource.access[.create] == .public {
            error("'\(entity.name).\(owner.name)' is set from the token on create, so 'create' cannot be public", at: modelName.location)
        }
        var queryParams: [String: SourceLocation] = [:]
        func claim(_ param: Located<String>, _ builder: inout ModelBuilder) {
            if !Names.isSnakeIdentifier(param.value) {
                builder.error(
                    "query parameter '\(param.value)' must be snake_case (lower-case letters, digits and '_')", at: param.location)
            }
            if let first = queryParams[param.value] {
                builder.diagnostics.error(
                    "query parameter '\(param.value)' is used twice", at: param.location,
                    notes: [Diagnostic(.note, "first used here", at: first)])
            }
            queryParams[param.value] = param.location
        }
        for filter in decl.filters {
            if let built = buildFilter(filter, entity: entity) {
                if let param = filter.param { claim(param, &self) }
                resource.filters.append(built)
            }
        }
        if let search = decl.search {
            let param = search.param ?? Located("q", at: search.location)
            claim(param, &self)
            if search.fields.isEmpty { error("search needs at least one field", at: search.location) }
            for field in search.fields {
                guard let attribute = entity.attribute(field.value) else {
                    error(
                        "search names unknown field '\(field.value)'\(Suggestion.didYouMean(field.value, among: entity.attributes.map(\.name)))",
                        at: field.location)
                    continue
                }
                if !attribute.type.isText { error("search field '\(field.value)' is not a string or text field", at: field.location) }
                if attribute.serverOnly {
                    error("search field '\(field.value)' is server_only; searching it would reveal it", at: field.location)
                }
            }
            resource.search = SearchModel(param: param.value, attributes: search.fields.map(\.value))
        }
        if let sort = decl.sort {
            resource.sort = buildSort(sort, entity: entity, claim: { claim($0, &$1) })
        }
        if let paging = decl.paging {
            let limit = paging.limitParam ?? Located("limit", at: paging.location)
            let offset = paging.offsetParam ?? Located("offset", at: paging.location)
            claim(limit, &self)
            claim(offset, &self)
            let maxLimit = paging.maxLimit?.value ?? 100
            let defaultLimit = paging.defaultLimit?.value ?? min(50, maxLimit)
            if maxLimit < 1 || defaultLimit < 1 || defaultLimit > maxLimit {
                error("paging needs 1 <= default_limit <= max_limit", at: paging.location)
            }
            var cursorParam: String?
            if paging.cursor?.value == true {
                let param = paging.cursorParam ?? Located("cursor", at: paging.location)
                claim(param, &self)
                cursorParam = param.value
                // A row comparison `(col, key) < ($1, $2)` never matches NULL: such a row would be skipped.
                let sorted = resource.sort?.values.map(\.attribute) ?? []
                for name in Set(sorted).sorted() where entity.attribute(name)?.optional == true {
                    error(
                        "cursor paging needs sort fields that are never null; '\(name)' is optional (a cursor would skip its null rows)",
                        at: paging.cursor?.location ?? paging.location)
                }
                if entity.identifier == nil {
                    error("cursor paging needs a single-field primary key to break ties", at: paging.cursor?.location ?? paging.location)
                }
            } else if let param = paging.cursorParam {
                error("cursor_param needs 'cursor: true'", at: param.location)
            }
            resource.paging = PagingModel(
                limitParam: limit.value, offsetParam: offset.value, defaultLimit: defaultLimit, maxLimit: maxLimit, cursorParam: cursorParam
            )
        }
        if let first = decl.include.first, !resource.includes.isEmpty, operations.contains(.list) {
            claim(Located("include", at: first.location), &self)
        }
        // Routes under access rules (a tenant, parents, user roles) are written by the tenant
        // partials, which do not embed links yet.
        let userRoles = resource.namesRoles || entity.inputAttributes.contains { $0.writableBy != nil }
        if let first = decl.include.first, !resource.includes.isEmpty,
            resource.tenant != nil || !resource.nesting.isEmpty || (userRoles && auth?.role != nil && scope == nil)
        {
            error("'include' is not supported yet on a resource with member, parent or role rules", at: first.location)
            resource.includes = []
        }
        checkHiddenFields(decl, resource, entity: entity)
        return resource
    }

    /// `links: [tags]`: a many_to_many relation of the model, served under the item path.
    mutating func buildLink(_ name: Located<String>, entity: Entity, entities: [Entity], scope: ScopeBinding?, auth: AuthModel?)
        -> LinkModel?
    {
        let relations = spec.models.first { $0.name.value == entity.name }?.manyToMany ?? []
        guard let relation = relations.first(where: { $0.name.value == name.value }) else {
            error(
                "'\(entity.name)' has no many_to_many relation '\(name.value)'\(choices(name.value, relations.map(\.name.value)))",
                at: name.location)
            return nil
        }
        // Checked where a relation is served, the only place its name reaches generated code.
        if name.value.range(of: "^[A-Za-z][A-Za-z0-9_]*$", options: .regularExpression) == nil {
            error(
                "relation name '\(name.value)' must be letters, digits and '_', starting with a letter (snake_case, as 'tags'): it is a path segment and a Swift name",
                at: name.location)
        } else if let reason = Names.reservedRelationReason(name.value, authUser: auth?.user == entity.name) {
            error("relation name '\(name.value)' is reserved (\(reason)); rename it, e.g. '\(name.value)_links'", at: name.location)
        }
        guard let targetName = relation.model?.value, let joinName = relation.through?.value,
            let target = entities.first(where: { $0.name == targetName }), let join = entities.first(where: { $0.name == joinName }),
            let parentField = join.attributes.first(where: { $0.reference?.entity == entity.name }),
            let targetField = join.attributes.first(where: { $0.reference?.entity == targetName && $0.name != parentField.name }),
            target.identifier != nil
        else { return nil }  // checkManyToMany reported what is missing
        let keyColumns = Set([parentField.column, targetField.column])
        let unique =
            Set(join.primaryKey.compactMap { join.attribute($0)?.column }) == keyColumns
            || join.indexes.contains { $0.unique && Set($0.fields.compactMap { join.attribute($0)?.column }) == keyColumns }
        if !unique {
            error(
                "join model '\(joinName)' needs its two references as its primary key (primary_key: [\(parentField.name), \(targetField.name)]) or a unique index, so a link is made once",
                at: name.location)
        }
        for attribute in join.attributes where attribute.name != parentField.name && attribute.name != targetField.name {
            if !attribute.optional && attribute.defaultValue == nil {
                error(
                    "join model '\(joinName)' field '\(attribute.name)' needs a default or optional: a link sets only the two references",
                    at: name.location)
            }
        }
        var targetOwner: String?
        if let owner = target.owner, let auth, owner.reference?.entity == auth.user {
            if scope == nil {
                error("linking '\(targetName)' rows, which are owned, needs a resource scoped to the subject", at: name.location)
            }
            targetOwner = owner.column
        }
        return LinkModel(
            name: name.value, target: targetName, join: joinName, parentColumn: parentField.column, targetColumn: targetField.column,
            targetParam: targetField.name, targetOwner: targetOwner)
    }

    /// A field `fields.response` hides must not be readable another way: sorting, filtering or
    /// searching by it (or a cursor, which carries the sort value) would reveal it.
    mutating func checkHiddenFields(_ decl: ResourceDecl, _ resource: Resource, entity: Entity) {
        guard let shown = resource.responseFields else { return }
        let location = decl.responseFields?.first?.location ?? decl.location
        var named: [(field: String, use: String)] = []
        for filter in resource.filters { named.append((filter.attribute, "the filter '\(filter.param)'")) }
        for field in resource.search?.attributes ?? [] { named.append((field, "the search")) }
        for value in resource.sort?.values ?? [] { named.append((value.attribute, "the sort '\(value.name)'")) }
        for (field, use) in named where !shown.contains(field) {
            error(
                "'\(entity.name).\(field)' is not in this resource's fields.response, but \(use) reads it, which would reveal it; show it or drop \(use)",
                at: location)
        }
    }

    /// `fields: { response: [...] }`: known, shown fields, each once, the key among them.
    mutating func buildResponseFields(_ decl: ResourceDecl, entity: Entity) -> [String]? {
        guard let names = decl.responseFields else { return nil }
        var result: [String] = []
        for name in names {
            guard let attribute = entity.attribute(name.value) else {
                error(
                    "'\(entity.name)' has no field '\(name.value)'\(choices(name.value, entity.responseAttributes.map(\.name)))",
                    at: name.location)
                continue
            }
            if attribute.serverOnly {
                error("'\(entity.name).\(name.value)' is server_only: it is never in a response", at: name.location)
            } else if result.contains(attribute.name) {
                error("'\(name.value)' is listed twice", at: name.location)
            } else {
                result.append(attribute.name)
            }
        }
        if let key = entity.identifier, !names.isEmpty, !names.contains(where: { $0.value == key.name }) {
            error(
                "a response must show the key '\(key.name)', which addresses the row (Location, links, cursors)",
                at: names.first?.location ?? decl.location)
        }
        if names.isEmpty { error("'fields.response' needs at least one field", at: decl.location) }
        return result
    }

    /// `fields: { create: [...] }` or `{ update: [...] }`: fields a client writes, each once, that
    /// the model lets that operation write; what a create leaves out must have a default.
    mutating func buildWrittenFields(
        _ names: [Located<String>]?, create: Bool, _ decl: ResourceDecl, _ resource: Resource, entity: Entity
    ) -> [String]? {
        guard let names else { return nil }
        let key = create ? "fields.create" : "fields.update"
        let location = names.first?.location ?? decl.location
        let writes: [Operation] = create ? [.create] : [.replace, .patch]
        if !resource.operations.contains(where: writes.contains) {
            error("'\(key)' is for a resource with \(create ? "create" : "replace or patch"), which this one does not offer", at: location)
        }
        let path = resource.pathFields
        let written = entity.inputAttributes.filter { !path.contains($0.name) }
        var result: [String] = []
        for name in names {
            guard let attribute = entity.attribute(name.value) else {
                error("'\(entity.name)' has no field '\(name.value)'\(choices(name.value, written.map(\.name)))", at: name.location)
                continue
            }
            if path.contains(attribute.name) {
                error("'\(entity.name).\(name.value)' is filled from the path, never from a body; drop it", at: name.location)
            } else if !attribute.clientSettable {
                error("'\(entity.name).\(name.value)' is never written by a client; drop it", at: name.location)
            } else if create, !attribute.creatable {
                error("'\(entity.name).\(name.value)' is creatable: false, so no create accepts it; drop it", at: name.location)
            } else if !create, !attribute.updatable {
                error("'\(entity.name).\(name.value)' is updatable: false, so no replace or patch changes it; drop it", at: name.location)
            } else if !create, attribute.primaryKey {
                error("'\(entity.name).\(name.value)' is the key, which a replace or patch never changes; drop it", at: name.location)
            } else if result.contains(attribute.name) {
                error("'\(name.value)' is listed twice", at: name.location)
            } else {
                result.append(attribute.name)
            }
        }
        if create {
            for attribute in written where attribute.creatable && !attribute.hasInputDefault && !result.contains(attribute.name) {
                error(
                    "'\(entity.name).\(attribute.name)' has no default and is not optional, so a create must send it: add it to fields.create",
                    at: location)
            }
        }
        return result
    }

    /// `include: [tags]`: relations of `links` a get or list embeds when the client asks.
    mutating func buildIncludes(_ decl: ResourceDecl, links: [LinkModel], operations: [Operation]) -> [LinkModel] {
        var result: [LinkModel] = []
        for name in decl.include {
            guard let link = links.first(where: { $0.name == name.value }) else {
                if decl.links.contains(where: { $0.value == name.value }) { continue }  // buildLink reported it
                let relations = spec.models.first { $0.name.value == decl.model?.value }?.manyToMany.map(\.name.value) ?? []
                if relations.contains(name.value), decl.name != nil {
                    error(
                        "'include' embeds linked relations only, and links are served by the model's own resource (the one without a 'name')",
                        at: name.location)
                } else if relations.contains(name.value) {
                    error("'include' embeds linked relations only: add '\(name.value)' to 'links'", at: name.location)
                } else {
                    error(
                        "'\(name.value)' is not a relation of 'links'\(choices(name.value, decl.links.map(\.value)))", at: name.location)
                }
                continue
            }
            if decl.include.prefix(while: { $0.location != name.location }).contains(where: { $0.value == name.value }) {
                error("'\(name.value)' is included twice", at: name.location)
            } else if spec.models.first(where: { $0.name.value == decl.model?.value })?.fields.contains(where: {
                $0.name.value == name.value
            }) == true {
                error(
                    "'\(name.value)' is also a field of '\(decl.model?.value ?? "")': the embedded relation would write the member twice; rename one",
                    at: name.location)
            } else if !operations.contains(.get) && !operations.contains(.list) {
                error("'include' embeds related rows in a get or a list, and this resource offers neither", at: name.location)
            } else {
                result.append(link)
            }
        }
        return result
    }

    /// Types a range filter compares (Postgres orders enums by their declared order).
    static func orderableTypes(_ type: FieldType) -> Bool {
        switch type {
        case .int, .bigint, .decimal, .double, .date, .timestamp, .string, .text, .enumeration: true
        default: false
        }
    }

    /// Types a query or path string can be parsed into.
    static func parameterTypes(_ type: FieldType) -> Bool {
        switch type {
        case .uuid, .int, .bigint, .string, .text, .bool, .enumeration: true
        default: false
        }
    }

    mutating func buildFilter(_ decl: FilterDecl, entity: Entity) -> FilterModel? {
        guard let param = decl.param, let fieldName = decl.field else {
            error("a filter needs 'param' and 'field'", at: decl.location)
            return nil
        }
        guard let attribute = entity.attribute(fieldName.value) else {
            error(
                "filter names unknown field '\(fieldName.value)' of '\(entity.name)'\(Suggestion.didYouMean(fieldName.value, among: entity.attributes.map(\.name)))",
                at: fieldName.location)
            return nil
        }
        if attribute.serverOnly {
            error("filter field '\(attribute.name)' is server_only; filtering on it would reveal it", at: fieldName.location)
        }
        var op = FilterOperator.eq
        if let written = decl.op {
            if let known = FilterOperator(rawValue: written.value) {
                op = known
            } else {
                error(
                    "unknown filter op '\(written.value)'\(choices(written.value, FilterOperator.allCases.map(\.rawValue)))",
                    at: written.location)
            }
            if decl.values != nil, op != .eq {
                error("a filter with named 'values' compares for equality; drop 'op' or 'values'", at: written.location)
            }
        }
        switch op {
        case .eq:
            if decl.values == nil, !Self.parameterTypes(attribute.type) {
                error(
                    "a filter without 'values' compares the parameter with '\(attribute.name)', which needs a uuid, int, bigint, string, text, bool or enum field; '\(attribute.name)' is \(attribute.type.specName) (ranges take 'op: gte' and the like)",
                    at: fieldName.location)
            }
        case .gt, .gte, .lt, .lte:
            if !Self.orderableTypes(attribute.type) {
                error(
                    "a range filter ('op: \(op.rawValue)') needs an int, bigint, decimal, double, date, timestamp, string, text or enum field; '\(attribute.name)' is \(attribute.type.specName)",
                    at: decl.op?.location ?? fieldName.location)
            }
        case .in:
            switch attribute.type {
            case .uuid, .int, .bigint, .string, .text, .enumeration: break
            default:
                error(
                    "a set filter ('op: in') needs a uuid, int, bigint, string, text or enum field; '\(attribute.name)' is \(attribute.type.specName)",
                    at: decl.op?.location ?? fieldName.location)
            }
        }
        var values: [(name: String, literal: String?)]?
        if let declared = decl.values {
            values = []
            for (name, literal) in declared {
                if literal.value.isPlain, literal.value.text == "any" {
                    values?.append((name.value, nil))
                    continue
                }
                if literal.value.isPlain, ["now", "random_uuid", "identity"].contains(literal.value.text) {
                    error(
                        "filter value '\(name.value)' must be a literal of '\(attribute.name)' or 'any', not '\(literal.value.text)'",
                        at: literal.location)
                    continue
                }
                guard let value = checkedDefault(literal, type: attribute.type, field: "\(entity.name).\(attribute.name)"),
                    case .literal(let text) = value
                else { continue }
                values?.append((name.value, text))
            }
        }
        if let def = decl.defaultValue, let values, !values.contains(where: { $0.name == def.value }) {
            error("filter default '\(def.value)' is not one of its values\(choices(def.value, values.map(\.name)))", at: def.location)
        }
        if decl.defaultValue != nil, values == nil, let def = decl.defaultValue {
            error("a filter default needs named 'values'", at: def.location)
        }
        return FilterModel(param: param.value, attribute: attribute.name, values: values, defaultValue: decl.defaultValue?.value, op: op)
    }

    mutating func buildSort(_ decl: SortDecl, entity: Entity, claim: (Located<String>, inout ModelBuilder) -> Void) -> SortModel? {
        let param = decl.param ?? Located("sort", at: decl.location)
        let orderParam = decl.orderParam ?? Located("order", at: decl.location)
        claim(param, &self)
        claim(orderParam, &self)
        if decl.values.isEmpty { error("sort needs 'values': names mapped to fields", at: decl.location) }
        for (_, field) in decl.values where entity.attribute(field.value)?.serverOnly == true {
            error("sort field '\(field.value)' is server_only; sorting by it would reveal it", at: field.location)
        }
        for (name, field) in decl.values where entity.attribute(field.value) == nil {
            error(
                "sort value '\(name.value)' names unknown field '\(field.value)'\(Suggestion.didYouMean(field.value, among: entity.attributes.map(\.name)))",
                at: field.location)
        }
        let names = decl.values.map(\.name.value)
        let defaultValue = decl.defaultValue?.value ?? names.first ?? ""
        if let def = decl.defaultValue, !names.contains(def.value) {
            error("sort default '\(def.value)' is not one of its values\(choices(def.value, names))", at: def.location)
        }
        var descending = false
        if let order = decl.defaultOrder {
            switch order.value {
            case "asc": descending = false
            case "desc": descending = true
            default: error("default_order must be 'asc' or 'desc'", at: order.location)
            }
        }
        return SortModel(
            param: param.value, values: decl.values.map { ($0.name.value, $0.field.value) }, defaultValue: defaultValue,
            orderParam: orderParam.value, defaultDescending: descending
        )
    }
}
