import Foundation

/// `swift run generate init NAME`: a new app in the package, in one command. Writes the
/// commented starter spec `spec/NAME.yaml` and its configuration example, then generates it
/// like any spec (code, migration, OpenAPI, the server's `main.swift`, handler stubs answering
/// 501, and the app's entry in the apps block of `Package.swift`). Refuses to overwrite anything.
enum InitCommand {
    static func run(app: String, options: GeneratorCommand.Options) -> Int32 {
        guard AppNames.isValidAppName(app) else {
            return GeneratorCommand.usage(
                "'\(app)' cannot name an app: use lower-case letters, digits and single inner hyphens, starting with a letter (as in 'clinic' or 'shop-floor')"
            )
        }
        let disk = Disk(root: options.root)
        let names = AppNames(specPath: "spec/\(app).yaml", module: AppNames.newModule(forApp: app))
        let taken = [
            names.specPath, names.envExamplePath, names.handlersDirectory, names.serverDirectory,
            "Sources/\(names.module)/Generated",
            GeneratorPipeline.Layout(specPath: names.specPath, module: names.module).migrationsDirectory,
        ]
        .filter { disk.exists($0) }
        if !taken.isEmpty {
            return fail(
                "generate init: error: '\(app)' exists already; nothing was written:\n" + taken.map { "  \($0)" }.joined(separator: "\n"))
        }
        if disk.read(optional: "Package.swift").map({ PackageManifestBlock.replacing(in: $0, with: []) == nil }) ?? true {
            return fail(
                "generate init: error: Package.swift has no apps block ('\(PackageManifestBlock.beginMarker)' … '\(PackageManifestBlock.endMarker)'); add one as docs/spec.md § 11a (Apps in one package) shows, then run this again"
            )
        }
        let templates: TemplateSet
        let spec: String
        do {
            templates = try GeneratorCommand.loadTemplates(options, disk: disk)
            spec = try Scaffold.starterSpec(names, templates: templates)
        } catch {
            return fail("generate init: error: \(error)")
        }
        do {
            try disk.write(names.specPath, spec)
        } catch {
            return fail("generate init: error: cannot write \(names.specPath): \(error)")
        }
        print("\(names.specPath): starter spec written")
        var generateOptions = options
        generateOptions.specs = [names.specPath]
        let status = GeneratorCommand.run(generateOptions, envExampleFor: names)
        guard status == 0 else { return status }
        print(
            """

            Next:
              scripts/run \(app)              # builds and serves it on http://127.0.0.1:8000 (/docs)
              edit \(names.specPath), then swift run generate \(names.specPath)
            """)
        return 0
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return 1
    }
}
