/// Membership, tenant scopes, per-operation access and creation side effects (docs/spec.md §6.5,
/// docs/decisions/0014).
extension ModelBuilder {
    /// The scope sources that make a resource member-scoped.
    static let tenantSources = ["member", "parent"]

    /// `membership: { user, tenant, role }` on each model that declares one.
    mutating func buildMemberships(_ entities: [Entity], auth: AuthModel?) -> [MembershipModel] {
        var result: [MembershipModel] = []
        for decl in spec.models {
            guard let membership = decl.membership, let entity = entities.first(where: { $0.name == decl.name.value }) else { continue }
            let names = entity.attributes.map(\.name)
            guard let auth else {
                error("a membership needs an 'auth' section: its 'user' field holds a user of the auth model", at: membership.location)
                continue
            }
            func field(_ name: Located<String>?, _ key: String) -> Attribute? {
                guard let name else {
                    error("a membership needs '\(key)'", at: membership.location)
                    return nil
                }
                guard let attribute = entity.attribute(name.value) else {
                    error(
                        "membership \(key) '\(name.value)' is not a field of '\(entity.name)'\(Suggestion.didYouMean(name.value, among: names))",
                        at: name.location)
                    return nil
                }
                return attribute
            }
            let user = field(membership.user, "user")
            let tenant = field(membership.tenant, "tenant")
            var role: Attribute?
            if membership.role != nil { role = field(membership.role, "role") }
            // A role that was written but is wrong is reported once, here; rules naming roles are not checked against it.
            let rolesKnown = membership.role == nil || role?.type.isEnumeration == true
            if let user, user.reference?.entity != auth.user, let location = membership.user?.location {
                error("membership user '\(user.name)' must belong_to the auth user model '\(auth.user)'", at: location)
            }
            if let tenant, tenant.reference == nil, let location = membership.tenant?.location {
                error("membership tenant '\(tenant.name)' must belong_to the tenant model (an organisation, a clinic)", at: location)
            }
            for attribute in [user, tenant].compactMap({ $0 }) where attribute.optional {
                error("membership field '\(attribute.name)' cannot be optional", at: membership.location)
            }
            var roles: [String] = []
            if let role, let location = membership.role?.location {
                if case .enumeration(let name) = role.type, let values = spec.enums.first(where: { $0.name.value == name }) {
                    roles = values.values.map(\.value)
                } else {
                    error("membership role '\(role.name)' must be an enum field (its values are the roles)", at: location)
                }
                if role.optional { error("membership role '\(role.name)' cannot be optional", at: location) }
            }
            guard let user, let tenant, let tenantEntity = tenant.reference?.entity else { continue }
            // One row per user and tenant: the standing reads one role, and two rows would OR their roles.
            let pair = Set([user.column, tenant.column])
            let unique =
                Set(entity.primaryKey.compactMap { entity.attribute($0)?.column }) == pair
                || entity.indexes.contains { $0.unique && Set($0.fields.compactMap { entity.attribute($0)?.column }) == pair }
            if !unique {
                error(
                    "a membership needs one row per user and tenant: add indexes: [{ fields: [\(tenant.name), \(user.name)], unique: true }] (or make them the primary key)",
                    at: membership.location)
            }
            if result.contains(where: { $0.tenantEntity == tenantEntity }) {
                error("'\(tenantEntity)' already has a membership model; declare one per tenant model", at: membership.location)
                continue
            }
            result.append(
                MembershipModel(
                    entity: entity.name, user: user.name, tenant: tenant.name, tenantEntity: tenantEntity,
                    role: role?.name ?? membership.role?.value, roles: roles, rolesKnown: rolesKnown))
        }
        return result
    }

