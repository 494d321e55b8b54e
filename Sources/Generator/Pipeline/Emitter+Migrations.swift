import Foundation

extension Emitter {
    /// The migration files of the plan: the existing ones byte for byte (applied migrations are
    /// never rewritten), the new one if the schema changed, and the snapshot of the new schema.
    func migrationFiles() throws(TemplateError) -> (files: [GeneratedFile], all: [GeneratorPipeline.ExistingMigration]) {
        var all = plan.existing
        if let new = plan.newMigration {
            let sql = try templates.render(
                "sql/Migration.sql",
                MigrationFileView(
                    specPath: model.specPath, version: MigrationPlanner.versionText(new.version),
                    changes: new.changes.map { ($0.destructive ? "DESTRUCTIVE: " : "") + $0.summary }, statements: new.statements
                ).templateValue)
            all.append(GeneratorPipeline.ExistingMigration(version: new.version, fileName: new.fileName, sql: sql))
        }
        var files = all.map { GeneratedFile(path: "\(layout.migrationsDirectory)/\($0.fileName)", contents: $0.sql) }
        files.append(GeneratedFile(path: "\(layout.migrationsDirectory)/schema.json", contents: SchemaSnapshot.encode(plan.schema)))
        return (files, all)
    }
}

/// The checked-in record of the schema the migrations produce: sorted-key JSON, one stable text.
public enum SchemaSnapshot {
    public static func encode(_ schema: DatabaseSchema) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings, bools and arrays cannot fail.
        let data = (try? encoder.encode(schema)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func decode(_ text: String) throws -> DatabaseSchema {
        try JSONDecoder().decode(DatabaseSchema.self, from: Data(text.utf8))
    }
}
