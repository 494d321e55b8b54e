/// Stage 3: the validated model. Every reference is resolved and every rule checked, so the
/// emitters never meet an error; names are still the spec's (the emitters ask `Names`).
public struct APIModel: Sendable {
    public var specPath: String
    public var title: String
    public var version: String
    public var module: String
    public var basePath: String
    public var cors: CORSModel?
    public var auth: AuthModel?
    public var enums: [EnumModel]
    public var entities: [Entity]
    public var resources: [Resource]
    public var endpoints: [CustomEndpoint]
    /// Models whose rows make users members of a tenant (docs/spec.md §6.5).
    public var memberships: [MembershipModel] = []
    /// Destructive migration steps the spec acknowledges (`migration: { acknowledge: [...] }`).
    public var acknowledgements: Set<String> = []
    /// Where each model is declared, for migration diagnostics about its table.
    public var tableLocations: [String: SourceLocation] = [:]
    /// Where each field is declared, keyed `table.column`.
    public var columnLocations: [String: SourceLocation] = [:]
    /// Where the spec starts, for diagnostics with no better place.
    public var fileLocation: SourceLocation { SourceLocation(file: specPath, line: 1, column: 1) }

    /// The field of `entity` that points at the auth user (`owner: true` with `belongs_to` the
    /// user model): a row found through it proves the subject exists (decision 0005).
    func subjectOwner(of entity: Entity) -> Attribute? {
        guard let owner = entity.owner, let auth, owner.reference?.entity == auth.user else { return nil }
        return owner
    }

    func entity(_ name: String) -> Entity? {
        entities.first { $0.name == name }
    }
}

public struct CORSModel: Sendable {
    public var originEnv: String
    public var defaultOrigin: String
}

public struct AuthModel: Sendable {
    public var secretEnv: String
    public var lifetimeEnv: String?
    public var defaultLifetime: Int
    public var user: String
    public var loginField: String
    public var passwordField: String
    public var passwordMinLength: Int
    public var passwordMaxLength: Int
    public var signupPath: String
    public var loginPath: String
    public var mePath: String
    /// The user model's role field and its values (`auth.role`), which rules of resources that
    /// are not member-scoped name.
    public var role: String? = nil
    public var roles: [String] = []
}

public struct EnumModel: Sendable, Hashable {
    public var name: String
    public var values: [String]
}

public enum DefaultValue: Sendable, Hashable {
    case literal(String)
    case now
    case randomUUID
    case identity
}

public enum OnDelete: String, Sendable, CaseIterable {
    case cascade, restrict
    case setNull = "set_null"
    case noAction = "no_action"
}

public struct ForeignKeyRef: Sendable, Hashable {
    public var entity: String
    public var field: String
    public var onDelete: OnDelete
}

public struct Attribute: Sendable {
    public var name: String
    public var column: String
    public var type: FieldType
    public var optional: Bool
    public var primaryKey: Bool
    public var unique: Bool
    public var indexed: Bool
    public var defaultValue: DefaultValue?
    public var minLength: Int?
    public var maxLength: Int?
    public var minimum: String?
    public var maximum: String?
    public var pattern: String?
    public var format: String?
    public var lowercase: Bool
    public var autoUpdate: Bool
    /// Never leaves the server (password hashes): not in responses, not in request bodies.
    public var serverOnly: Bool
    /// The authenticated subject owns the row: set from the token, never from the body.
    public var owner: Bool
    /// A client may send this field in a create/replace/patch body.
    public var clientSettable: Bool
    /// The roles that may set or change it (`writable_by`); nil: whoever may write the row.
    public var writableBy: [String]? = nil
    /// False: set on create only (`updatable: false`); a replace or patch changing it is a 422.
    public var updatable = true
    /// False: a create takes the default and may not send it (`creatable: false`, a 422); a
    /// replace or patch may change it.
    public var creatable = true
    public var reference: ForeignKeyRef?
    public var renamedFrom: String?
    public var doc: String?

    /// A create body may omit it: optional, or defaulted.
    var hasInputDefault: Bool { optional || defaultValue != nil }
}

public struct Entity: Sendable {
    public var name: String
    public var table: String
    public var persisted: Bool
    public var attributes: [Attribute]
    public var primaryKey: [String]
    public var indexes: [IndexModel]
    public var doc: String?

