/// Who may call each generated operation: operation × principal → allowed, derived from the
/// model alone (docs/spec.md §6.6). Written into the OpenAPI document as `x-access` on every
/// operation, so `/docs` shows the table and the change report can name an edit that widens
/// access ("Clinic nurse can now call DELETE …") under its security heading.
struct AccessMatrix {
    /// One operation's row: its rule as the spec states it, and each principal it concerns.
    struct Row: Equatable {
        var rule: String
        var allows: [(principal: String, allowed: Bool)]

        static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.rule == rhs.rule && lhs.allows.map(\.principal) == rhs.allows.map(\.principal)
                && lhs.allows.map(\.allowed) == rhs.allows.map(\.allowed)
        }

        var node: JSONNode {
            .object([
                ("rule", .string(rule)),
                ("allows", .object(allows.map { ($0.principal, .bool($0.allowed)) })),
            ])
        }
    }

    static let anonymous = "anonymous"
    static let anyUser = "any user"
    static let pathUser = "the path's user"

    /// The principals of a tenant: one per role, or its members.
    static func members(_ membership: MembershipModel) -> [String] {
        membership.roles.isEmpty ? ["\(membership.tenantEntity) member"] : membership.roles.map { "\(membership.tenantEntity) \($0)" }
    }

    /// The row of a resource's operation; nil when the spec has no `auth` (everything is public).
    static func row(_ resource: Resource, _ operation: Operation, model: APIModel) -> Row? {
        guard model.auth != nil else { return nil }
        if let tenant = resource.tenant {
            let rule = resource.access[operation] ?? .member
            let roles = tenant.membership.roles.isEmpty ? [""] : tenant.membership.roles
            // The tenants' own list is for any user: it holds the tenants they belong to.
            let ownTenants = tenant.rowIsTenant && operation == .list && rule == .member
            var allows: [(String, Bool)] = [
                (anonymous, rule == .public), (anyUser, rule == .public || rule == .authenticated || ownTenants),
            ]
            for (principal, role) in zip(members(tenant.membership), roles) {
                let allowed: Bool =
                    switch rule {
                    case .public, .authenticated, .member: true
                    case .roles(let allowed): allowed.contains(role)
                    }
                allows.append((principal, allowed))
            }
            return Row(rule: rule.written, allows: allows + rowUsers(resource, operation, rule: rule, model: model))
        }
        if let scope = resource.scope {
            return Row(
                rule: "scope: { \(scope.param): subject }", allows: [(anonymous, false), (anyUser, false), (pathUser, true)])
        }
        let token = resource.requiresToken(operation)
        if let auth = model.auth, auth.role != nil, resource.namesRoles {
            // Every user has a role: one column per role instead of "any user".
            let rule = resource.access[operation] ?? (token ? .authenticated : .public)
            var allows: [(String, Bool)] = [(anonymous, rule == .public)]
            for role in auth.roles {
                let allowed: Bool = if case .roles(let roles) = rule { roles.contains(role) } else { true }
                allows.append(("user \(role)", allowed))
            }
            return Row(rule: rule.written, allows: allows + rowUsers(resource, operation, rule: rule, model: model))
        }
        return Row(rule: token ? "authenticated" : "public", allows: [(anonymous, !token), (anyUser, true)])
    }

    /// "the row's registered_by": a column for each field of the model that a list rule of the
    /// resource names (the user in that field of the row may).
    static func rowUsers(_ resource: Resource, _ operation: Operation, rule: AccessRule, model: APIModel) -> [(String, Bool)] {
        let named = Set(resource.access.values.flatMap { rule -> [String] in if case .roles(let names) = rule { names } else { [] } })
        guard let entity = model.entity(resource.entity), let user = model.auth?.user else { return [] }
        // A role is never also a field name (the builder refuses the clash).
        let fields = entity.attributes.filter { named.contains($0.name) && $0.reference?.entity == user }.map(\.name)
        return fields.map { field in
            let allowed: Bool =
                switch rule {
                case .public, .authenticated, .member: true
                case .roles(let names): names.contains(field)
                }
            return ("the row's \(field)", allowed)
        }
    }

    /// The row of a custom endpoint.
    static func row(_ endpoint: CustomEndpoint, model: APIModel) -> Row? {
        guard model.auth != nil else { return nil }
        if let scope = endpoint.scope {
            return Row(
                rule: "scope: { \(scope.param): subject }", allows: [(anonymous, false), (anyUser, false), (pathUser, true)])
        }
        return Row(
            rule: endpoint.requiresAuth ? "authenticated" : "public", allows: [(anonymous, !endpoint.requiresAuth), (anyUser, true)])
    }
}