    /// `scope: { org_id: member, project_id: parent }`: the tenant in the path (or the row itself,
    /// when the member parameter is the key) and the parent rows that must belong to it.
    mutating func buildTenantScope(
        _ decl: ResourceDecl, entity: Entity, entities: [Entity], memberships: [MembershipModel], pathParams: [String], key: Attribute,
        requiresAuth: Bool
    ) -> TenantScope? {
        let members = decl.scope.filter { $0.source.value == "member" }
        for binding in decl.scope where !(["subject"] + Self.tenantSources).contains(binding.source.value) {
            error(
                "scope source '\(binding.source.value)' is unknown\(choices(binding.source.value, ["subject"] + Self.tenantSources))",
                at: binding.source.location)
        }
        if let subject = decl.scope.first(where: { $0.source.value == "subject" }) {
            error(
                "a member-scoped resource cannot also bind 'subject'; mark a field 'owner: true' to record who created a row",
                at: subject.source.location)
        }
        guard let member = members.first else { return nil }
        if members.count > 1 { error("only one path parameter can be the 'member' scope", at: members[1].param.location) }
        if !requiresAuth, let location = decl.model?.location {
            error("a member-scoped resource needs 'auth: required' (rules for single operations may still say 'public')", at: location)
        }
        let param = member.param.value
        let rowIsTenant = param == key.name && !pathParams.contains(param)
        if !rowIsTenant, !pathParams.contains(param) {
            error(
                "scope parameter '\(param)' is not in the path\(Suggestion.didYouMean(param, among: pathParams + [key.name]))",
                at: member.param.location)
            return nil
        }
        // The parents first: the tenant may be reached through them.
        var parents: [ParentScope] = []
        var parentEntities: [Entity] = []
        for binding in decl.scope where binding.source.value == "parent" {
            guard checkInPath(binding.param, pathParams),
                let (field, parent) = parentField(binding.param, of: entity, among: entities)
            else { continue }
            parents.append(ParentScope(param: binding.param.value, field: field.name, entity: parent.name, tenantField: ""))
            parentEntities.append(parent)
        }
        let tenantEntityName: String?
        var field: String?
        if rowIsTenant {
            tenantEntityName = entity.name
        } else if let own = entity.attribute(param), let target = own.reference?.entity {
            tenantEntityName = target
            field = own.name
        } else {
            tenantEntityName = parentEntities.lazy.compactMap { $0.attribute(param)?.reference?.entity }.first
        }
        guard let tenantEntityName, let membership = memberships.first(where: { $0.tenantEntity == tenantEntityName }) else {
            let known = memberships.map(\.tenantEntity)
            error(
                rowIsTenant
                    ? "'\(entity.name)' is not the tenant of any membership (a model with 'membership: { tenant: … }' whose tenant belongs_to '\(entity.name)')"
                    : "member scope '\(param)' must be a field of '\(entity.name)' (or of a parent) that belongs_to a tenant model with a membership\(known.isEmpty ? "; no model declares 'membership'" : " (\(known.joined(separator: ", ")))")",
                at: member.param.location)
            return nil
        }
        for index in parents.indices {
            let parent = parentEntities[index]
            let candidates = parent.attributes.filter { $0.reference?.entity == tenantEntityName }
            if parent.attribute(param)?.reference?.entity != tenantEntityName, candidates.count > 1 {
                let location = decl.scope.first { $0.param.value == parents[index].param }?.param.location
                error(
                    "parent '\(parent.name)' has several fields that belong_to '\(tenantEntityName)' (\(candidates.map(\.name).joined(separator: ", "))); name the path parameter after the one that says whose \(parent.name) it is",
                    at: location)
                continue
            }
            guard
                let link = parent.attribute(param).flatMap({ $0.reference?.entity == tenantEntityName ? $0 : nil }) ?? candidates.first
            else {
                let location = decl.scope.first { $0.param.value == parents[index].param }?.param.location
                error(
                    "parent '\(parent.name)' has no field that belongs_to '\(tenantEntityName)', so the path cannot prove the \(parent.name) is in the \(tenantEntityName)",
                    at: location)
                continue
            }
            parents[index].tenantField = link.name
        }
        if field == nil, !rowIsTenant, parents.isEmpty, let location = decl.model?.location {
            error("'\(entity.name)' has no field '\(param)' linking its rows to the \(tenantEntityName)", at: location)
        }
        return TenantScope(membership: membership, param: rowIsTenant ? nil : param, field: field, parents: parents)
    }

