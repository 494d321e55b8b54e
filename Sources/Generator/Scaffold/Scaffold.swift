/// The files an app needs besides its generated code, written once and then owned by the
/// team: the starter spec of `generate init`, its configuration example, and for every spec the
/// server's entry point and the hand-written handlers (stubs answering 501), written when the
/// app has none yet, so that a spec added by hand also builds at once.
///
/// Pure: the CLI decides what exists on disk and writes.
public enum Scaffold {
    /// A file written only where none is: `when` names the directory that must hold no Swift
    /// file (the app's own version, whatever its name, counts), or nil to test the path itself.
    public struct Seed: Sendable, Hashable {
        public var path: String
        public var contents: String
        public var unlessDirectoryHasSwift: String?
    }

    /// The commented starter spec of a new app.
    public static func starterSpec(_ names: AppNames, templates: TemplateSet) throws(TemplateError) -> String {
        try templates.render(
            "scaffold/spec.yaml",
            .object([
                "app": .string(names.app),
                "title": .string(AppNames.camelCase(names.app) + " API"),
                "module": .string(names.module),
                "specPath": .string(names.specPath),
                "secretEnv": .string(secretVariable(names.app)),
                "handlersType": .string(names.handlersType),
            ]))
    }

    /// The variable holding a new app's token secret: `clinic` → `CLINIC_AUTH_SECRET`.
    static func secretVariable(_ app: String) -> String {
        app.uppercased().replacingOccurrences(of: "-", with: "_") + "_AUTH_SECRET"
    }

    /// What every app needs to build and start: its server's `main.swift` and its handlers.
    public static func seeds(for model: APIModel, templates: TemplateSet) throws(TemplateError) -> [Seed] {
        let names = AppNames(specPath: model.specPath, module: model.module)
        guard case .object(let view) = APIViewModel(model: model).make().templateValue else { return [] }
        var context = view
        context["handlersType"] = .string(names.handlersType)
        context["module"] = .string(names.module)
        context["server"] = .string(names.server)
        let root = TemplateValue.object(context)
        return [
            Seed(
                path: names.handlersPath, contents: try templates.render("scaffold/Handlers.swift", root),
                unlessDirectoryHasSwift: names.handlersDirectory),
            Seed(
                path: names.serverMainPath, contents: try templates.render("scaffold/main.swift", root),
                unlessDirectoryHasSwift: names.serverDirectory),
        ]
    }

    /// The configuration example of a new app (`generate init`), naming every variable its spec
    /// makes the server read.
    public static func envExample(for model: APIModel, templates: TemplateSet) throws(TemplateError) -> Seed {
        let names = AppNames(specPath: model.specPath, module: model.module)
        let context = TemplateValue.object([
            "app": .string(names.app),
            "server": .string(names.server),
            "envFile": .string(names.envFile),
            "devDatabaseDirectory": .string(names.devDatabaseDirectory),
            "secretEnv": .string(model.auth?.secretEnv ?? ""),
            "corsEnv": .string(model.cors?.originEnv ?? ""),
            "defaultOrigin": .string(model.cors?.defaultOrigin ?? ""),
        ])
        return Seed(
            path: names.envExamplePath, contents: try templates.render("scaffold/env.example", context), unlessDirectoryHasSwift: nil)
    }
}
