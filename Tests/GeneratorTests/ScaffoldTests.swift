import Foundation
import XCTest

@testable import Generator

/// `generate init`, the seeds of an app, and the apps block of Package.swift.
final class ScaffoldTests: XCTestCase {
    func testAppNames() {
        let todo = AppNames(specPath: "spec/todo.yaml", module: "TodoAPI")
        XCTAssertEqual(todo.app, "todo")
        XCTAssertEqual(todo.server, "todo-server")
        XCTAssertEqual(todo.handlersType, "TodoHandlers")
        XCTAssertEqual(todo.handlersProtocol, "TodoAPIHandlers")
        XCTAssertEqual(todo.serverMainPath, "Sources/todo-server/main.swift")
        XCTAssertEqual(AppNames.newModule(forApp: "shop-floor"), "ShopFloorAPI")
        // The hand-written type never takes the protocol's name.
        XCTAssertEqual(AppNames(specPath: "spec/clinic.yaml", module: "Clinic").handlersType, "ClinicImplementation")
        for good in ["clinic", "shop-floor", "a1", "x"] { XCTAssertTrue(AppNames.isValidAppName(good), good) }
        for bad in ["", "Clinic", "1shop", "shop_floor", "shop-", "shop--floor", "-shop", "shop floor", "ünï"] {
            XCTAssertFalse(AppNames.isValidAppName(bad), bad)
        }
    }

    func testManifestBlockIsReplacedWholeAndSorted() throws {
        let manifest = """
            import PackageDescription
            struct App { let spec: String; let module: String; let server: String }
            // generate:apps begin — old text
            let apps: [App] = [
                App(spec: "spec/gone.yaml", module: "GoneAPI", server: "gone-server"),
            ]
            // generate:apps end
            let package = Package(name: "X")
            """
        let apps = [AppNames(specPath: "spec/todo.yaml", module: "TodoAPI"), AppNames(specPath: "spec/clinic.yaml", module: "ClinicAPI")]
        let updated = try XCTUnwrap(PackageManifestBlock.replacing(in: manifest, with: apps))
        XCTAssertEqual(
            updated,
            """
            import PackageDescription
            struct App { let spec: String; let module: String; let server: String }
            // generate:apps begin — maintained by `swift run generate` from spec/*.yaml; do not edit
            let apps: [App] = [
                App(spec: "spec/clinic.yaml", module: "ClinicAPI", server: "clinic-server"),
                App(spec: "spec/todo.yaml", module: "TodoAPI", server: "todo-server"),
            ]
            // generate:apps end
            let package = Package(name: "X")
            """)
        XCTAssertEqual(PackageManifestBlock.replacing(in: updated, with: apps), updated, "idempotent")
        XCTAssertNil(PackageManifestBlock.replacing(in: "let package = Package(name: \"X\")", with: apps))
    }

    /// The starter spec generates without a diagnostic, and its custom endpoint gets a stub
    /// that answers 501.
    func testStarterSpecGeneratesAndItsStubsAnswer501() throws {
        let templates = try FixtureSupport.templates()
        let names = AppNames(specPath: "spec/clinic.yaml", module: AppNames.newModule(forApp: "clinic"))
        let spec = try Scaffold.starterSpec(names, templates: templates)
        XCTAssertTrue(spec.contains("module: ClinicAPI"))
        XCTAssertTrue(spec.contains("secret_env: CLINIC_AUTH_SECRET"))
        let output = GeneratorPipeline.run(
            GeneratorPipeline.Input(specPath: names.specPath, specBytes: Array(spec.utf8), templates: templates))
        XCTAssertEqual(output.diagnostics.rendered, "")
        let model = try XCTUnwrap(output.model)
        let seeds = try Scaffold.seeds(for: model, templates: templates)
        let stub = try XCTUnwrap(seeds.first { $0.path == "Sources/ClinicAPI/Handlers/ClinicHandlers.swift" })
        XCTAssertEqual(stub.unlessDirectoryHasSwift, "Sources/ClinicAPI/Handlers")
        XCTAssertTrue(stub.contents.contains("public struct ClinicHandlers: ClinicAPIHandlers {"), stub.contents)
        XCTAssertTrue(
            stub.contents.contains(
                "    public func latestItem(_ input: LatestItemInput, context: APIContext) async throws -> Item {\n"
                    + "        throw HTTPError(status: 501, detail: \"latestItem is not implemented yet\")\n    }"), stub.contents)
        let main = try XCTUnwrap(seeds.first { $0.path == "Sources/clinic-server/main.swift" })
        XCTAssertTrue(
            main.contents.contains(
                "exit(await ServerMain.run(GeneratedAPI.self, handlers: ClinicHandlers(), arguments: CommandLine.arguments))"))
        let env = try Scaffold.envExample(for: model, templates: templates)
        XCTAssertEqual(env.path, "spec/clinic.env.example")
        for line in ["DEV_DATABASE_DIR=.devdb-clinic", "CLINIC_AUTH_SECRET=", "FRONTEND_URL=http://localhost:3000", "PORT=8000"] {
            XCTAssertTrue(env.contents.contains(line), "\(line) missing from\n\(env.contents)")
        }
    }

    /// The command line on a package in a temporary folder: init writes the app and its line in
    /// Package.swift, refuses a second time without touching anything, and --check notices a
    /// spec added by hand until generate lists it.
    func testInitRefusesToOverwriteAndCheckSeesTheAppsBlock() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scaffold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("spec"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = "// generate:apps begin\nlet apps: [App] = [\n]\n// generate:apps end\n"
        try manifest.write(to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        let templates = FixtureSupport.packageRoot.appendingPathComponent("Templates").path
        func generate(_ arguments: String...) -> Int32 {
            GeneratorCommand.main(arguments: ["generate"] + arguments + ["--root", root.path, "--templates", templates, "--quiet"])
        }
        XCTAssertEqual(generate("init", "clinic"), 0)
        for path in [
            "spec/clinic.yaml", "spec/clinic.env.example", "Sources/ClinicAPI/Generated/API.swift",
            "Sources/ClinicAPI/Handlers/ClinicHandlers.swift", "Sources/clinic-server/main.swift", "migrations/clinic/0001_initial.sql",
        ] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), path)
        }
        let listed = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        XCTAssertTrue(listed.contains(#"App(spec: "spec/clinic.yaml", module: "ClinicAPI", server: "clinic-server"),"#), listed)
        XCTAssertEqual(generate("--check"), 0)

        let handlers = root.appendingPathComponent("Sources/ClinicAPI/Handlers/ClinicHandlers.swift")
        try "// mine\n".write(to: handlers, atomically: true, encoding: .utf8)
        XCTAssertEqual(generate("init", "clinic"), 1, "a second init of the same app")
        XCTAssertEqual(try String(contentsOf: handlers, encoding: .utf8), "// mine\n", "init overwrote a hand-written file")
        XCTAssertEqual(generate(), 0)
        XCTAssertEqual(try String(contentsOf: handlers, encoding: .utf8), "// mine\n", "generate overwrote a hand-written file")

        let spec = try String(contentsOf: root.appendingPathComponent("spec/clinic.yaml"), encoding: .utf8)
        try spec.replacingOccurrences(of: "module: ClinicAPI", with: "module: WardAPI")
            .write(to: root.appendingPathComponent("spec/ward.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(generate("--check"), 1, "a spec added by hand: the apps block is stale")
        XCTAssertEqual(generate("spec/ward.yaml"), 0)
        XCTAssertEqual(generate("--check"), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("Sources/ward-server/main.swift").path))
        XCTAssertEqual(generate("init", "Bad_Name"), 2)
    }
}
