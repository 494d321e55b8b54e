import Foundation

/// The `generate` command line: the only code that reads and writes the disk. The executable's
/// `main.swift` just calls `GeneratorCommand.main`.
public enum GeneratorCommand {
    public static let help = """
        USAGE: swift run generate [options] [SPEC ...]
               swift run generate init NAME

        Turns each spec (default: every spec/*.yaml) into Swift sources, SQL migrations and an
        OpenAPI document. Files are written only when their content changes; only the given
        specs' outputs are touched. An app without a server entry point or handlers gets
        starting points for them (never overwritten), and the apps block of Package.swift is
        kept in step with spec/.

        `init NAME` starts a new app: a commented spec/NAME.yaml, its configuration example
        spec/NAME.env.example, then everything above for it. It refuses to overwrite anything.

        OPTIONS:
          --check            Write nothing; exit 1 listing every stale, missing or extra file.
          --report FILE.md   Also write what changed for the database and for API clients, as
                             Markdown for a pull request (a summary is always printed).
          --allow-destructive
                             Plan destructive migration steps (drops, narrowing, NOT NULL
                             without a default) even where the spec does not acknowledge them.
          --templates DIR    Template folder (default: Templates, or the generator's own
                             when the package has none, as when it is used as a dependency).
          --root DIR         Package root that output paths are relative to (default: .).
          --quiet            Print diagnostics only, no summary of written files.
          -h, --help         Show this help.

        EXIT STATUS: 0 on success (warnings allowed), 1 on spec errors or a stale --check,
        2 on a usage error.
        """

    struct Options {
        var check = false
        var quiet = false
        var templates: String?
        var root = "."
        var specs: [String] = []
        var report: String?
        var allowDestructive = false
    }

    public static func main(arguments: [String]) -> Int32 {
        var options = Options()
        var iterator = arguments.dropFirst().makeIterator()
        var initApp: String??
        while let argument = iterator.next() {
            if argument == "init", initApp == nil, options.specs.isEmpty {
                initApp = .some(iterator.next())
                continue
            }
            switch argument {
            case "--check": options.check = true
            case "--quiet": options.quiet = true
            case "--allow-destructive": options.allowDestructive = true
            case "-h", "--help":
                print(help)
                return 0
            case "--templates", "--root", "--report":
                guard let value = iterator.next() else { return usage("\(argument) needs a value") }
                switch argument {
                case "--templates": options.templates = value
                case "--root": options.root = value
                default: options.report = value
                }
            default:
                if argument.hasPrefix("-") { return usage("unknown option '\(argument)'") }
                options.specs.append(argument)
            }
        }
        if let initApp {
            guard let app = initApp else { return usage("init needs the new app's name, as in 'swift run generate init clinic'") }
            guard options.specs.isEmpty, !options.check else { return usage("init takes only the new app's name") }
            return InitCommand.run(app: app, options: options)
        }
        return run(options)
    }

