/// The spec as written: the YAML tree turned into typed sections, every value still located.
/// Nothing here is checked beyond shape (kinds, known keys); meaning is checked by `ModelBuilder`.
public struct SpecAST: Sendable {
    public var file: String
    public var api: APISection?
    public var auth: AuthSection?
    public var enums: [EnumDecl] = []
    public var models: [ModelDecl] = []
    public var resources: [ResourceDecl] = []
    public var endpoints: [EndpointDecl] = []
    /// `migration: { acknowledge: ["drop column tasks.legacy", …] }`.
    public var acknowledgements: [Located<String>] = []
    /// The spec's text by line, for locating positions inside multi-line values (declared SQL).
    public var sourceLines: [Substring] = []
}

public struct APISection: Sendable {
    public var name: Located<String>?
    public var version: Located<String>?
    public var module: Located<String>?
    public var basePath: Located<String>?
    public var corsOriginEnv: Located<String>?
    public var corsDefaultOrigin: Located<String>?
    public var location: SourceLocation
}

public struct AuthSection: Sendable {
    public var scheme: Located<String>?
    public var secretEnv: Located<String>?
    public var lifetimeEnv: Located<String>?
    public var defaultLifetime: Located<Int>?
    public var user: Located<String>?
    public var loginField: Located<String>?
    public var passwordField: Located<String>?
    /// An enum field of the user model: the user's role across the whole API (§6.5).
    public var role: Located<String>?
    public var passwordMinLength: Located<Int>?
    public var passwordMaxLength: Located<Int>?
    public var paths: [String: Located<String>] = [:]
    public var location: SourceLocation
}

public struct EnumDecl: Sendable {
    public var name: Located<String>
    public var values: [Located<String>]
}

public struct ModelDecl: Sendable {
    public var name: Located<String>
    public var table: Located<String>?
    public var persisted: Bool = true
    public var fields: [FieldDecl] = []
    public var indexes: [IndexDecl] = []
    public var primaryKey: [Located<String>]?
    public var manyToMany: [RelationDecl] = []
    /// `membership: { user, tenant, role }`: each row grants its user access to a tenant row.
    public var membership: MembershipDecl?
    public var doc: String?
}

/// A model whose rows make users members of a tenant (docs/spec.md §6.5).
public struct MembershipDecl: Sendable {
    public var user: Located<String>?
    public var tenant: Located<String>?
    public var role: Located<String>?
    public var location: SourceLocation
}

public struct FieldDecl: Sendable {
    public var name: Located<String>
    public var type: Located<String>?
    public var optional: Located<Bool>?
    public var primaryKey: Located<Bool>?
    public var unique: Located<Bool>?
    public var index: Located<Bool>?
    /// A default as written: a scalar whose meaning depends on the field's type.
    public var defaultValue: Located<ScalarLiteral>?
    public var minLength: Located<Int>?
    public var maxLength: Located<Int>?
    public var minimum: Located<ScalarLiteral>?
    public var maximum: Located<ScalarLiteral>?
    public var pattern: Located<String>?
    public var format: Located<String>?
    public var lowercase: Located<Bool>?
    public var autoUpdate: Located<Bool>?
    public var serverOnly: Located<Bool>?
    public var readOnly: Located<Bool>?
    public var writable: Located<Bool>?
    public var owner: Located<Bool>?
    public var belongsTo: Located<String>?
    public var onDelete: Located<String>?
    public var column: Located<String>?
    public var renamedFrom: Located<String>?
    /// Roles that may set or change the field (§6.5); others may only leave it as it is.
    public var writableBy: [Located<String>]?
    /// `false`: set on create, never changed afterwards (§5.4).
    public var updatable: Located<Bool>?
    public var creatable: Located<Bool>?
    public var doc: String?
}

/// A YAML scalar with what its quoting says about it: `false` plain is a boolean, `"false"` a string.
public struct ScalarLiteral: Sendable, Hashable {
    public var text: String
    public var isPlain: Bool
}

public struct IndexDecl: Sendable {
    public var fields: [Located<String>]
    public var unique: Bool
    public var name: Located<String>?
    public var location: SourceLocation
}

