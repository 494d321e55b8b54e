/// One output file: a path relative to the package root and its full contents.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// The templates, by name (`swift/Model.swift`), parsed once; the CLI loads them from `Templates/`.
public struct TemplateSet: Sendable {
    public var templates: [String: Template]

    /// Parses every source (name → text); names drop the `.tmpl` suffix.
    public init(sources: [String: String]) throws(TemplateError) {
        var parsed: [String: Template] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let key = name.hasSuffix(".tmpl") ? String(name.dropLast(5)) : name
            parsed[key] = try Template(source: source, name: name)
        }
        templates = parsed
    }

    func render(_ name: String, _ context: TemplateValue) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 0, message: "template '\(name)' is missing from Templates/")
        }
        return try template.render(context, partials: templates)
    }
}