    /// `scope: { book_id: parent }` without a member scope: plain nesting. Each parent parameter
    /// is a field of the model that belongs_to the parent model (404 when no such parent).
    mutating func buildNesting(_ decl: ResourceDecl, entity: Entity, entities: [Entity], pathParams: [String]) -> [ParentScope] {
        guard !decl.scope.contains(where: { $0.source.value == "member" }) else { return [] }
        var result: [ParentScope] = []
        let bindings = decl.scope.filter { $0.source.value == "parent" }
        for binding in bindings {
            guard checkInPath(binding.param, pathParams) else { continue }
            // An ancestor: not a field of the model, but of another parent's model.
            if entity.attribute(binding.param.value) == nil,
                let ancestor = bindings.lazy.compactMap({ other -> String? in
                    guard let parentName = entity.attribute(other.param.value)?.reference?.entity,
                        let parent = entities.first(where: { $0.name == parentName })
                    else { return nil }
                    return parent.attribute(binding.param.value)?.reference?.entity
                }).first
            {
                result.append(ParentScope(param: binding.param.value, field: "", entity: ancestor, tenantField: ""))
                continue
            }
            guard let (field, parent) = parentField(binding.param, of: entity, among: entities, keyed: true) else { continue }
            result.append(ParentScope(param: binding.param.value, field: field.name, entity: parent.name, tenantField: ""))
        }
        // Each parent whose model links to an ancestor in the path must belong to it.
        // Parents in path order: the outermost missing one is the one a 404 names.
        result.sort { (pathParams.firstIndex(of: $0.param) ?? 0) < (pathParams.firstIndex(of: $1.param) ?? 0) }
        for index in result.indices where !result[index].field.isEmpty {
            guard let parent = entities.first(where: { $0.name == result[index].entity }) else { continue }
            let links = result.filter { ancestor in
                ancestor.param != result[index].param && parent.attribute(ancestor.param)?.reference?.entity == ancestor.entity
            }
            if links.count > 1, let location = bindings.first(where: { $0.param.value == result[index].param })?.param.location {
                error(
                    "parent '\(parent.name)' belongs to several parents of the path (\(links.map(\.param).joined(separator: ", "))); nest one level per parent",
                    at: location)
            }
            if let ancestor = links.first, let link = parent.attribute(ancestor.param) {
                result[index].tenantField = link.name
                result[index].ancestor = ancestor.param
            }
        }
        if result.contains(where: { $0.field.isEmpty }), result.filter({ !$0.field.isEmpty }).count > 1, let first = bindings.first {
            error("an ancestor in the path needs exactly one parent field of the model to reach it through", at: first.param.location)
        }
        return result
    }

