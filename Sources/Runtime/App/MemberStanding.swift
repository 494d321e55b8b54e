/// A caller's standing in the tenant a member-scoped route names, read only after the route's
/// statement matched no row, to answer by one policy (docs/spec.md §6.5, decision 0014):
///
/// - not a member of the tenant (or no such tenant): 404, so another tenant's existence is
///   never revealed;
/// - a parent in the path that is not the tenant's: 404 for that parent;
/// - a member whose role the operation does not allow: 403 (they may know the tenant exists);
/// - otherwise nothing: the row itself is missing, or a reference was refused.
public struct MemberStanding: PostgresRowDecodable, Equatable {
    /// The caller's role in the tenant ("" for a membership without roles); nil for a stranger.
    public let role: String?
    /// Whether each parent in the path belongs to the tenant, in path order.
    public let parentsFound: [Bool]

    public init(role: String?, parentsFound: [Bool]) {
        self.role = role
        self.parentsFound = parentsFound
    }

    /// Not a member, no parent found: what a statement that returned no row at all means.
    public static let stranger = MemberStanding(role: nil, parentsFound: [])

    public init(row: PostgresRow) throws {
        role = row.isNull(0) ? nil : row.text(0)
        parentsFound = try (1..<max(1, row.columnCount)).map { try row.decode($0, as: Bool.self) }
    }

    /// Throws the answer for an operation that matched no row, if the standing explains it.
    public func require(_ rule: MemberRule) throws(HTTPError) {
        if rule.member, role == nil { throw HTTPError.notFound(rule.notFound) }
        for (index, name) in rule.parents.enumerated() where index >= parentsFound.count || !parentsFound[index] {
            throw HTTPError.notFound(name)
        }
        if rule.member, let roles = rule.roles, let role, !roles.contains(role) { throw HTTPError.forbidden(rule.forbidden) }
    }

    /// Throws 403 when the request sets a field (`writable_by`) that the caller's role may not:
    /// checked after `require` and the references, so it explains what is left.
    public func requireWriter(_ roles: [String], touched: Bool, forbidden: String) throws(HTTPError) {
        guard touched, !roles.contains(role ?? "") else { return }
        throw HTTPError.forbidden(forbidden)
    }
}

/// What an operation of a member-scoped resource demands beyond a token, as generated code
/// states it per operation (`<Model>Store.AccessRules`): the statement itself enforces the rule; this
/// says how a refusal is answered.
public struct MemberRule: Sendable {
    /// The rule asks for a membership (`member` or roles); false for `public`/`authenticated`.
    public let member: Bool
    /// The roles allowed; nil: any member.
    public let roles: [String]?
    /// The 404 detail for a caller who is not a member ("Clinic not found").
    public let notFound: String
    /// The 404 detail for each parent in the path that is not the tenant's.
    public let parents: [String]
    /// The 403 detail for a member whose role is not allowed.
    public let forbidden: String

    public init(member: Bool, roles: [String]?, notFound: String, parents: [String], forbidden: String) {
        self.member = member
        self.roles = roles
        self.notFound = notFound
        self.parents = parents
        self.forbidden = forbidden
    }
}
