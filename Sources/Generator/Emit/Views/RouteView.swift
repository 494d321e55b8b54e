/// One generated route of a resource: what `swift/ResourceRoutes.swift` needs to write its
/// handler. The body's statements are in the template; this holds only names and choices.
struct RouteView: TemplateContext, Equatable {
    /// How the route checks its caller before anything else (401 before 403 before 422).
    struct Scope: TemplateContext, Equatable {
        /// The path parameter that must equal the token's subject, as a Swift literal.
        var param: String
        /// The subject's Swift type.
        var type: String
    }

    /// A piece of the `Location` header: literal text, or a value percent-encoded as a segment.
    struct LocationPart: TemplateContext, Equatable {
        var text: String
        var value: String
    }

    var method: String
    var path: String
    var list: Bool
    var create: Bool
    var get: Bool
    var replace: Bool
    var patch: Bool
    var delete: Bool
    /// `_ = try await context.authenticate(request)`: a token, any subject.
    var authenticates: Bool
    /// `let owner = try await context.authorize(…)`: the subject must own the path.
    var authorizes: Scope?
    /// `context.claim` plus `context.proving`: the owner's existence is proved by the rows touched.
    var claims: Scope?
    /// Whether the store methods take `owner:`.
    var hasOwner: Bool
    /// The local name of the row (`task`).
    var variable: String
    var keyLabel: String
    var keyName: String
    /// The key's property in the body when the client supplies the key (a code, not an
    /// identity): a replace or patch naming another key is a 422, never a moved row.
    var keyInBody: String = ""
    /// That field's name, as a Swift literal.
    var keyField: String = ""
    var parameters: ParameterReadView?
    var notFoundMessage: String
    var queryType: String
    var inputType: String
    var location: [LocationPart]
    /// A list that also pages by cursor.
    var cursor: Cursor? = nil
    /// A route of a served many_to_many relation.
    var link: Link? = nil
    /// A route of a member-scoped resource, which the tenant partials write instead.
    var tenant: TenantRouteView? = nil
    /// References a write checks (a subject scope's owned rows): a statement that matched no row
    /// is explained by them first (422), then it is the row that is missing (404).
    var references: [TenantRouteView.Reference] = []
    /// Fields a replace or patch tried to change but may not (`updatable: false`, or not in
    /// `fields.update`): 422.
    var fixed: [TenantRouteView.Fixed] = []
    /// Whether a replace or patch that matched no row is explained (references, fixed fields)
    /// before its 404.
    var explains: Bool = false

    /// `?include=` on a get or a list: each relation asked for is one more statement, for the
    /// whole page.
    var include: Include? = nil
    /// The type answered instead of the model (`fields.response`), or empty.
    var view: String = ""
    /// `, refusing: ["state"]` on a create that refuses fields (`creatable: false`, or not in
    /// `fields.create`), or empty.
    var refusing: String = ""

    struct Include: TemplateContext, Equatable {
        struct Relation: TemplateContext, Equatable {
            /// The enum case (`shelves`) and the JSON member, as a Swift literal.
            var caseName: String
            var member: String
            /// The store method (`shelves(ofEach:)`) and the rest of its arguments (`, owner: owner`).
            var method: String
            var ownerArgument: String
        }

        /// Where the requested relations are: `include` (get) or `query.include` (list).
        var source: String
        /// The keys of the rows answered: `[book.id]`, or the page's key column.
        var keys: String
        var relations: [Relation]
    }

    struct Link: TemplateContext, Equatable {
        /// `linkTags`, `unlinkTags` or `tags`: the store method.
        var method: String
        /// The target key's local name, for link and unlink.
        var targetName: String
        var adds: Bool
        var removes: Bool
        var lists: Bool
        var notFoundMessage: String
        /// The store call's arguments (`id: id, owner: owner, tagID: tagID`), and `find`'s.
        var arguments: String
        var findArguments: String
        /// The route proves the subject by the row (`context.proving`).
        var claims: Bool
    }

    struct Cursor: TemplateContext, Equatable {
        /// The query struct's property holding the cursor.
        var property: String
        /// The cursor's and the offset's parameter names, as Swift literals.
        var param: String
        var offsetParam: String
        /// `owner: owner, ` or empty.
        var ownerArgument: String
        var queryType: String
    }
}
