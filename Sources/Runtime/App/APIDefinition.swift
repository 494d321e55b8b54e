/// What generated code provides for one API so the runtime can serve it: its routes, its
/// migrations, its documents and the settings its spec declares. `ServerMain` runs any of them.
public protocol APIDefinition: SendableMetatype {
    /// The hand-written part: the protocol of the spec's custom endpoints, as an existential.
    associatedtype Handlers: Sendable

    static var title: String { get }
    static var version: String { get }
    static var auth: AuthSettings? { get }
    static var cors: CORSSettings? { get }
    static var migrations: [Migration] { get }
    static var openAPIDocument: String { get }

    static func routes(_ context: APIContext, handlers: Handlers) -> [Route]

    /// Whether a token's `sub` still names a user; a valid token for a missing user is a 401.
    static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool
}

/// The `auth` section of a spec: where the signing secret and token lifetime come from.
public struct AuthSettings: Sendable {
    public var secretEnv: String
    public var lifetimeEnv: String?
    public var defaultLifetime: Int

    public init(secretEnv: String, lifetimeEnv: String?, defaultLifetime: Int) {
        self.secretEnv = secretEnv
        self.lifetimeEnv = lifetimeEnv
        self.defaultLifetime = defaultLifetime
    }
}

/// The spec's CORS setting: the one allowed origin, read from an environment variable.
public struct CORSSettings: Sendable {
    public var originEnv: String
    public var defaultOrigin: String

    public init(originEnv: String, defaultOrigin: String) {
        self.originEnv = originEnv
        self.defaultOrigin = defaultOrigin
    }
}
