/// The view model of `html/Docs.html`: every text already HTML-escaped.
struct DocsView: TemplateContext, Equatable {
    struct Operation: TemplateContext, Equatable {
        struct Parameter: TemplateContext, Equatable {
            var name: String
            var location: String
            var schema: String
        }

        struct Response: TemplateContext, Equatable {
            var status: String
            var description: String
        }

        var anchor: String
        var method: String
        var path: String
        var summary: String
        var secured: Bool
        var parameters: [Parameter]
        /// The body's schema as compact JSON, or empty.
        var body: String
        var responses: [Response]
    }

    struct Schema: TemplateContext, Equatable {
        var name: String
        var json: String
    }

    var title: String
    var version: String
    var specPath: String
    var operations: [Operation]
    var schemas: [Schema]
}
