/// The SQL and Swift a resource's access rules compile into, for a member-scoped resource or one
/// whose rules name the user's own roles (`auth.role`) (docs/spec.md §6.5,
/// docs/decisions/0014). Every rule is a condition of the operation's own statement, so an
/// allowed request costs one round trip; only a request that matched no row asks the database
/// why (`standing`, then the references), to answer 404 or 403 by one policy.
struct AccessPlan {
    let entity: Entity
    let resource: Resource
    /// The tenant, for a member-scoped resource; nil when the roles are the user's (`auth.role`).
    let tenant: TenantScope?
    let model: APIModel

    init?(entity: Entity, resource: Resource?, model: APIModel) {
        guard let resource else { return nil }
        // User roles: a rule names them, or a field only some of them may write.
        let userRoles =
            resource.namesRoles || entity.inputAttributes.contains { $0.writableBy != nil }
        guard resource.tenant != nil || !resource.nesting.isEmpty || (userRoles && model.auth?.role != nil && resource.scope == nil)
        else { return nil }
        self.entity = entity
        self.resource = resource
        self.tenant = resource.tenant
        self.model = model
    }

    /// Where the caller's role is read: the membership of the tenant, or the user row itself.
    var roleSource: (entity: Entity, user: Attribute, tenant: Attribute?, role: Attribute?)? {
        if let tenant {
            guard let membership = model.entity(tenant.membership.entity), let user = membership.attribute(tenant.membership.user),
                let tenantField = membership.attribute(tenant.membership.tenant)
            else { return nil }
            return (membership, user, tenantField, tenant.membership.role.flatMap(membership.attribute))
        }
        guard let auth = model.auth, let users = model.entity(auth.user), let key = users.identifier else { return nil }
        return (users, key, nil, auth.role.flatMap(users.attribute))
    }

    /// The tenant model's name ("Clinic"), or nil for user roles.
    var tenantName: String? { tenant?.membership.tenantEntity }

    /// A value the statements bind besides the row's own: a path parameter or the subject.
    struct Value: Hashable {
        /// The Swift name (`clinicId`, `subject`): the argument label.
        var name: String
        var type: FieldType
        /// The path parameter it is read from; nil for the token's subject.
        var param: String?

        /// Its local in routes and store methods: `Names.local` of a path parameter's name; the
        /// subject is the generated code's own `subject`.
        var local: String { param == nil ? name : Names.local(name) }

        /// It as a store method's parameter: labelled `name`, called `local` inside.
        var parameter: StoreMethodView.Parameter { .named(name, local: local, type: SwiftTypes.name(type)) }
    }

    var table: String { Names.sql(entity.table) }
    var tenantEntity: Entity? { tenant.flatMap { model.entity($0.membership.tenantEntity) } }
    var parents: [ParentScope] { tenant?.parents ?? resource.nesting }

    var tenantValue: Value? {
        guard let param = tenant?.param, let key = tenantEntity?.identifier else { return nil }
        return Value(name: Names.swiftProperty(param), type: key.type, param: param)
    }

    var parentValues: [Value] {
        parents.compactMap { parent in
            // An ancestor is typed like its model's key.
            let type = entity.attribute(parent.field)?.type ?? model.entity(parent.entity)?.identifier?.type
            return type.map { Value(name: Names.swiftProperty(parent.param), type: $0, param: parent.param) }
        }
    }

    var subjectValue: Value? {
        guard let auth = model.auth, let key = model.entity(auth.user)?.identifier else { return nil }
        return Value(name: "subject", type: key.type, param: nil)
    }

    func rule(_ operation: Operation) -> AccessRule {
        if let rule = resource.access[operation] { return rule }
        guard let tenant else { return resource.requiresAuth ? .authenticated : .public }
        return operation == .create && tenant.rowIsTenant ? .authenticated : .member
    }

    /// Fields only some roles may set or change (`writable_by`), each with its writers as a rule.
    var writerFields: [(attribute: Attribute, rule: AccessRule)] {
        let roles = tenant?.membership.roles ?? model.auth?.roles ?? []
        return entity.inputAttributes.compactMap { attribute in
            attribute.writableBy.map { writers in (attribute, .roles(roles.filter(writers.contains))) }
        }
    }

