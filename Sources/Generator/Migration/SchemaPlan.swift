/// Stage 4 of the pipeline: the validated model's database schema and the migration that gets
/// the previous snapshot there. Its problems (a destructive step without an acknowledgement, a
/// missing snapshot) are validation errors, reported before anything is emitted.
public struct SchemaPlan: Sendable {
    /// A migration this run adds: its version and file name, what it changes and its statements.
    public struct NewMigration: Sendable {
        public var version: Int
        public var fileName: String
        public var changes: [SchemaChange]
        public var statements: [String]
    }

    public var schema: DatabaseSchema
    /// The migrations already in the folder, in version order.
    public var existing: [GeneratorPipeline.ExistingMigration]
    /// Every change since the snapshot (empty when there is none).
    public var changes: [SchemaChange]
    public var newMigration: NewMigration?

    /// Plans the schema of `model` against the previous run's snapshot and migrations.
    public static func make(_ model: APIModel, input: GeneratorPipeline.Input, diagnostics: inout Diagnostics) -> SchemaPlan {
        let schema = SchemaBuilder.build(model)
        var plan = SchemaPlan(schema: schema, existing: input.existingMigrations, changes: [], newMigration: nil)
        let previous = input.previousSchema ?? (input.existingMigrations.isEmpty ? DatabaseSchema() : nil)
        guard let previous else {
            let folder = GeneratorPipeline.Layout(specPath: model.specPath, module: model.module).migrationsDirectory
            diagnostics.error("\(folder) has migrations but no schema.json snapshot; restore it from version control", at: nil)
            return plan
        }
        guard previous != schema else { return plan }
        let planned = MigrationPlanner.plan(
            from: previous, to: schema, model: model, allowDestructive: input.allowDestructive, diagnostics: &diagnostics)
        plan.changes = planned.changes
        if !planned.statements.isEmpty {
            let version = (input.existingMigrations.last?.version ?? 0) + 1
            plan.newMigration = NewMigration(
                version: version, fileName: MigrationPlanner.versionText(version) + "_" + planned.slug + ".sql",
                changes: planned.changes, statements: planned.statements
            )
        }
        return plan
    }
}