    /// `access: { list: member, delete: [admin] }`, with every operation's rule filled in.
    mutating func buildAccess(
        _ decl: ResourceDecl, entity: Entity, operations: [Operation], tenant: TenantScope?, requiresAuth: Bool, subjectScoped: Bool,
        auth: AuthModel?
    ) -> [Operation: AccessRule] {
        // Besides roles, a list may name fields of the row that belong_to the auth user: the
        // user in that field may too (`delete: [owner, registered_by]`).
        let userFields = entity.attributes.filter { $0.reference?.entity == auth?.user && auth != nil }.map(\.name)
        func principals(_ entry: AccessDecl, roles known: [String], of holder: String) -> [String] {
            for name in entry.roles where !known.contains(name.value) && !userFields.contains(name.value) {
                let fields =
                    userFields.isEmpty
                    ? "" : " or a field of '\(entity.name)' that belongs_to the user (\(userFields.joined(separator: ", ")))"
                error(
                    "unknown role '\(name.value)' of '\(holder)'\(choices(name.value, known + userFields))\(choices(name.value, known + userFields).hasPrefix("; did") ? "" : fields)",
                    at: name.location)
            }
            for name in entry.roles where known.contains(name.value) && userFields.contains(name.value) {
                error("'\(name.value)' is both a role and a field of '\(entity.name)'; rename one", at: name.location)
            }
            if entry.operation.value == "create",
                let field = entry.roles.first(where: { userFields.contains($0.value) && !known.contains($0.value) })
            {
                error("'create' makes the row, so no user is in its '\(field.value)' yet; name roles only", at: field.location)
            }
            let fields = entry.roles.map(\.value).filter { userFields.contains($0) && !known.contains($0) }
            return known.filter { role in entry.roles.contains { $0.value == role } } + fields
        }
        var result: [Operation: AccessRule] = [:]
        for operation in operations {
            if tenant != nil {
                result[operation] = operation == .create && tenant?.rowIsTenant == true ? .authenticated : .member
            } else {
                result[operation] = requiresAuth ? .authenticated : .public
            }
        }
        if subjectScoped, let first = decl.access.first {
            error(
                "a subject-scoped resource belongs to its owner alone, so it takes no 'access' rules (scope by 'member' to share rows)",
                at: first.operation.location)
            return result
        }
        var seen: Set<String> = []
        for entry in decl.access {
            guard let operation = Operation(rawValue: entry.operation.value) else {
                error(
                    "access names unknown operation '\(entry.operation.value)'\(choices(entry.operation.value, Operation.allCases.map(\.rawValue)))",
                    at: entry.operation.location)
                continue
            }
            if !seen.insert(operation.rawValue).inserted {
                error("access for '\(operation.rawValue)' is given twice", at: entry.operation.location)
            }
            if !operations.contains(operation) {
                error(
                    "access for '\(operation.rawValue)', which the resource does not offer (operations: \(operations.map(\.rawValue).joined(separator: ", ")))",
                    at: entry.operation.location)
                continue
            }
            let rule: AccessRule
            if let keyword = entry.keyword {
                switch keyword.value {
                case "public": rule = .public
                case "authenticated":
                    if spec.auth == nil { error("'authenticated' needs an 'auth' section", at: keyword.location) }
                    rule = .authenticated
                case "member":
                    if tenant == nil {
                        error("'member' needs a member-scoped resource (scope: { <tenant param>: member })", at: keyword.location)
                    }
                    rule = .member
                default:
                    let roles = spec.enums.flatMap { $0.values.map(\.value) }
                    let hint =
                        roles.contains(keyword.value)
                        ? "; a role is written as a list: [\(keyword.value)]"
                        : choices(keyword.value, ["public", "authenticated", "member"])
                    error("unknown access '\(keyword.value)'\(hint)", at: keyword.location)
                    continue
                }
            } else {
                guard let tenant else {
                    // A member scope that failed to build was reported where it is written.
                    if decl.scope.contains(where: { !["subject", "parent"].contains($0.source.value) }) { continue }
                    if decl.scope.contains(where: { $0.source.value == "parent" }) {
                        error(
                            "roles on a nested resource need a member scope for now (scope: { <tenant param>: member, …: parent }); without one, use public or authenticated",
                            at: entry.operation.location)
                        continue
                    }
                    // Without a tenant, roles are the user's own (auth.role).
                    guard let auth, auth.role != nil else {
                        error(
                            "roles need a member-scoped resource (scope: { <tenant param>: member }) or a user role (auth: { role: <enum field> })",
                            at: entry.operation.location)
                        continue
                    }
                    if entry.roles.isEmpty {
                        error(
                            "an empty list of roles lets nobody run '\(operation.rawValue)'; remove the operation instead",
                            at: entry.operation.location)
                    }
                    let allowed = principals(entry, roles: auth.roles, of: auth.user)
                    if !requiresAuth {
                        error("access '[…]' needs a token; set 'auth: required' on the resource", at: entry.operation.location)
                    }
                    result[operation] = .roles(allowed)
                    continue
                }
                let known = tenant.membership.roles
                // Without a role field a list may still name fields of the row (`[created_by]`).
                if tenant.membership.role == nil, entry.roles.contains(where: { !userFields.contains($0.value) }) || entry.roles.isEmpty {
                    error(
                        "'\(tenant.membership.entity)' has no role field (membership: { role: … }), so access cannot name roles",
                        at: entry.operation.location)
                    continue
                }
                if entry.roles.isEmpty {
                    error(
                        "an empty list of roles lets nobody run '\(operation.rawValue)'; remove the operation instead",
                        at: entry.operation.location)
                }
                rule = .roles(
                    tenant.membership.rolesKnown ? principals(entry, roles: known, of: tenant.membership.entity) : entry.roles.map(\.value))
            }
            if rule.needsMembership, operation == .create, tenant?.rowIsTenant == true {
                error(
                    "'create' makes a new tenant, which has no members yet, so '\(rule.written)' can never be satisfied; use authenticated (and on_create to add the creator)",
                    at: entry.operation.location)
            }
            if rule != .public, !requiresAuth {
                error("access '\(rule.written)' needs a token; set 'auth: required' on the resource", at: entry.operation.location)
            }
            result[operation] = rule
        }
        return result
    }

