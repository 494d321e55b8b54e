/// A small Mustache/Handlebars-like template, parsed once and rendered many times.
///
/// Supported: `{{name}}`, `{{a.b}}`, `{{.}}`; `{{#each xs}}…{{else}}…{{/each}}` with `@first`,
/// `@last`, `@index`; `{{#if x}}…{{else}}…{{/if}}`; `{{#unless x}}…{{/unless}}`; `{{> partial}}`;
/// `{{! comment }}`. Nothing is escaped: the output is Swift, SQL and JSON, never HTML.
/// Lookups are strict: a missing name is an error, never an empty string. A line holding only a
/// block tag, comment or partial is removed with its line break; a partial alone on its line is
/// indented like the tag.
public struct Template: Sendable {
    public let name: String
    let nodes: [TemplateNode]

    public init(source: String, name: String) throws(TemplateError) {
        self.name = name
        nodes = try TemplateParser.parse(source: source, name: name)
    }

    /// Renders with `context` as the outermost scope; `partials` are looked up by the name used
    /// in `{{> name}}`.
    public func render(_ context: TemplateValue, partials: [String: Template] = [:]) throws(TemplateError) -> String {
        try render(context, partials: partials, maxLoopPasses: TemplateRenderer.maxLoopPasses)
    }

    func render(_ context: TemplateValue, partials: [String: Template], maxLoopPasses: Int) throws(TemplateError) -> String {
        var renderer = TemplateRenderer(partials: partials, root: context, maxLoopPasses: maxLoopPasses)
        var output = ""
        try renderer.render(nodes, template: name, into: &output)
        return output
    }
}