    /// Whether the operation's statement checks `writable_by` fields (never on a new tenant: its
    /// creator is not a member yet, and becomes one through `on_create`).
    func checksWriters(_ operation: Operation) -> Bool {
        guard !writerFields.isEmpty else { return false }
        switch operation {
        case .create: return tenant?.rowIsTenant != true
        case .replace, .patch: return true
        default: return false
        }
    }

    /// `(value IS NOT DISTINCT FROM kept OR <the caller has a writer role>)`: a caller without the
    /// role may only leave the field as it is (its default on create, its value on update).
    func writerCondition(_ rule: AccessRule, value: String, kept: String, _ at: [String: String]) -> String {
        let tenantExpression = tenantValue.flatMap { at[$0.name] } ?? rowKeyExpression
        return
            "(\(value) IS NOT DISTINCT FROM \(kept) OR \(membershipCondition(tenant: tenantExpression, user: at["subject"] ?? "NULL", rule: rule)))"
    }

    /// The operation binds the subject: to check the membership, or to fill a field on create.
    func needsSubject(_ operation: Operation) -> Bool {
        if rule(operation).needsMembership || checksWriters(operation) { return true }
        if [.create, .replace, .patch].contains(operation), references.contains(where: \.usesSubject) { return true }
        guard operation == .create else { return false }
        return entity.owner != nil || resource.onCreate.contains { $0.values.contains { $0.value == .subject } }
    }

    /// The values an operation's statement binds after the key, in order.
    func values(_ operation: Operation) -> [Value] {
        [tenantValue].compactMap { $0 } + parentValues + (needsSubject(operation) ? [subjectValue].compactMap { $0 } : [])
    }

    /// The Swift parameters of those values.
    func parameters(_ operation: Operation) -> [StoreMethodView.Parameter] {
        values(operation).map(\.parameter)
    }

    /// `$n` of each value when they are bound from `first` on.
    func placeholders(_ operation: Operation, first: Int) -> [String: String] {
        var result: [String: String] = [:]
        for (offset, value) in values(operation).enumerated() { result[value.name] = "$\(first + offset)" }
        return result
    }

    // MARK: Conditions

    /// The row's conditions: it is in the tenant (and the parents) of the path, the parents
    /// belong to the tenant, and the caller's membership satisfies the operation's rule.
    func conditions(_ operation: Operation, _ at: [String: String]) -> [String] {
        var result: [String] = []
        if let field = tenant?.field.flatMap(entity.attribute), let value = tenantValue, let placeholder = at[value.name] {
            result.append("\(table).\(Names.sql(field.column)) = \(placeholder)")
        }
        for (parent, value) in zip(parents, parentValues) {
            guard let field = entity.attribute(parent.field), let placeholder = at[value.name] else { continue }
            result.append("\(table).\(Names.sql(field.column)) = \(placeholder)")
        }
        return result + guards(operation, at)
    }

    /// The conditions that do not name the row: what `INSERT … SELECT … WHERE` checks.
    func guards(_ operation: Operation, _ at: [String: String]) -> [String] {
        var result: [String] = []
        let tenantExpression = tenantValue.flatMap { at[$0.name] } ?? rowKeyExpression
        for (parent, value) in zip(parents, parentValues) {
            guard let parentEntity = model.entity(parent.entity), let key = parentEntity.identifier, let placeholder = at[value.name]
            else { continue }
            // Under a tenant the parent must be the tenant's; in plain nesting, its ancestor's
            // (or it must only exist).
            let owner =
                parent.ancestor.flatMap { ancestor in parentValues.first { $0.param == ancestor }.flatMap { at[$0.name] } }
                ?? tenantExpression
            let tenantCondition = parentEntity.attribute(parent.tenantField).map { " AND p.\(Names.sql($0.column)) = \(owner)" } ?? ""
            result.append(
                "EXISTS (SELECT 1 FROM \(Names.sql(parentEntity.table)) AS p WHERE p.\(Names.sql(key.column)) = \(placeholder)\(tenantCondition))"
            )
        }
        let rule = rule(operation)
        if rule.needsMembership, let subject = subjectValue.flatMap({ at[$0.name] }) {
            result.append(membershipCondition(tenant: tenantExpression, user: subject, rule: rule))
        }
        return result
    }