    /// `on_create: [{ insert: Membership, set: { org_id: created.id, user_id: subject, role: owner } }]`.
    mutating func buildSideEffects(
        _ decl: ResourceDecl, entity: Entity, entities: [Entity], memberships: [MembershipModel], operations: [Operation],
        access: [Operation: AccessRule]
    ) -> [SideEffect] {
        guard let first = decl.onCreate.first else { return [] }
        if !operations.contains(.create) {
            error("on_create needs the 'create' operation", at: first.location)
            return []
        }
        if access[.create] == .public {
            error("on_create runs for a signed-in caller; 'create' is public", at: first.location)
        }
        var result: [SideEffect] = []
        for effect in decl.onCreate {
            guard let name = effect.insert else { continue }
            guard let target = entities.first(where: { $0.name == name.value }), target.persisted else {
                error(
                    "on_create inserts into unknown model '\(name.value)'\(Suggestion.didYouMean(name.value, among: modelNames))",
                    at: name.location)
                continue
            }
            var values: [(field: String, value: SideEffect.Value)] = []
            var unknownField = false
            for (field, value) in effect.set {
                guard let attribute = target.attribute(field.value) else {
                    unknownField = true
                    error(
                        "'\(target.name)' has no field '\(field.value)'\(Suggestion.didYouMean(field.value, among: target.attributes.map(\.name)))",
                        at: field.location)
                    continue
                }
                if value.value == "subject" {
                    if let auth = spec.auth?.user?.value, attribute.reference?.entity != auth {
                        error(
                            "'\(target.name).\(attribute.name)' does not belong_to '\(auth)', so it cannot be the subject",
                            at: value.location)
                    }
                    values.append((attribute.name, .subject))
                } else if value.value.hasPrefix("created.") {
                    let source = String(value.value.dropFirst("created.".count))
                    guard let created = entity.attribute(source) else {
                        error(
                            "the created '\(entity.name)' has no field '\(source)'\(Suggestion.didYouMean(source, among: entity.attributes.map(\.name)))",
                            at: value.location)
                        continue
                    }
                    if created.type != attribute.type {
                        error(
                            "'\(target.name).\(attribute.name)' is \(attribute.type.specName) but '\(entity.name).\(source)' is \(created.type.specName)",
                            at: value.location)
                    }
                    values.append((attribute.name, .created(source)))
                } else {
                    if case .enumeration(let enumName) = attribute.type,
                        let values = spec.enums.first(where: { $0.name.value == enumName })?.values.map(\.value),
                        !values.contains(value.value)
                    {
                        error(
                            "'\(value.value)' is not a value of \(enumName)\(choices(value.value, values)) (write subject or created.<field> for the others)",
                            at: value.location)
                    } else if !attribute.type.isText, !attribute.type.isEnumeration, Int64(value.value) == nil {
                        error(
                            "'\(value.value)' is not subject, created.<field>, or a literal \(attribute.type.specName)", at: value.location)
                    }
                    values.append((attribute.name, .literal(value.value)))
                }
            }
            for attribute in target.attributes
            where !unknownField && !attribute.optional && attribute.defaultValue == nil
                && !values.contains(where: { $0.field == attribute.name })
            {
                error("on_create must set '\(target.name).\(attribute.name)': it has no default", at: name.location)
            }
            // A membership row made on create may only make the caller a member of the new row.
            if let membership = memberships.first(where: { $0.entity == target.name }), !unknownField {
                let key = entity.identifier?.name ?? "id"
                let tenantOK =
                    membership.tenantEntity == entity.name && values.contains { $0.field == membership.tenant && $0.value == .created(key) }
                let userOK = values.contains { $0.field == membership.user && $0.value == .subject }
                if !tenantOK || !userOK {
                    error(
                        "on_create may add a '\(target.name)' row only for the caller in the created \(membership.tenantEntity): set \(membership.tenant): created.\(key) and \(membership.user): subject",
                        at: name.location)
                }
            }
            result.append(SideEffect(entity: target.name, values: values))
        }
        return result
    }

