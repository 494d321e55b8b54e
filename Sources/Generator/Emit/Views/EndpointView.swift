/// A custom endpoint: its handler requirement, its input struct and its route.
struct EndpointView: TemplateContext, Equatable {
    struct Field: TemplateContext, Equatable {
        var swiftName: String
        var swiftType: String
        var docLines: [String]
    }

    struct Argument: TemplateContext, Equatable {
        var label: String
        var value: String
    }

    /// `let subject = try await context.authorize(…)`.
    struct Authorization: TemplateContext, Equatable {
        /// A literal, or `nil` for any subject.
        var scope: String
        var type: String
    }

    /// How the route of a declared-SQL endpoint calls its `DeclaredStatements` function.
    struct Declared: TemplateContext, Equatable {
        var returnsRow: Bool
        var returnsRows: Bool
        var returnsNothing: Bool
        /// The argument of `HTTPError.notFound(…)` when the row is missing.
        var notFoundMessage: String
    }

    /// A declared statement whose answer proves the subject exists (a row it owns through a
    /// foreign key, docs/decisions/0005): the route claims the token and proves it by the row.
    struct Claim: TemplateContext, Equatable {
        var scope: String
        var type: String
        /// A Bool expression over `result` and `subject`.
        var proof: String
    }

    var name: String
    var inputName: String
    /// Implemented by hand: a requirement of the handlers protocol.
    var handwritten: Bool
    var declared: Declared?
    var claim: Claim?
    var returnType: String
    var docLines: [String]
    var fields: [Field]
    var method: String
    var path: String
    var authorizes: Authorization?
    var parameters: ParameterReadView?
    var arguments: [Argument]
    var status: String
    /// The declared Location header, if any.
    var location: [RouteView.LocationPart] = []
}