    /// The row's own key, for a resource whose rows are the tenants.
    var rowKeyExpression: String {
        "\(table).\(Names.sql(entity.identifier?.column ?? "id"))"
    }

    /// `EXISTS (SELECT 1 FROM "staff" AS m WHERE … AND m."role" IN ('owner'))`, or for user roles
    /// `EXISTS (SELECT 1 FROM "users" AS m WHERE m."id" = $3 AND m."role" IN ('support'))`.
    /// With fields among the principals (`[owner, registered_by]`): a member whose role is listed,
    /// or the member in one of those fields of the row.
    func membershipCondition(tenant tenantExpression: String, user: String, rule: AccessRule, row: Bool = true) -> String {
        guard let source = roleSource else { return "FALSE" }
        var text = "EXISTS (SELECT 1 FROM \(Names.sql(source.entity.table)) AS m WHERE "
        if let tenantField = source.tenant { text += "m.\(Names.sql(tenantField.column)) = \(tenantExpression) AND " }
        text += "m.\(Names.sql(source.user.column)) = \(user)"
        if case .roles = rule {
            let (roles, fields) = principals(rule)
            var alternatives: [String] = []
            if !roles.isEmpty, let role = source.role {
                alternatives.append("m.\(Names.sql(role.column)) IN (" + roles.map(Names.sqlLiteral).joined(separator: ", ") + ")")
            }
            if row {
                alternatives += fields.compactMap(entity.attribute).map { "\(table).\(Names.sql($0.column)) = \(user)" }
            }
            if !alternatives.isEmpty {
                text += " AND " + (alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")")
            }
        }
        return text + ")"
    }

    /// A list rule's roles, and the fields of the row whose user it also allows.
    func principals(_ rule: AccessRule) -> (roles: [String], fields: [String]) {
        guard case .roles(let names) = rule else { return ([], []) }
        let roles = tenant?.membership.roles ?? model.auth?.roles ?? []
        return (names.filter(roles.contains), names.filter { !roles.contains($0) })
    }

    // MARK: References a client writes

    /// The client-written references the writes check (`ReferencePlan`): the subject is known
    /// to every write of these resources.
    var references: [ReferencePlan.Reference] {
        ReferencePlan(entity: entity, resource: resource, model: model, subjectKnown: subjectValue != nil).references
    }

    // MARK: Standing

    /// The values `standing` binds: the tenant (or the row's key), the subject, the parents.
    var standingValues: [Value] {
        let tenant =
            tenantValue ?? entity.identifier.map { Value(name: Names.swiftProperty($0.name), type: $0.type, param: $0.name) }
        if self.tenant == nil, roleSource?.role == nil || !usesRoles { return parentValues }
        return (self.tenant == nil ? [] : [tenant].compactMap { $0 }) + [subjectValue].compactMap { $0 } + parentValues
    }

    /// Whether any rule of the resource names roles (of a membership or of the user).
    var usesRoles: Bool {
        tenant != nil || resource.namesRoles
            || entity.inputAttributes.contains { $0.writableBy != nil }
    }