    /// The resource over a membership model with roles: writing its rows changes who may do
    /// what, so each write must name the roles allowed (else any member could make themselves owner).
    mutating func checkMembershipWrites(_ resource: Resource, entity: Entity, memberships: [MembershipModel], at location: SourceLocation) {
        guard let membership = memberships.first(where: { $0.entity == entity.name }), membership.role != nil else { return }
        for operation in resource.operations where [.create, .replace, .patch].contains(operation) {
            if case .roles = resource.access[operation] { continue }
            error(
                "'\(entity.name)' holds the roles, so '\(operation.rawValue)' must name the roles allowed to change them (access: { \(operation.rawValue): [\(membership.roles.first ?? "owner")] }); as '\((resource.access[operation] ?? .member).written)', any member could give themselves any role",
                at: location)
        }
    }

    /// A public write knows no caller, so it cannot check what needs one: a `writable_by` field,
    /// or a reference to rows owned by users.
    mutating func checkPublicWrites(_ resource: Resource, entity: Entity, entities: [Entity], auth: AuthModel?, at location: SourceLocation)
    {
        for operation in resource.operations where [.create, .replace, .patch].contains(operation) && resource.access[operation] == .public
        {
            for attribute in entity.inputAttributes {
                let owned = attribute.reference.flatMap { reference in entities.first { $0.name == reference.entity } }?.owner?.reference?
                    .entity
                if attribute.writableBy != nil || (owned != nil && owned == auth?.user) {
                    error(
                        "'\(operation.rawValue)' is public, so it knows no caller to check '\(entity.name).\(attribute.name)' against (\(attribute.writableBy != nil ? "writable_by" : "a reference to rows owned by users")); require a token for it",
                        at: location)
                }
            }
        }
    }

    /// A membership model whose rows nothing in the API writes: every member rule is then met
    /// only by rows written elsewhere (a seed script), which is rarely what was meant.
    mutating func warnUnreachableMemberships(
        _ memberships: [MembershipModel], entities: [Entity], resources: [Resource], endpoints: [CustomEndpoint]
    ) {
        for membership in memberships {
            guard let entity = entities.first(where: { $0.name == membership.entity }) else { continue }
            let created =
                resources.contains { $0.entity == entity.name && $0.operations.contains(.create) }
                || resources.contains { $0.onCreate.contains { $0.entity == entity.name } }
                || endpoints.contains { endpoint in
                    endpoint.statements.contains { $0.written.text.lowercased().contains("insert into " + entity.table.lowercased()) }
                }
            guard !created, let decl = spec.models.first(where: { $0.name.value == entity.name })?.membership else { continue }
            diagnostics.warning(
                "nothing in this spec adds '\(entity.name)' rows (no resource with 'create', no 'on_create', no declared INSERT), so no caller can become a member of a \(membership.tenantEntity) through the API",
                at: decl.location)
        }
    }
}