    func attribute(_ name: String) -> Attribute? {
        attributes.first { $0.name == name }
    }

    var responseAttributes: [Attribute] { attributes.filter { !$0.serverOnly } }
    var inputAttributes: [Attribute] { attributes.filter(\.clientSettable) }
    /// The client-written fields no create may send (`creatable: false`).
    var notCreatable: [Attribute] { inputAttributes.filter { !$0.creatable } }
    var owner: Attribute? { attributes.first(where: \.owner) }
    /// The single-column primary key that identifies a row in a path, if there is one.
    var identifier: Attribute? {
        primaryKey.count == 1 ? attribute(primaryKey[0]) : nil
    }
}

public struct IndexModel: Sendable, Hashable {
    public var fields: [String]
    public var unique: Bool
    public var name: String?
}

public enum Operation: String, Sendable, CaseIterable {
    case list, create, get, replace, patch, delete
}

/// A path parameter that must equal the token's subject (ownership scoping).
public struct ScopeBinding: Sendable, Hashable {
    public var param: String
    public var attribute: String?
}

public struct Resource: Sendable {
    public var entity: String
    /// The resource's name: the model's, or `name:` (a second resource of the same model).
    public var name: String = ""

    /// Whether it is the model's own resource, whose store is `<Model>Store`.
    var isDefault: Bool { name == entity }
    /// Full path of the collection, base path included: `/api/{user_id}/tasks`.
    public var collectionPath: String
    public var itemPath: String
    public var itemParam: String
    public var requiresAuth: Bool
    public var scope: ScopeBinding?
    public var operations: [Operation]
    public var filters: [FilterModel]
    public var search: SearchModel?
    public var sort: SortModel?
    public var paging: PagingModel?
    /// many_to_many relations served under the item path.
    public var links: [LinkModel] = []
    /// The links a get or list embeds on request (`?include=`), in the spec's order.
    public var includes: [LinkModel] = []
    /// `fields.response`: the attributes every answer shows, in order; nil shows all but
    /// `server_only` ones (the model's own JSON).
    public var responseFields: [String]?
    /// `fields.create`: the client-written fields a create accepts; nil accepts every creatable one.
    public var createFields: [String]?
    /// `fields.update`: the client-written fields a replace or patch may change; nil: every
    /// updatable one.
    public var updateFields: [String]?
    /// The tenant the rows belong to, when the resource is scoped by membership (§6.5).
    public var tenant: TenantScope?
    /// Parents in the path of a resource without a tenant (`/books/{book_id}/reviews`, §6.2):
    /// their `tenantField` is empty.
    public var nesting: [ParentScope] = []
    /// Who may run each operation (every operation of `operations` has an entry).
    public var access: [Operation: AccessRule] = [:]
    /// Rows inserted with each created row, in the same statement.
    public var onCreate: [SideEffect] = []

    /// Whether a rule of it is a list of roles (of a membership, or of the user).
    var namesRoles: Bool { access.values.contains(where: \.isList) }

    /// Whether the operation needs a token.
    func requiresToken(_ operation: Operation) -> Bool {
        access[operation].map { $0 != .public } ?? requiresAuth
    }

    /// Fields the path fills on create (the tenant's and the parents' keys): never read from a body.
    var pathFields: Set<String> {
        Set([tenant?.field].compactMap { $0 } + (tenant?.parents.map(\.field) ?? []) + nesting.map(\.field)).subtracting([""])
    }

    /// The client-written fields a create refuses (a 422 `extra_forbidden` when sent): the
    /// model's `creatable: false` ones, and those `fields.create` leaves out. Each has a default.
    func refusedOnCreate(_ entity: Entity) -> [Attribute] {
        entity.inputAttributes.filter { attribute in
            !attribute.creatable
                || (createFields.map { !$0.contains(attribute.name) } ?? false) && !pathFields.contains(attribute.name)
        }
    }

    /// Whether `fields.create` refuses other fields than the model's `creatable: false` ones, so
    /// that the create body is the resource's own (`<Resource>CreateInput` in OpenAPI).
    func hasOwnCreateBody(_ entity: Entity) -> Bool {
        createFields != nil && refusedOnCreate(entity).map(\.name) != entity.notCreatable.map(\.name)
    }

