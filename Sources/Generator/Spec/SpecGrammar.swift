/// The shape of the spec language, declared once: every section, its keys and what kind of
/// value each takes. `SpecDecoder` reads through it (the keys it accepts are these), and the
/// JSON Schema that editors use (`SpecJSONSchema`) is rendered from it, so the two cannot drift
/// apart; `scripts/check-spec-schema` proves they reject the same mistakes.
public indirect enum SpecShape: Sendable {
    /// Any scalar, read as text (`version: 1` is the text "1").
    case text
    /// A plain integer.
    case int
    /// `true`/`false` (`yes`/`no` too).
    case bool
    /// Any scalar, interpreted later (defaults, bounds, filter values).
    case scalar
    /// One text or a list of them.
    case texts
    /// A field type (`string`, `decimal(10,2)`, an enum name): text, never a list.
    case typeName
    case object(SpecObject)
    case list(SpecShape)
    /// Names of the spec's choosing → values of one shape (models, fields, enums, scope).
    case map(SpecShape)
    /// A type name as shorthand for an object whose `type` it is (`title: string`).
    case shorthand(SpecObject)
}

/// A mapping with a fixed set of keys.
public struct SpecObject: Sendable {
    public var title: String
    public var keys: [SpecKey]

    public var keyNames: [String] { keys.map(\.name) }
    public var requiredKeys: [String] { keys.filter(\.required).map(\.name) }
}

public struct SpecKey: Sendable {
    public var name: String
    public var shape: SpecShape
    public var required: Bool
    public var doc: String

    init(_ name: String, _ shape: SpecShape, required: Bool = false, _ doc: String) {
        self.name = name
        self.shape = shape
        self.required = required
        self.doc = doc
    }
}

/// The language itself (docs/spec.md explains each key with examples).
public enum SpecGrammar {
    public static let spec = SpecObject(
        title: "spec",
        keys: [
            SpecKey("api", .object(api), required: true, "The API's name, version, Swift module and base path (§2)."),
            SpecKey("auth", .object(auth), "Sign-up, login and bearer tokens (§3)."),
            SpecKey("enums", .map(.texts), "Enum name → its values (§4)."),
            SpecKey("models", .map(.object(model)), "Model name → its table and fields (§5)."),
            SpecKey("resources", .list(.object(resource)), "Generated CRUD endpoints over a model (§6)."),
            SpecKey("endpoints", .list(.object(endpoint)), "Custom endpoints: declared SQL or hand-written handlers (§8)."),
            SpecKey("migration", .object(migration), "What the next migration may do (§7)."),
        ])

    static let api = SpecObject(
        title: "api",
        keys: [
            SpecKey("name", .text, "Title of the API (OpenAPI info.title)."),
            SpecKey("version", .text, "Version of the API (OpenAPI info.version)."),
            SpecKey("module", .text, "The Swift module of the generated code, e.g. TodoAPI."),
            SpecKey("base_path", .text, "Prefix of every resource and endpoint path, e.g. /api."),
            SpecKey("cors", .object(cors), "The one browser origin allowed to call the API."),
        ])

    static let cors = SpecObject(
        title: "api.cors",
        keys: [
            SpecKey("origin_env", .text, "Environment variable holding the allowed origin."),
            SpecKey("default_origin", .text, "The origin when the variable is unset."),
        ])

    static let auth = SpecObject(
        title: "auth",
        keys: [
            SpecKey("scheme", .text, "jwt_hs256."),
            SpecKey("secret_env", .text, "Environment variable holding the token secret (at least 32 characters)."),
            SpecKey("lifetime_env", .text, "Environment variable overriding the token lifetime in seconds."),
            SpecKey("default_lifetime", .int, "Token lifetime in seconds."),
            SpecKey("user", .text, "The model of users."),
            SpecKey("login_field", .text, "The user field people log in with, e.g. email."),
            SpecKey("password_field", .text, "The server-only field holding the Argon2id hash."),
            SpecKey(
                "role", .text, "An enum field of the user model that only the server sets: the user's role, which access rules name (§6.5)."
            ),
            SpecKey("password", .object(password), "Password length limits."),
            SpecKey("paths", .object(authPaths), "Paths of sign-up, login and me."),
        ])

    static let password = SpecObject(
        title: "auth.password",
        keys: [
            SpecKey("min_length", .int, "Fewest characters."),
            SpecKey("max_length", .int, "Most characters."),
        ])

    static let authPaths = SpecObject(
        title: "auth.paths",
        keys: [
            SpecKey("signup", .text, "Sign-up path."),
            SpecKey("login", .text, "Login path."),
            SpecKey("me", .text, "Path of the current user."),
        ])