extension ModelBuilder {
    /// `writable_by: [doctor]`: the roles must be those of the model's resource (its tenant's, or
    /// the user's own), and the field must be one a client writes, with a value to keep when a
    /// caller without the role creates a row (a default, or null).
    mutating func checkWritableBy(_ entities: [Entity], resources: [Resource], auth: AuthModel?) {
        for decl in spec.models {
            guard let entity = entities.first(where: { $0.name == decl.name.value }) else { continue }
            for field in decl.fields {
                guard let written = field.writableBy, let attribute = entity.attribute(field.name.value) else { continue }
                let location = written.first?.location ?? field.name.location
                guard
                    let resource = resources.first(where: { $0.entity == entity.name && $0.isDefault })
                        ?? resources.first(where: { $0.entity == entity.name })
                else {
                    error("writable_by needs '\(entity.name)' to be served by a resource whose access names roles", at: location)
                    continue
                }
                if resource.scope != nil {
                    error("'\(entity.name)' is scoped to its owner, who alone writes it: writable_by has no role to check", at: location)
                    continue
                }
                if resource.tenant == nil, !resource.nesting.isEmpty {
                    error("writable_by on a nested resource needs a member scope for now", at: location)
                    continue
                }
                let roles = resource.tenant?.membership.roles ?? auth?.roles ?? []
                if roles.isEmpty {
                    error(
                        "writable_by names roles, but the resource of '\(entity.name)' has none (a membership with a role, or auth.role)",
                        at: location)
                    continue
                }
                if written.isEmpty { error("writable_by lists no role; use read_only: true for a field nobody writes", at: location) }
                for role in written where !roles.contains(role.value) {
                    error("unknown role '\(role.value)'\(choices(role.value, roles))", at: role.location)
                }
                if !attribute.clientSettable {
                    error("'\(entity.name).\(attribute.name)' is not written by clients, so writable_by has nothing to allow", at: location)
                } else if attribute.defaultValue == nil, !attribute.optional {
                    error(
                        "'\(entity.name).\(attribute.name)' needs a default (or optional: true): it is the value a caller without the role creates rows with",
                        at: location)
                }
            }
        }
    }

    /// Whether a scope parameter is in the resource's path; reports it (with a suggestion) if not.
    mutating func checkInPath(_ param: Located<String>, _ pathParams: [String]) -> Bool {
        guard !pathParams.contains(param.value) else { return true }
        error(
            "scope parameter '\(param.value)' is not in the path\(Suggestion.didYouMean(param.value, among: pathParams))",
            at: param.location)
        return false
    }

    /// The field of `entity` a `parent` scope names and the model it belongs_to (with a
    /// single-field key when `keyed`); reports the mistake otherwise.
    mutating func parentField(_ param: Located<String>, of entity: Entity, among entities: [Entity], keyed: Bool = false)
        -> (field: Attribute, parent: Entity)?
    {
        if let field = entity.attribute(param.value), let name = field.reference?.entity,
            let parent = entities.first(where: { $0.name == name && (!keyed || $0.identifier != nil) })
        {
            return (field, parent)
        }
        error(
            "parent scope '\(param.value)' must be a field of '\(entity.name)' that belongs_to the parent model\(Suggestion.didYouMean(param.value, among: entity.attributes.filter { $0.reference != nil }.map(\.name)))",
            at: param.location)
        return nil
    }
}