public struct RelationDecl: Sendable {
    public var name: Located<String>
    public var model: Located<String>?
    public var through: Located<String>?
}

public struct ResourceDecl: Sendable {
    public var model: Located<String>?
    /// Names the resource's store, routes and operations; needed for a second resource of a model.
    public var name: Located<String>?
    public var path: Located<String>?
    public var auth: Located<String>?
    public var scope: [(param: Located<String>, source: Located<String>)] = []
    public var operations: [Located<String>]?
    public var filters: [FilterDecl] = []
    public var search: SearchDecl?
    public var sort: SortDecl?
    public var paging: PagingDecl?
    /// `links: [tags]`: many_to_many relations served as link / unlink / list endpoints.
    public var links: [Located<String>] = []
    /// `include: [tags]`: linked relations a get or list embeds on request (`?include=tags`).
    public var include: [Located<String>] = []
    /// `fields: { response: [id, name] }`: what the resource's answers show of each row.
    public var responseFields: [Located<String>]?
    /// `fields: { create: [name] }`: the fields a create through this resource accepts.
    public var createFields: [Located<String>]?
    /// `fields: { update: [name] }`: the fields a replace or patch through this resource may change.
    public var updateFields: [Located<String>]?
    /// Operation → who may run it (`public`, `authenticated`, `member`, or a list of roles).
    public var access: [AccessDecl] = []
    /// Rows inserted with every created row, in the same statement.
    public var onCreate: [SideEffectDecl] = []
    public var location: SourceLocation
}

/// One `access:` entry: a keyword as a scalar, roles as a list (`[admin]` is the role admin).
public struct AccessDecl: Sendable {
    public var operation: Located<String>
    public var keyword: Located<String>?
    public var roles: [Located<String>]
}

/// `on_create: [{ insert: Model, set: { field: value } }]`.
public struct SideEffectDecl: Sendable {
    public var insert: Located<String>?
    public var set: [(field: Located<String>, value: Located<String>)]
    public var location: SourceLocation
}

public struct FilterDecl: Sendable {
    public var param: Located<String>?
    public var field: Located<String>?
    public var values: [(name: Located<String>, literal: Located<ScalarLiteral>)]?
    public var defaultValue: Located<String>?
    /// `eq` (the default), `gt`, `gte`, `lt`, `lte` or `in`.
    public var op: Located<String>?
    public var location: SourceLocation
}

public struct SearchDecl: Sendable {
    public var param: Located<String>?
    public var fields: [Located<String>]
    public var location: SourceLocation
}

public struct SortDecl: Sendable {
    public var param: Located<String>?
    public var values: [(name: Located<String>, field: Located<String>)]
    public var defaultValue: Located<String>?
    public var orderParam: Located<String>?
    public var defaultOrder: Located<String>?
    public var location: SourceLocation
}

public struct PagingDecl: Sendable {
    public var limitParam: Located<String>?
    public var offsetParam: Located<String>?
    public var defaultLimit: Located<Int>?
    public var maxLimit: Located<Int>?
    public var cursor: Located<Bool>?
    public var cursorParam: Located<String>?
    public var location: SourceLocation
}

public struct EndpointDecl: Sendable {
    public var name: Located<String>?
    public var summary: Located<String>?
    public var method: Located<String>?
    public var path: Located<String>?
    public var auth: Located<String>?
    public var scope: [(param: Located<String>, source: Located<String>)] = []
    public var params: [(name: Located<String>, type: Located<String>)] = []
    public var body: Located<String>?
    public var response: Located<String>?
    public var status: Located<Int>?
    /// `query: { name: type | { type, optional, default } }`: declared query parameters.
    public var query: [QueryParamDecl] = []
    /// `location: /path/{name}`: the Location header of the answer.
    public var locationHeader: Located<String>?
    /// `sql:` one statement, or a list run in one transaction (§8.1).
    public var sql: [Located<String>] = []
    public var location: SourceLocation
}

public struct QueryParamDecl: Sendable {
    public var name: Located<String>
    public var type: Located<String>?
    public var optional: Located<Bool>?
    public var defaultValue: Located<ScalarLiteral>?
    public var minimum: Located<ScalarLiteral>?
    public var maximum: Located<ScalarLiteral>?
}