    /// The templates: `--templates`, else the package's `Templates/`, else the generator's own
    /// (found from this source file's path, which exists when the generator is built from its
    /// package, as a dependency by path included).
    static func loadTemplates(_ options: Options, disk: Disk) throws -> TemplateSet {
        var directory = options.templates ?? "Templates"
        if options.templates == nil, !disk.exists(directory) {
            directory =
                URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates").path
        }
        var sources: [String: String] = [:]
        for file in disk.listRecursive(directory) where file.hasSuffix(".tmpl") {
            sources[file] = try disk.read(directory + "/" + file)
        }
        guard !sources.isEmpty else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory]) }
        return try TemplateSet(sources: sources)
    }

    static func usage(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("generate: error: \(message)\nRun 'swift run generate --help' for usage.\n".utf8))
        return 2
    }

    static func run(_ options: Options, envExampleFor newApp: AppNames? = nil) -> Int32 {
        let disk = Disk(root: options.root)
        let specs =
            options.specs.isEmpty
            ? disk.list("spec").filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { "spec/" + $0 } : options.specs
        if specs.isEmpty { return usage("no spec given and no spec/*.yaml found") }
        let templates: TemplateSet
        do {
            templates = try loadTemplates(options, disk: disk)
        } catch {
            FileHandle.standardError.write(Data("generate: error: cannot load templates: \(error)\n".utf8))
            return 1
        }
        var failed = false
        var stale: [String] = []
        var reports: [String] = []
        for spec in specs {
            guard let bytes = disk.bytes(spec) else {
                FileHandle.standardError.write(Data("\(spec): error: cannot read the spec\n".utf8))
                failed = true
                continue
            }
            let layout = GeneratorPipeline.Layout(specPath: spec, module: "")
            let input = GeneratorPipeline.Input(
                specPath: spec, specBytes: bytes, templates: templates,
                existingMigrations: disk.migrations(layout.migrationsDirectory),
                previousSchema: disk.snapshot(layout.migrationsDirectory),
                previousOpenAPI: disk.read(optional: layout.openAPIPath),
                allowDestructive: options.allowDestructive,
                recordedStatements: disk.read(optional: layout.statementsPath),
                statementDescriber: options.check ? nil : DatabaseStatementDescriber(root: disk.root)
            )
            let output = GeneratorPipeline.run(input)
            let rendered = output.diagnostics.rendered
            if !rendered.isEmpty { FileHandle.standardError.write(Data(rendered.utf8)) }
            guard !output.diagnostics.hasErrors, let model = output.model else {
                failed = true
                continue
            }
            let swiftDirectory = GeneratorPipeline.Layout(specPath: spec, module: model.module).swiftDirectory
            let expected = Dictionary(output.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
            var extra = disk.listRecursive(swiftDirectory).map { swiftDirectory + "/" + $0 }.filter { expected[$0] == nil }
            // The record of declared statements goes with the last `sql:` of the spec.
            if expected[layout.statementsPath] == nil, disk.exists(layout.statementsPath) { extra.append(layout.statementsPath) }
            if options.check {
                for file in output.files where disk.read(optional: file.path) != file.contents {
                    stale.append(disk.read(optional: file.path) == nil ? "missing: \(file.path)" : "stale: \(file.path)")
                }
                stale += extra.map { "extra: \($0)" }
                continue
            }
            var written: [String] = []
            var seeded: [String] = []
            for file in output.files where disk.read(optional: file.path) != file.contents {
                do {
                    try disk.write(file.path, file.contents)
                    written.append(file.path)
                } catch {
                    FileHandle.standardError.write(Data("generate: error: cannot write \(file.path): \(error)\n".utf8))
                    failed = true
                }
            }
            for path in extra {
                disk.remove(path)
                written.append("removed \(path)")
            }
            do {
                var seeds = try Scaffold.seeds(for: model, templates: templates)
                if newApp?.specPath == spec { seeds.append(try Scaffold.envExample(for: model, templates: templates)) }
                seeded = try writeSeeds(seeds, disk: disk).map { "\($0) (a starting point: yours to edit)" }
            } catch {
                FileHandle.standardError.write(Data("generate: error: cannot write the starting points of \(spec): \(error)\n".utf8))
                failed = true
            }
            if let report = output.report, !report.isEmpty {
                reports.append(report.markdown)
                if !options.quiet { print(report.summary, terminator: "") }
            }
            if !options.quiet {
                let summary =
                    written.isEmpty
                    ? "\(spec): up to date (\(output.files.count) files)"
                    : "\(spec): wrote \(written.count) of \(output.files.count) files\n" + written.map { "  " + $0 }.joined(separator: "\n")
                print(summary)
                for path in seeded { print("  " + path) }
            }
        }
        if let path = options.report {
            let text = reports.isEmpty ? "No changes.\n" : reports.joined(separator: "\n")
            do {
                try disk.write(path, text)
            } catch {
                FileHandle.standardError.write(Data("generate: error: cannot write \(path): \(error)\n".utf8))
                failed = true
            }
        }
        let schema = SpecJSONSchema.render()
        if disk.read(optional: SpecJSONSchema.path) != schema {
            if options.check {
                stale.append("\(disk.exists(SpecJSONSchema.path) ? "stale" : "missing"): \(SpecJSONSchema.path)")
            } else {
                do {
                    try disk.write(SpecJSONSchema.path, schema)
                    if !options.quiet { print("\(SpecJSONSchema.path): written (the spec language's JSON Schema, for editors)") }
                } catch {
                    FileHandle.standardError.write(Data("generate: error: cannot write \(SpecJSONSchema.path): \(error)\n".utf8))
                    failed = true
                }
            }
        }
        if let manifest = updatedManifest(disk: disk), manifest.new != manifest.old {
            if options.check {
                stale.append("stale: Package.swift (its apps block does not list exactly the specs in spec/)")
            } else {
                do {
                    try disk.write("Package.swift", manifest.new)
                    if !options.quiet { print("Package.swift: apps block updated") }
                } catch {
                    FileHandle.standardError.write(Data("generate: error: cannot write Package.swift: \(error)\n".utf8))
                    failed = true
                }
            }
        }
        if options.check, !stale.isEmpty {
            FileHandle.standardError.write(
                Data(
                    ("generated files are out of date; run 'swift run generate':\n" + stale.map { "  " + $0 }.joined(separator: "\n") + "\n")
                        .utf8))
            return 1
        }
        return failed ? 1 : 0
    }
}