    static let model = SpecObject(
        title: "model",
        keys: [
            SpecKey("table", .text, "Table name (default: the model's name in snake_case, plural)."),
            SpecKey("persisted", .bool, "false: a data-transfer type with no table."),
            SpecKey("fields", .map(.shorthand(field)), required: true, "Field name → its type and options (§5.2)."),
            SpecKey("indexes", .list(.object(index)), "Extra indexes and composite unique constraints."),
            SpecKey("primary_key", .texts, "The fields of a composite primary key."),
            SpecKey("many_to_many", .map(.object(relation)), "Relation name → the other model and the join model."),
            SpecKey("membership", .object(membership), "Rows of this model make their user a member of a tenant (§6.5)."),
            SpecKey("doc", .text, "Description in the OpenAPI schema."),
        ])

    static let field = SpecObject(
        title: "field",
        keys: [
            SpecKey(
                "type", .typeName, required: true,
                "uuid, int, bigint, string, text, bool, timestamp, date, decimal(P,S), double, json, bytes, or an enum name."),
            SpecKey("optional", .bool, "May be null or absent."),
            SpecKey("primary_key", .bool, "The model's key."),
            SpecKey("unique", .bool, "Unique across rows."),
            SpecKey("index", .bool, "Indexed."),
            SpecKey("default", .scalar, "Default value: a literal, now, random_uuid or identity."),
            SpecKey("min_length", .int, "Fewest characters."),
            SpecKey("max_length", .int, "Most characters."),
            SpecKey("min", .scalar, "Smallest value."),
            SpecKey("max", .scalar, "Largest value."),
            SpecKey("pattern", .text, "Regular expression the value must match."),
            SpecKey("format", .text, "email or url."),
            SpecKey("lowercase", .bool, "Stored lower-cased."),
            SpecKey("auto_update", .bool, "A timestamp set on every update."),
            SpecKey("server_only", .bool, "Never in a request or a response (a password hash)."),
            SpecKey("read_only", .bool, "In responses, never written by a client."),
            SpecKey("writable", .bool, "Whether a client may set it."),
            SpecKey("owner", .bool, "Set from the token's subject; scopes the model's resource."),
            SpecKey("writable_by", .texts, "Roles that may set or change it; other callers may only leave it as it is (§6.5)."),
            SpecKey("updatable", .bool, "false: a client sets it on create, and no replace or patch may change it (§5.4)."),
            SpecKey("creatable", .bool, "false: a create takes its default and may not send it; a replace or patch may change it (§5.4)."),
            SpecKey("belongs_to", .text, "The model this field's value is the key of (a foreign key)."),
            SpecKey("on_delete", .text, "cascade, restrict, set_null or no_action."),
            SpecKey("column", .text, "Database column name."),
            SpecKey("renamed_from", .text, "The previous column name: the next migration renames it."),
            SpecKey("doc", .text, "Description in the OpenAPI schema."),
        ])

    static let index = SpecObject(
        title: "index",
        keys: [
            SpecKey("fields", .texts, required: true, "The indexed fields, in order."),
            SpecKey("unique", .bool, "A unique constraint."),
            SpecKey("name", .text, "The index's name."),
        ])

    static let relation = SpecObject(
        title: "many_to_many relation",
        keys: [
            SpecKey("model", .text, "The other model."),
            SpecKey("through", .text, "The join model."),
        ])

    static let membership = SpecObject(
        title: "membership",
        keys: [
            SpecKey("user", .text, required: true, "The field that belongs_to the auth user."),
            SpecKey("tenant", .text, required: true, "The field that belongs_to the tenant model (an organisation, a clinic)."),
            SpecKey("role", .text, "An enum field: the member's role, which access rules name."),
        ])

    static let sideEffect = SpecObject(
        title: "on_create entry",
        keys: [
            SpecKey("insert", .text, required: true, "The model a row is inserted into."),
            SpecKey("set", .map(.text), required: true, "Field → subject, created.<field>, or a literal (an enum value)."),
        ])

    static let migration = SpecObject(
        title: "migration",
        keys: [
            SpecKey("acknowledge", .texts, "Destructive steps the next migration may take, as the error names them.")
        ])

    static let resource = SpecObject(
        title: "resource",
        keys: [
            SpecKey("model", .text, required: true, "The model served."),
            SpecKey(
                "name", .text,
                "PascalCase name of its store, routes and operations (default: the model's); required for a second resource of a model (§6)."
            ),
            SpecKey("path", .text, required: true, "Collection path, e.g. /{user_id}/tasks."),
            SpecKey("auth", .text, "required or none."),
            SpecKey(
                "scope", .map(.text),
                "Path parameter → subject (the token's user), member (a tenant the caller belongs to) or parent (a row of the tenant) (§6.2, §6.5)."
            ),
            SpecKey("operations", .texts, "Some of list, create, get, replace, patch, delete (default: all)."),
            SpecKey(
                "access", .map(.texts),
                "Operation → public, authenticated, member, or a list of roles (§6.5)."),
            SpecKey("on_create", .list(.object(sideEffect)), "Rows inserted with each created row, in the same statement (§6.5)."),
            SpecKey("list", .object(list), "Filters, search, sort and paging of the list operation."),
            SpecKey("fields", .object(resourceFields), "Which fields the resource's answers show and its writes accept (§6)."),
            SpecKey("links", .texts, "many_to_many relations of the model served as link, unlink and list endpoints."),
            SpecKey(
                "include", .texts,
                "Linked relations (of links) a get or list embeds when asked: ?include=tags, one statement per relation (§6.4)."),
        ])

