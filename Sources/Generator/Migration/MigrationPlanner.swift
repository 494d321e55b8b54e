/// Plans the SQL that takes a database from one `DatabaseSchema` to another, in an order that
/// applies (enums first, referenced tables before referencing ones, drops in reverse).
public struct MigrationPlan: Sendable {
    public var statements: [String] = []
    /// A short file-name part: `initial`, `add_tasks_priority`, …
    public var slug: String = "changes"
    /// One line for the migration header.
    public var summary: String = ""
    /// Every step, for the change report.
    public var changes: [SchemaChange] = []
}

public enum MigrationPlanner {
    public static func versionText(_ version: Int) -> String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func plan(
        from old: DatabaseSchema, to new: DatabaseSchema, model: APIModel, allowDestructive: Bool = false, diagnostics: inout Diagnostics
    ) -> MigrationPlan {
        var plan = MigrationPlan()
        if old.tables.isEmpty && old.enums.isEmpty {
            plan.slug = "initial"
            plan.summary = "create " + new.tables.map(\.name).joined(separator: ", ")
            plan.changes =
                new.enums.map { SchemaChange(summary: "create enum \($0.name)", destructive: false) }
                + new.tables.map { SchemaChange(summary: "create table \($0.name)", destructive: false) }
            plan.statements += new.enums.map(SQLRenderer.createEnum)
            for table in new.tables {
                plan.statements.append(SQLRenderer.createTable(table))
                plan.statements += table.indexes.map { SQLRenderer.createIndex($0, table: table.name) }
            }
            return plan
        }
        var differ = SchemaDiffer(old: old, new: new, model: model, allowDestructive: allowDestructive)
        differ.run()
        diagnostics.append(contentsOf: differ.diagnostics)
        plan.statements = differ.statements
        plan.changes = differ.changes
        plan.summary = differ.changes.map(\.summary).joined(separator: "; ")
        plan.slug = differ.slug
        return plan
    }
}
