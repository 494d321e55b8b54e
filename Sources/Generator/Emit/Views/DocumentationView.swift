/// The view model of `swift/APIDocumentation.swift`: the OpenAPI document and the docs page as
/// Swift raw string literals.
struct DocumentationView: TemplateContext, Equatable {
    var specPath: String
    var openAPILiteral: String
    var htmlLiteral: String
}
