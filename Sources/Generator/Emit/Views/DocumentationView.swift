/// The view model of `swift/APIDocumentation.swift`: the OpenAPI document as a Swift raw string
/// literal (the runtime's `DocumentationPage` renders `/docs` from it in the browser).
struct DocumentationView: TemplateContext, Equatable {
    var specPath: String
    var openAPILiteral: String
}
