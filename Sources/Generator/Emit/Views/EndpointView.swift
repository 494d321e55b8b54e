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

    var name: String
    var inputName: String
    var returnType: String
    var docLines: [String]
    var fields: [Field]
    var method: String
    var path: String
    var authorizes: Authorization?
    var parameters: ParameterReadView?
    var arguments: [Argument]
    var status: String
}
