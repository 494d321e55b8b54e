/// The names of one app of the package, all decided here from its spec's file name and module:
/// `spec/todo.yaml` with module `TodoAPI` is the app `todo`, served by the executable
/// `todo-server` (`Sources/todo-server`), whose hand-written part is `TodoHandlers` in
/// `Sources/TodoAPI/Handlers`.
public struct AppNames: Sendable, Hashable {
    /// The spec's file name without its extension: `todo`.
    public var app: String
    public var specPath: String
    public var module: String

    public init(specPath: String, module: String) {
        self.specPath = specPath
        self.module = module
        let file = specPath.split(separator: "/").last.map(String.init) ?? specPath
        app = file.split(separator: ".").first.map(String.init) ?? file
    }

    /// The server executable target and product: `todo-server`.
    public var server: String { app + "-server" }
    /// The protocol the generated code asks the hand-written code to implement.
    public var handlersProtocol: String { module + "Handlers" }
    /// The hand-written type implementing it: `TodoHandlers` (never the protocol's own name).
    public var handlersType: String {
        let name = Self.camelCase(app) + "Handlers"
        return name == handlersProtocol ? Self.camelCase(app) + "Implementation" : name
    }
    public var handlersDirectory: String { "Sources/\(module)/Handlers" }
    public var handlersPath: String { "\(handlersDirectory)/\(handlersType).swift" }
    public var serverDirectory: String { "Sources/\(server)" }
    public var serverMainPath: String { "\(serverDirectory)/main.swift" }
    /// The configuration the app's server reads, and the example it is made from.
    public var envFile: String { ".env.\(app)" }
    public var envExamplePath: String { "spec/\(app).env.example" }
    /// Where its development database lives (one cluster per app, so their tables and migration
    /// histories never meet).
    public var devDatabaseDirectory: String { ".devdb-\(app)" }

    /// For `generate init NAME`: the module a new app gets (`clinic` → `ClinicAPI`).
    public static func newModule(forApp app: String) -> String { camelCase(app) + "API" }

    /// Whether `name` can name an app: lower-case letters, digits and inner hyphens, starting
    /// with a letter (it becomes a file name, a target name and, camel-cased, a Swift module).
    public static func isValidAppName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.count <= 40,
            !name.hasSuffix("-"), !name.contains("--")
        else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `shop-floor` → `ShopFloor`.
    static func camelCase(_ app: String) -> String {
        app.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