    /// The client-written fields a replace or patch may not change (another value is a 422): the
    /// model's `updatable: false` ones, and those `fields.update` leaves out (but the key, which
    /// never moves anyway, and the fields the path fills).
    func fixedOnUpdate(_ entity: Entity) -> [Attribute] {
        entity.inputAttributes.filter { attribute in
            !attribute.updatable
                || (updateFields.map { !$0.contains(attribute.name) } ?? false) && !attribute.primaryKey
                    && !pathFields.contains(attribute.name)
        }
    }
}

/// A model whose rows make their user a member of a tenant row, with an optional role.
public struct MembershipModel: Sendable, Hashable {
    public var entity: String
    /// The field that belongs_to the auth user.
    public var user: String
    /// The field that belongs_to the tenant model.
    public var tenant: String
    public var tenantEntity: String
    /// The enum field holding the member's role, and its values.
    public var role: String?
    public var roles: [String]
    /// False when the spec's role field is wrong (already reported): rules naming roles are not checked.
    public var rolesKnown = true
}

/// Who may run an operation.
public enum AccessRule: Sendable, Hashable {
    /// Anyone, without a token.
    case `public`
    /// Any valid token.
    case authenticated
    /// A member of the tenant, whatever their role.
    case member
    /// A member whose role is one of these.
    case roles([String])

    /// A list of roles (and fields of the row).
    var isList: Bool {
        if case .roles = self { return true }
        return false
    }

    /// Whether the rule asks the membership table.
    var needsMembership: Bool {
        switch self {
        case .member, .roles: true
        case .public, .authenticated: false
        }
    }

    /// As the spec writes it.
    var written: String {
        switch self {
        case .public: "public"
        case .authenticated: "authenticated"
        case .member: "member"
        case .roles(let roles): "[" + roles.joined(separator: ", ") + "]"
        }
    }
}

/// How a member-scoped resource's rows reach their tenant.
public struct TenantScope: Sendable {
    public var membership: MembershipModel
    /// The path parameter holding the tenant's key; nil when the rows are the tenants themselves.
    public var param: String?
    /// The resource's field holding the tenant's key (set from the path on create), if it has one.
    public var field: String?
    /// Rows of the tenant the path names (`/orgs/{org_id}/projects/{project_id}/issues`).
    public var parents: [ParentScope]

    public var rowIsTenant: Bool { param == nil }
}

/// A path parameter naming the parent row: the resource's field `field` holds its key, and the
/// parent's `tenantField` must be the tenant in the path.
public struct ParentScope: Sendable, Hashable {
    public var param: String
    /// The resource's field holding the parent's key; empty for an ancestor further up the path
    /// (`/books/{book_id}/reviews/{review_id}/comments`: book_id is the review's, not the comment's).
    public var field: String
    public var entity: String
    public var tenantField: String
    /// Plain nesting: the path parameter of the ancestor this parent must belong to (its
    /// `tenantField` holds the ancestor's key).
    public var ancestor: String? = nil
}

/// A row inserted with each created row (`on_create`).
public struct SideEffect: Sendable {
    public enum Value: Sendable, Hashable {
        case subject
        /// A field of the created row.
        case created(String)
        /// A literal for the field's type (an enum value, a number, text).
        case literal(String)
    }

    public var entity: String
    public var values: [(field: String, value: Value)]
}

/// A many_to_many relation served as `PUT/DELETE {item}/{name}/{targetParam}` and
/// `GET {item}/{name}` (docs/spec.md §6.4).
public struct LinkModel: Sendable {
    public var name: String
    public var target: String
    public var join: String
    /// The join table's columns that point at this resource's row and at the target row.
    public var parentColumn: String
    public var targetColumn: String
    /// The target's key in the path: the join field's name (`tag_id`).
    public var targetParam: String
    /// The target's owner field when the target is owned by the auth user: a caller may only
    /// link rows they own.
    public var targetOwner: String?
}

public struct FilterModel: Sendable {
    public var param: String
    public var attribute: String
    /// Named values; `nil` literal means "no condition".
    public var values: [(name: String, literal: String?)]?
    public var defaultValue: String?
    public var op: FilterOperator = .eq
}

