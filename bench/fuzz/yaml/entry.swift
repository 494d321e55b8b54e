import Foundation

/// libFuzzer entry for the spec loader (built by `bench/fuzz.sh yaml SECONDS`): the input is a
/// spec file, as it could arrive in a pull request, and goes through the whole generator —
/// libyaml events, located nodes and aliases, the byte locator, spec decoding, model
/// validation, and for a valid spec the emitters, templates, the migration planner (against the
/// TODO spec's schema, so every diff path is reachable) and the change report.
///
/// Besides "never crash, never hang, never leak", it checks that every diagnostic is located
/// inside the input (compiler-style `spec/fuzz.yaml:L:C`), that a spec without errors yields a
/// model and files, and that the templates never fail on a validated model.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = FuzzState.shared  // loaded before the first input, so no input is charged with it
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpecLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let previous = FuzzState.shared
    let input = GeneratorPipeline.Input(
        specPath: "spec/fuzz.yaml", specBytes: bytes, templates: previous.templates,
        existingMigrations: previous.migrations, previousSchema: previous.schema, previousOpenAPI: previous.openAPI,
        allowDestructive: size % 2 == 0
    )
    let output = GeneratorPipeline.run(input)
    // The last line as libyaml counts lines (LF, CR, CRLF, NEL, LS, PS).
    let lines = ByteLocator(bytes: bytes, file: "spec/fuzz.yaml").location(ofByte: size).line
    for diagnostic in output.diagnostics.sorted {
        for item in [diagnostic] + diagnostic.notes {
            if item.message.hasPrefix("internal template error") { fatalError(item.message) }
            guard let location = item.location else { fatalError("unlocated diagnostic: \(item.message)") }
            if location.file != "spec/fuzz.yaml" || location.line < 1 || location.line > lines || location.column < 1 {
                fatalError("diagnostic outside the input (\(lines) lines): \(item.rendered)")
            }
        }
    }
    if !output.diagnostics.hasErrors && (output.model == nil || output.files.isEmpty) {
        fatalError("no error, but no model or no files")
    }
    return 0
}

/// The templates and the TODO spec's generated state, loaded once from the package root.
struct FuzzState: Sendable {
    var templates: TemplateSet
    var migrations: [GeneratorPipeline.ExistingMigration]
    var schema: DatabaseSchema
    var openAPI: String

    static let shared: FuzzState = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
        do {
            let directory = root.appendingPathComponent("Templates")
            var sources: [String: String] = [:]
            for case let path as String in FileManager.default.enumerator(atPath: directory.path)! where path.hasSuffix(".tmpl") {
                sources[path] = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
            }
            let templates = try TemplateSet(sources: sources)
            let spec = try Data(contentsOf: root.appendingPathComponent("spec/todo.yaml"))
            let todo = GeneratorPipeline.run(
                GeneratorPipeline.Input(specPath: "spec/fuzz.yaml", specBytes: [UInt8](spec), templates: templates))
            guard let schema = todo.files.first(where: { $0.path.hasSuffix("schema.json") }),
                let migration = todo.files.first(where: { $0.path.hasSuffix("0001_initial.sql") }),
                let openAPI = todo.files.first(where: { $0.path.hasPrefix("openapi/") })
            else {
                fatalError("the TODO spec did not generate: \(todo.diagnostics.rendered)")
            }
            return FuzzState(
                templates: templates,
                migrations: [GeneratorPipeline.ExistingMigration(version: 1, fileName: "0001_initial.sql", sql: migration.contents)],
                schema: try SchemaSnapshot.decode(schema.contents), openAPI: openAPI.contents
            )
        } catch {
            fatalError("cannot load the fuzz state from \(root.path): \(error)")
        }
    }()
}
