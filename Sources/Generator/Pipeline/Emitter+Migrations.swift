import Foundation

extension Emitter {
    /// The migration files for `schema`: the existing ones are kept byte for byte (applied
    /// migrations are never rewritten); a new one is written only when the schema changed since
    /// the snapshot. The snapshot is rewritten to `schema`.
    func migrationFiles(schema: DatabaseSchema, diagnostics: inout Diagnostics, report: inout ChangeReport) throws -> (files: [GeneratedFile], all: [GeneratorPipeline.ExistingMigration]) {
        var all = input.existingMigrations
        var files: [GeneratedFile] = all.map { GeneratedFile(path: "\(layout.migrationsDirectory)/\($0.fileName)", contents: $0.sql) }
        let previous = input.previousSchema ?? (all.isEmpty ? DatabaseSchema() : nil)
        if let previous, previous != schema {
            let plan = MigrationPlanner.plan(from: previous, to: schema, model: model, allowDestructive: input.allowDestructive, diagnostics: &diagnostics)
            report.databaseChanges = plan.changes
            if !plan.statements.isEmpty {
                let version = (all.last?.version ?? 0) + 1
                let fileName = MigrationPlanner.versionText(version) + "_" + plan.slug + ".sql"
                let sql = try input.templates.render("sql/Migration.sql", [
                    "specPath": .string(model.specPath),
                    "version": .string(MigrationPlanner.versionText(version)),
                    "changes": .strings(plan.changes.map { ($0.destructive ? "DESTRUCTIVE: " : "") + $0.summary }),
                    "statements": .strings(plan.statements),
                ])
                all.append(GeneratorPipeline.ExistingMigration(version: version, fileName: fileName, sql: sql))
                files.append(GeneratedFile(path: "\(layout.migrationsDirectory)/\(fileName)", contents: sql))
                report.migrationFile = "\(layout.migrationsDirectory)/\(fileName)"
            }
        } else if previous == nil {
            diagnostics.error("\(layout.migrationsDirectory) has migrations but no schema.json snapshot; restore it from version control", at: nil)
        }
        files.append(GeneratedFile(path: "\(layout.migrationsDirectory)/schema.json", contents: try SchemaSnapshot.encode(schema)))
        return (files, all)
    }
}

/// The checked-in record of the schema the migrations produce: sorted-key JSON, one stable text.
public enum SchemaSnapshot {
    public static func encode(_ schema: DatabaseSchema) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(schema)
        return (String(data: data, encoding: .utf8) ?? "") + "\n"
    }

    public static func decode(_ text: String) throws -> DatabaseSchema {
        try JSONDecoder().decode(DatabaseSchema.self, from: Data(text.utf8))
    }
}