/// How a filter compares its parameter with the field (docs/spec.md §6.3).
public enum FilterOperator: String, Sendable, CaseIterable {
    case eq, gt, gte, lt, lte
    /// The field is one of a comma-separated list.
    case `in`

    /// For OpenAPI and messages: "equals", "is at least", ….
    var phrase: String {
        switch self {
        case .eq: "equals"
        case .gt: "is greater than"
        case .gte: "is at least"
        case .lt: "is less than"
        case .lte: "is at most"
        case .in: "is one of (comma-separated)"
        }
    }
}

public struct SearchModel: Sendable {
    public var param: String
    public var attributes: [String]
}

public struct SortModel: Sendable {
    public var param: String
    public var values: [(name: String, attribute: String)]
    public var defaultValue: String
    public var orderParam: String
    public var defaultDescending: Bool
}

public struct PagingModel: Sendable {
    public var limitParam: String
    public var offsetParam: String
    public var defaultLimit: Int
    public var maxLimit: Int
    /// The cursor (keyset) parameter, when the list also pages by cursor.
    public var cursorParam: String?
}

public struct CustomEndpoint: Sendable {
    public var name: String
    public var summary: String?
    public var method: String
    public var path: String
    public var requiresAuth: Bool
    public var scope: ScopeBinding?
    /// Path parameters in path order with their types.
    public var params: [(name: String, type: FieldType)]
    public var body: String?
    public var response: ResponseShape
    public var status: Int
    /// Declared query parameters, read and validated with the path parameters.
    public var query: [QueryParameter] = []
    /// The declared SQL the route runs (one transaction when several); empty for an endpoint
    /// implemented by a hand-written handler.
    public var statements: [DeclaredStatement] = []
    /// Where `sql:` is written, for diagnostics about the statements as a whole.
    public var sqlLocation: SourceLocation?
    /// The Location header of the answer (with `base_path`), if declared.
    public var location: [LocationSegment] = []

    public var isDeclared: Bool { !statements.isEmpty }
}

/// A piece of a declared Location header.
public enum LocationSegment: Sendable, Hashable {
    case text(String)
    /// The value of a path parameter.
    case pathParameter(String)
    /// A field of the response row.
    case responseField(String)
}

public struct QueryParameter: Sendable, Hashable {
    public var name: String
    public var type: FieldType
    /// Absent is nil (no 422).
    public var optional: Bool
    /// The value when absent, as written.
    public var defaultValue: String?
    /// Inclusive bounds of an integer parameter.
    public var minimum: Int64? = nil
    public var maximum: Int64? = nil
}

/// One statement of a declared-SQL endpoint, its parameters resolved against what the route
/// reads (docs/spec.md §8.1). Its types are checked by Postgres in a later stage
/// (`StatementCheck`): this is only what the spec says.
public struct DeclaredStatement: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case subject
        case path
        case query
        /// A field of the body model's input.
        case body
    }

    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var source: Source
        public var type: FieldType
        public var optional: Bool
    }

    public var written: DeclaredSQL
    /// The text Postgres prepares: `:name` → `$n::type`.
    public var prepared: String
    public var positions: DeclaredSQL.PositionMap
    /// `$1`, `$2`, … in order.
    public var parameters: [Parameter]
    public var location: SourceLocation
    /// Where each line of the written text starts in the spec (empty when unknown).
    public var lineStarts: [SourceLocation]

    /// The spec location of a 0-based offset in the written text.
    public func location(ofWritten offset: Int) -> SourceLocation {
        var line = 0
        var column = 0
        for (index, scalar) in written.text.unicodeScalars.enumerated() {
            if index == offset { break }
            if scalar == "\n" {
                line += 1
                column = 0
            } else {
                column += 1
            }
        }
        guard line < lineStarts.count else { return location }
        let start = lineStarts[line]
        return SourceLocation(file: start.file, line: start.line, column: start.column + column)
    }

    /// The spec location of a 1-based position Postgres reported in the prepared text.
    public func location(ofPrepared position: Int) -> SourceLocation {
        location(ofWritten: positions.writtenOffset(max(0, position - 1)))
    }
}

public enum ResponseShape: Sendable, Hashable {
    case none
    case entity(String)
    case list(String)
}
