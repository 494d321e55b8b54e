import Foundation
import Generator

/// Replays `Fixtures/evolution/steps/*.yaml` as successive edits of one spec, carrying the
/// generated state (migrations, snapshot, OpenAPI document) from each step to the next, as the
/// CLI does with the files on disk. A step whose spec is refused leaves the state unchanged.
struct EvolutionReplay {
    struct Step {
        var name: String
        var output: GeneratorPipeline.Output
        /// The migration this step added, if any.
        var newMigration: GeneratorPipeline.ExistingMigration?
    }

    static let directory = FixtureSupport.fixtures.appendingPathComponent("evolution")

    static func stepNames(in directory: URL = directory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("steps").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { String($0.dropLast(5)) }
    }

    /// The steps of `directory` as edits of `spec/<spec>.yaml`.
    static func run(in directory: URL = directory, spec specName: String = "notes") throws -> [Step] {
        let templates = try FixtureSupport.templates()
        var migrations: [GeneratorPipeline.ExistingMigration] = []
        var snapshot: DatabaseSchema?
        var openAPI: String?
        var steps: [Step] = []
        for name in try stepNames(in: directory) {
            let spec = try Data(contentsOf: directory.appendingPathComponent("steps/\(name).yaml"))
            let input = GeneratorPipeline.Input(
                specPath: "spec/\(specName).yaml", specBytes: [UInt8](spec), templates: templates,
                existingMigrations: migrations, previousSchema: snapshot, previousOpenAPI: openAPI
            )
            let output = GeneratorPipeline.run(input)
            var added: GeneratorPipeline.ExistingMigration?
            if !output.diagnostics.hasErrors {
                for file in output.files where file.path.hasPrefix("migrations/\(specName)/") && file.path.hasSuffix(".sql") {
                    let fileName = String(file.path.dropFirst("migrations/\(specName)/".count))
                    if !migrations.contains(where: { $0.fileName == fileName }) {
                        added = GeneratorPipeline.ExistingMigration(version: migrations.count + 1, fileName: fileName, sql: file.contents)
                    }
                }
                if let added { migrations.append(added) }
                if let text = output.files.first(where: { $0.path == "migrations/\(specName)/schema.json" })?.contents {
                    snapshot = try SchemaSnapshot.decode(text)
                }
                openAPI = output.files.first { $0.path == "openapi/\(specName).json" }?.contents
            }
            steps.append(Step(name: name, output: output, newMigration: added))
        }
        return steps
    }
}
