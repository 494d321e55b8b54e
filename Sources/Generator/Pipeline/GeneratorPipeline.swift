/// The whole compiler as one pure function: spec bytes (plus the previous generated state) in,
/// files and diagnostics out. Only the CLI reads and writes the disk.
///
///     YAML nodes → SpecAST → APIModel → SchemaPlan → StatementCheck (+ OpenAPI document) → view models → files
///
/// Each arrow is a function of the value before it: `YAMLLoader.load`, `SpecDecoder.decode`,
/// `ModelBuilder.build`, `SchemaPlan.make` and `OpenAPIBuilder.build`, the `*ViewModel` builders,
/// `TemplateSet.render`. Spec errors stop the run before the first view model is made.
public enum GeneratorPipeline {
    public struct Input: Sendable {
        /// The spec's path as written in diagnostics and headers (`spec/todo.yaml`).
        public var specPath: String
        public var specBytes: [UInt8]
        public var templates: TemplateSet
        /// The migrations already in the migrations folder, in version order.
        public var existingMigrations: [ExistingMigration]
        /// The schema snapshot recorded by the previous run, if any.
        public var previousSchema: DatabaseSchema?
        /// The OpenAPI document of the previous run, for the API part of the change report.
        public var previousOpenAPI: String?
        /// Plan destructive migration steps without an acknowledgement in the spec.
        public var allowDestructive: Bool
        /// The record of declared statements' types from the previous run (`Layout.statementsPath`).
        public var recordedStatements: String?
        /// Asks Postgres about declared statements the record does not cover; nil in `--check`
        /// (a stale record is then an error) and wherever no database may be used.
        public var statementDescriber: (any StatementDescriber)?

        public init(
            specPath: String, specBytes: [UInt8], templates: TemplateSet, existingMigrations: [ExistingMigration] = [],
            previousSchema: DatabaseSchema? = nil, previousOpenAPI: String? = nil, allowDestructive: Bool = false,
            recordedStatements: String? = nil, statementDescriber: (any StatementDescriber)? = nil
        ) {
            self.recordedStatements = recordedStatements
            self.statementDescriber = statementDescriber
            self.specPath = specPath
            self.specBytes = specBytes
            self.templates = templates
            self.existingMigrations = existingMigrations
            self.previousSchema = previousSchema
            self.previousOpenAPI = previousOpenAPI
            self.allowDestructive = allowDestructive
        }
    }

    public struct ExistingMigration: Sendable, Hashable {
        public var version: Int
        public var fileName: String
        public var sql: String

        public init(version: Int, fileName: String, sql: String) {
            self.version = version
            self.fileName = fileName
            self.sql = sql
        }
    }

    public struct Output: Sendable {
        public var files: [GeneratedFile] = []
        public var diagnostics = Diagnostics()
        /// The validated model, for reports; nil when the spec has errors.
        public var model: APIModel?
        /// What this run changes compared with the previous generated state.
        public var report: ChangeReport?
    }

    public static func run(_ input: Input) -> Output {
        var output = Output()
        let (root, yamlDiagnostics) = YAMLLoader.load(input.specBytes, file: input.specPath)
        output.diagnostics.append(contentsOf: yamlDiagnostics)
        guard let root else { return output }
        var (spec, specDiagnostics) = SpecDecoder.decode(root, file: input.specPath)
        spec.sourceLines = String(decoding: input.specBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        output.diagnostics.append(contentsOf: specDiagnostics)
        let (model, modelDiagnostics) = ModelBuilder.build(spec)
        output.diagnostics.append(contentsOf: modelDiagnostics)
        guard let model, !output.diagnostics.hasErrors else { return output }
        output.model = model
        let plan = SchemaPlan.make(model, input: input, diagnostics: &output.diagnostics)
        guard !output.diagnostics.hasErrors else { return output }
        let layout = Layout(specPath: model.specPath, module: model.module)
        let record = StatementCheck.run(
            model, plan: plan, recorded: input.recordedStatements, describer: input.statementDescriber, recordPath: layout.statementsPath,
            diagnostics: &output.diagnostics)
        guard !output.diagnostics.hasErrors else { return output }
        let document = OpenAPIBuilder.build(model)
        do {
            output.files =
                try Emitter(model: model, plan: plan, document: document, templates: input.templates).files() + (record.map { [$0] } ?? [])
        } catch {
            output.diagnostics.error("internal template error: \(error)", at: nil)
            return output
        }
        output.report = report(plan, document: document, layout: layout, input: input)
        return output
    }

    /// What this run changes: the schema plan's changes and the API diff of the two documents.
    static func report(_ plan: SchemaPlan, document: JSONNode, layout: Layout, input: Input) -> ChangeReport {
        var report = ChangeReport(specPath: input.specPath)
        report.databaseChanges = plan.changes
        report.migrationFile = plan.newMigration.map { "\(layout.migrationsDirectory)/\($0.fileName)" }
        if let previous = input.previousOpenAPI {
            report.apiChanges = APIChangeAnalyzer.changes(from: previous, to: document.rendered() + "\n")
            report.accessChanges = AccessChangeAnalyzer.changes(from: previous, to: document.rendered() + "\n")
        }
        return report
    }

    /// Where a spec's outputs go, from its file name and module: `spec/todo.yaml` with module
    /// `TodoAPI` → `Sources/TodoAPI/Generated`, `migrations/todo`, `openapi/todo.json`.
    public struct Layout: Sendable {
        public var swiftDirectory: String
        public var migrationsDirectory: String
        public var openAPIPath: String
        /// What Postgres said about the declared statements, next to the spec.
        public var statementsPath: String

        public init(specPath: String, module: String) {
            let base = specPath.split(separator: "/").last.map { String($0.split(separator: ".")[0]) } ?? "api"
            let folder = specPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            statementsPath = (folder.isEmpty ? "" : folder + "/") + base + ".statements.json"
            swiftDirectory = "Sources/\(module)/Generated"
            migrationsDirectory = "migrations/\(base)"
            openAPIPath = "openapi/\(base).json"
        }
    }
}
