/// The view model of `swift/API.swift`: the API definition, the handler protocol and the
/// routes of custom endpoints.
struct APIView: TemplateContext, Equatable {
    struct Auth: TemplateContext, Equatable {
        var secretEnv: String
        /// A literal, or `nil`.
        var lifetimeEnv: String
        var defaultLifetime: String
    }

    struct CORS: TemplateContext, Equatable {
        var originEnv: String
        var defaultOrigin: String
    }

    /// How `subjectExists` finds the token's subject: the user store's `exists`.
    struct Subject: TemplateContext, Equatable {
        var keyType: String
        var storeName: String
        var keyLabel: String
    }

    var specPath: String
    var handlersProtocol: String
    var title: String
    var version: String
    var titleLiteral: String
    var versionLiteral: String
    var auth: Auth?
    var cors: CORS?
    /// The route functions before `customRoutes` (`authRoutes`, `taskRoutes`).
    var routeGroups: [String]
    var subject: Subject?
    var endpoints: [EndpointView]
    /// The endpoints implemented by hand: the handlers protocol's requirements.
    var handwritten: [EndpointView]
    /// Some endpoint runs declared SQL: `customRoutes` makes a `DeclaredStatements`.
    var declaresStatements: Bool
}