    static let resourceFields = SpecObject(
        title: "resource.fields",
        keys: [
            SpecKey(
                "response", .texts,
                "The fields every answer of the resource shows, in this order (default: all but server_only); the key must be one."
            ),
            SpecKey(
                "create", .texts,
                "The fields a create through this resource accepts (default: every field a client writes); the others take their default."
            ),
            SpecKey(
                "update", .texts,
                "The fields a replace or patch through this resource may change (default: every updatable field); another value for the others is a 422."
            ),
        ])

    static let list = SpecObject(
        title: "resource.list",
        keys: [
            SpecKey("filters", .list(.object(filter)), "Query parameters that filter the list."),
            SpecKey("search", .object(search), "A text search parameter."),
            SpecKey("sort", .object(sort), "Sort and order parameters."),
            SpecKey("paging", .object(paging), "Limit and offset parameters, and optionally a cursor."),
        ])

    static let filter = SpecObject(
        title: "filter",
        keys: [
            SpecKey("param", .text, "Query parameter name."),
            SpecKey("field", .text, "The field compared."),
            SpecKey("values", .map(.scalar), "Parameter value → field value (any: no filter)."),
            SpecKey("default", .text, "The value when the parameter is absent."),
            SpecKey("op", .text, "eq (default), gt, gte, lt, lte (ranges) or in (a comma-separated list)."),
        ])

    static let search = SpecObject(
        title: "search",
        keys: [
            SpecKey("param", .text, "Query parameter name."),
            SpecKey("fields", .texts, "Text fields searched (case-insensitive substring)."),
        ])

    static let sort = SpecObject(
        title: "sort",
        keys: [
            SpecKey("param", .text, "Query parameter naming the sort key."),
            SpecKey("values", .map(.text), "Parameter value → field."),
            SpecKey("default", .text, "Default sort value."),
            SpecKey("order_param", .text, "Query parameter naming the order (asc or desc)."),
            SpecKey("default_order", .text, "asc or desc."),
        ])

    static let paging = SpecObject(
        title: "paging",
        keys: [
            SpecKey("limit_param", .text, "Query parameter of the page size."),
            SpecKey("offset_param", .text, "Query parameter of the offset."),
            SpecKey("default_limit", .int, "Page size when absent."),
            SpecKey("max_limit", .int, "Largest page size."),
            SpecKey("cursor", .bool, "Also page by an opaque cursor (keyset), stable while rows are inserted."),
            SpecKey("cursor_param", .text, "Query parameter of the cursor (default cursor)."),
        ])

    static let endpoint = SpecObject(
        title: "endpoint",
        keys: [
            SpecKey("name", .text, required: true, "The handler method's name."),
            SpecKey("summary", .text, "One line for the docs."),
            SpecKey("method", .text, required: true, "GET, POST, PUT, PATCH or DELETE."),
            SpecKey("path", .text, required: true, "Path below base_path, e.g. /{user_id}/tasks/{id}/complete."),
            SpecKey("auth", .text, "required or none."),
            SpecKey("scope", .map(.text), "Path parameter → subject."),
            SpecKey("params", .map(.text), "Path parameter → Model.field giving its type."),
            SpecKey("body", .text, "The model whose input the body is."),
            SpecKey("response", .text, "A model, \"[Model]\" or none."),
            SpecKey("status", .int, "Success status."),
            SpecKey("query", .map(.shorthand(queryParam)), "Query parameter → its type (§8)."),
            SpecKey(
                "location", .text,
                "The Location header: a path after base_path whose {names} are path parameters or fields of the response (§8)."),
            SpecKey("sql", .texts, "SQL run by the generated route: one statement, or a list run in one transaction (§8.1)."),
        ])

    static let queryParam = SpecObject(
        title: "query parameter",
        keys: [
            SpecKey("type", .typeName, required: true, "uuid, int, bigint, string, text, bool, date, timestamp, an enum, or Model.field."),
            SpecKey("optional", .bool, "Absent means null instead of a 422."),
            SpecKey("default", .scalar, "The value when absent."),
            SpecKey("min", .scalar, "Inclusive lower bound of an int or bigint."),
            SpecKey("max", .scalar, "Inclusive upper bound of an int or bigint."),
        ])
}