    /// The caller's role in the tenant (NULL: not a member; '' without roles), then whether each
    /// parent of the path belongs to the tenant.
    var standingSQL: [String] {
        if tenant == nil, !usesRoles {
            // Plain nesting: no role to read, only whether each parent in the path exists.
            let columns =
                ["NULL::text"]
                + parents.enumerated().compactMap { index, parent -> String? in
                    guard let parentEntity = model.entity(parent.entity), let key = parentEntity.identifier else { return nil }
                    let ancestor = parent.ancestor.flatMap { name in parents.firstIndex { $0.param == name } }
                    let link =
                        parentEntity.attribute(parent.tenantField).flatMap { field in
                            ancestor.map { " AND p.\(Names.sql(field.column)) = $\($0 + 1)" }
                        } ?? ""
                    return
                        "EXISTS (SELECT 1 FROM \(Names.sql(parentEntity.table)) AS p WHERE p.\(Names.sql(key.column)) = $\(index + 1)\(link))"
                }
            return ["SELECT " + columns.joined(separator: ",\n    ")].flatMap { $0.split(separator: "\n").map(String.init) }
        }
        guard let source = roleSource else { return ["SELECT NULL::text"] }
        let role = source.role.map { "m.\(Names.sql($0.column))::text" } ?? "''"
        guard let tenantField = source.tenant else {
            // User roles: the caller's role, then whether each parent in the path exists.
            let columns =
                ["(SELECT \(role) FROM \(Names.sql(source.entity.table)) AS m WHERE m.\(Names.sql(source.user.column)) = $1)"]
                + parents.enumerated().compactMap { index, parent -> String? in
                    guard let parentEntity = model.entity(parent.entity), let key = parentEntity.identifier else { return nil }
                    return "EXISTS (SELECT 1 FROM \(Names.sql(parentEntity.table)) AS p WHERE p.\(Names.sql(key.column)) = $\(index + 2))"
                }
            return ["SELECT " + columns.joined(separator: ",\n    ")].flatMap { $0.split(separator: "\n").map(String.init) }
        }
        var columns = [
            "(SELECT \(role) FROM \(Names.sql(source.entity.table)) AS m WHERE m.\(Names.sql(tenantField.column)) = $1 AND m.\(Names.sql(source.user.column)) = $2)"
        ]
        for (index, parent) in parents.enumerated() {
            guard let parentEntity = model.entity(parent.entity), let key = parentEntity.identifier,
                let link = parentEntity.attribute(parent.tenantField)
            else { continue }
            columns.append(
                "EXISTS (SELECT 1 FROM \(Names.sql(parentEntity.table)) AS p WHERE p.\(Names.sql(key.column)) = $\(index + 3) AND p.\(Names.sql(link.column)) = $1)"
            )
        }
        return ["SELECT " + columns.joined(separator: ",\n    ")].flatMap { $0.split(separator: "\n").map(String.init) }
    }

    /// `store.standing(clinicId: clinicId, subject: subject)`.
    var standingCall: String {
        "store.standing(" + standingValues.map { "\(Names.swiftLabel($0.name)): \($0.local)" }.joined(separator: ", ") + ")"
    }

    /// The rule of an operation as `Store.AccessRules` spells it (a `MemberRule`).
    func ruleView(_ operation: Operation) -> MemberRuleView {
        let roles: String =
            switch rule(operation) {
            case .roles(let roles): "[" + roles.map(SwiftTypes.literal).joined(separator: ", ") + "]"
            default: "nil"
            }
        return MemberRuleView(
            name: operation.rawValue, written: rule(operation).written, member: rule(operation).needsMembership ? "true" : "false",
            roles: roles, notFound: SwiftTypes.literal((tenantName ?? entity.name) + " not found"),
            parents: "[" + parents.map { SwiftTypes.literal($0.entity + " not found") }.joined(separator: ", ") + "]",
            forbidden: SwiftTypes.literal(forbiddenMessage(operation)))
    }

    /// "Deleting a Patient needs the role owner in this Clinic".
    var article: String { "AEIOU".contains(entity.name.first ?? "x") ? "an" : "a" }

    func forbiddenMessage(_ operation: Operation) -> String {
        let (roles, fields) = principals(rule(operation))
        guard case .roles = rule(operation) else { return "Not allowed" }
        let verb =
            switch operation {
            case .list: "Listing \(entity.name) rows"
            case .create: "Creating \(article) \(entity.name)"
            case .get: "Reading \(article) \(entity.name)"
            case .replace: "Replacing \(article) \(entity.name)"
            case .patch: "Changing \(article) \(entity.name)"
            case .delete: "Deleting \(article) \(entity.name)"
            }
        let list =
            switch roles.count {
            case 0: ""
            case 1: "the role \(roles[0])"
            default: "one of the roles " + roles.dropLast().joined(separator: ", ") + " or " + roles[roles.count - 1]
            }
        let place = tenantName.map { " in this \($0)" } ?? ""
        let own = fields.joined(separator: " or ")
        if roles.isEmpty { return "\(verb) is only for its \(own)" }
        return "\(verb) needs \(list)\(place)" + (fields.isEmpty ? "" : ", or being its \(own)")
    }
}
