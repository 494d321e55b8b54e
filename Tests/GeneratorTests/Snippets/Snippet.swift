import XCTest

@testable import Generator

/// A few lines of spec, taken through the stages one at a time, as swift-openapi-generator's
/// SnippetBasedReferenceTests do: each test names the stage it checks and pins its exact output.
enum Snippet {
    /// A model with an integer key and a sortable resource, shared by the view-model and render tests.
    static let notes = """
        models:
          Note:
            fields:
              id: { type: int, primary_key: true, default: identity }
              title: { type: string, max_length: 80 }
        resources:
          - model: Note
            path: /notes
            list:
              sort: { values: { title: title } }
        """

    /// `models:` and `resources:` (and anything else) below a fixed `api:` header, or a whole
    /// spec with its own (`header: false`).
    static func model(_ yaml: String, header: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws -> APIModel {
        let text = (header ? "api: { name: Snippet, version: 1.0.0, module: SnippetAPI }\n" : "") + yaml
        let (root, yamlDiagnostics) = YAMLLoader.load(Array(text.utf8), file: "spec/snippet.yaml")
        let (spec, specDiagnostics) = SpecDecoder.decode(
            try XCTUnwrap(root, yamlDiagnostics.rendered, file: file, line: line), file: "spec/snippet.yaml")
        let (model, modelDiagnostics) = ModelBuilder.build(spec)
        XCTAssertFalse(specDiagnostics.hasErrors, specDiagnostics.rendered, file: file, line: line)
        XCTAssertFalse(modelDiagnostics.hasErrors, modelDiagnostics.rendered, file: file, line: line)
        return try XCTUnwrap(model, file: file, line: line)
    }

    /// The diagnostics of the stages up to the schema plan, rendered as the CLI prints them.
    static func diagnostics(_ yaml: String) -> String {
        let text = "api: { name: Snippet, version: 1.0.0, module: SnippetAPI }\n" + yaml
        let input = GeneratorPipeline.Input(specPath: "spec/snippet.yaml", specBytes: Array(text.utf8), templates: templates)
        return GeneratorPipeline.run(input).diagnostics.rendered
    }

    static func routes(_ model: APIModel, _ name: String) throws -> ResourceRoutesView {
        let entity = try XCTUnwrap(model.entity(name))
        let resource = try XCTUnwrap(model.resources.first { $0.entity == name })
        return RoutesViewModel(entity: entity, resource: resource, model: model).make()
    }

    /// The real templates, with `partial` rendered against `view` as if a template included it.
    static func render(_ partial: String, _ view: some TemplateContext) throws -> String {
        try XCTUnwrap(templates.templates[partial], "no template \(partial)").render(view.templateValue, partials: templates.templates)
    }

    struct NotAnObject: Error {}

    /// Renders `partial` for `view` as it renders inside a template for `outer`: a partial also
    /// reads the names of the scopes around it (the store's `statementsRoot` in a list method).
    static func render(_ partial: String, _ view: some TemplateContext, inside outer: some TemplateContext) throws -> String {
        guard case .object(var members) = view.templateValue, case .object(let around) = outer.templateValue else {
            throw NotAnObject()
        }
        members.merge(around) { inner, _ in inner }
        return try XCTUnwrap(templates.templates[partial], "no template \(partial)").render(.object(members), partials: templates.templates)
    }

    static let templates: TemplateSet = {
        // The fixtures' loader reads Templates/; a snippet test cannot continue without it.
        guard let set = try? FixtureSupport.templates() else { preconditionFailure("Templates/ could not be loaded") }
        return set
    }()
}
