/// The difference between two schemas as ordered DDL, each step classified.
///
/// Order: enums and new tables first (referenced before referencing), then column changes,
/// then constraints and indexes, then drops (foreign keys before the tables they point at).
/// Destructive steps are refused with a located error unless the spec acknowledges them
/// (`migration: { acknowledge: ["drop column tasks.legacy"] }`) or `--allow-destructive` is
/// given; the migration file marks every one that goes through.
struct SchemaDiffer {
    let old: DatabaseSchema
    let new: DatabaseSchema
    let model: APIModel
    let allowDestructive: Bool
    var statements: [String] = []
    var changes: [SchemaChange] = []
    var diagnostics = Diagnostics()

    init(old: DatabaseSchema, new: DatabaseSchema, model: APIModel, allowDestructive: Bool) {
        self.old = old
        self.new = new
        self.model = model
        self.allowDestructive = allowDestructive
    }

    var slug: String {
        let first = changes.first?.summary.lowercased() ?? "changes"
        let words = first.map { $0.isLetter || $0.isNumber ? $0 : "_" }.split(separator: "_").joined(separator: "_")
        return String(words.prefix(40)) + (changes.count > 1 ? "_and_more" : "")
    }

    // MARK: Recording steps

    mutating func step(_ summary: String, _ sql: [String]) {
        statements += sql
        changes.append(SchemaChange(summary: summary, destructive: false))
    }

    /// A step that can lose data: planned only when acknowledged, and marked in the file.
    mutating func risky(
        _ summary: String, key: String, table: String?, column: String? = nil, why: String, note: String? = nil, _ sql: [String]
    ) {
        guard allowDestructive || model.acknowledgements.contains(key) else {
            let location =
                table.flatMap { table in column.flatMap { model.columnLocations[table + "." + $0] } ?? model.tableLocations[table] }
                ?? model.fileLocation
            diagnostics.error(
                "\(summary): \(why); to go ahead, acknowledge it in the spec with `migration: { acknowledge: [\"\(key)\"] }` or run `generate --allow-destructive`",
                at: location
            )
            return
        }
        statements.append("-- DESTRUCTIVE (acknowledged: \(key)): \(why)")
        statements += sql
        changes.append(SchemaChange(summary: summary, destructive: true, note: note))
    }

    // MARK: The plan

    mutating func run() {
        planEnums()
        for table in new.tables where old.table(table.name) == nil {
            step(
                "create table \(table.name)",
                [SQLRenderer.createTable(table)] + table.indexes.map { SQLRenderer.createIndex($0, table: table.name) })
        }
        let pairs = new.tables.compactMap { table in old.table(table.name).map { ($0, table) } }
        for (before, after) in pairs { planColumns(before, after) }
        for (before, after) in pairs { planConstraints(before, after) }
        for (before, after) in pairs { planColumnDrops(before, after) }
        for table in old.tables.reversed() where new.table(table.name) == nil {
            risky(
                "drop table \(table.name)", key: "drop table \(table.name)", table: nil, why: "every row of '\(table.name)' is deleted",
                ["DROP TABLE \(Names.sql(table.name));"])
        }
        for type in old.enums where !new.enums.contains(where: { $0.name == type.name }) {
            step("drop enum \(type.name)", ["DROP TYPE \(Names.sql(type.name));"])
        }
    }

    mutating func planEnums() {
        for type in new.enums {
            guard let before = old.enums.first(where: { $0.name == type.name }) else {
                step("create enum \(type.name)", [SQLRenderer.createEnum(type)])
                continue
            }
            let removed = before.values.filter { !type.values.contains($0) }
            if removed.isEmpty {
                for value in type.values where !before.values.contains(value) {
                    step(
                        "add value \(value) to enum \(type.name)",
                        ["ALTER TYPE \(Names.sql(type.name)) ADD VALUE \(Names.sqlLiteral(value));"])
                }
                continue
            }
            // Postgres cannot drop an enum value: rebuild the type and convert every column.
            let columns = new.tables.flatMap { table in table.columns.filter { $0.type == type.name }.map { (table.name, $0) } }
            let temporary = Names.sql(type.name + "_old")
            var sql = ["ALTER TYPE \(Names.sql(type.name)) RENAME TO \(temporary);", SQLRenderer.createEnum(type)]
            for (table, column) in columns {
                let name = Names.sql(column.name)
                if column.defaultExpression != nil { sql.append("ALTER TABLE \(Names.sql(table)) ALTER COLUMN \(name) DROP DEFAULT;") }
                sql.append(
                    "ALTER TABLE \(Names.sql(table)) ALTER COLUMN \(name) TYPE \(Names.sql(type.name)) USING \(name)::text::\(Names.sql(type.name));"
                )
                if let expression = column.defaultExpression {
                    sql.append("ALTER TABLE \(Names.sql(table)) ALTER COLUMN \(name) SET DEFAULT \(expression);")
                }
            }
            sql.append("DROP TYPE \(temporary);")
            let list = removed.joined(separator: ", ")
            risky(
                "drop value \(list) from enum \(type.name)", key: "drop enum value \(type.name).\(removed[0])", table: nil,
                why: "rows holding '\(list)' make the migration fail, and clients may still send it", sql)
        }
    }

    mutating func planColumns(_ old: Table, _ new: Table) {
        let table = Names.sql(new.name)
        let renamedKey = old.primaryKey.map { key in new.columns.first { $0.renamedFrom == key }?.name ?? key }
        if renamedKey != new.primaryKey {
            diagnostics.error(
                "the primary key of '\(new.name)' changes from (\(old.primaryKey.joined(separator: ", "))) to (\(new.primaryKey.joined(separator: ", "))); generated migrations cannot re-key a table: write that migration by hand",
                at: model.tableLocations[new.name] ?? model.fileLocation
            )
        }
        for column in new.columns {
            let name = Names.sql(column.name)
            if let renamed = column.renamedFrom, old.column(column.name) == nil, let before = old.column(renamed) {
                step(
                    "rename column \(new.name).\(renamed) to \(column.name)",
                    ["ALTER TABLE \(table) RENAME COLUMN \(Names.sql(renamed)) TO \(name);"])
                planColumnChange(table: new.name, before, column)
                continue
            }
            guard let before = old.column(column.name) else {
                if !column.nullable && column.defaultExpression == nil && !column.identity {
                    risky(
                        "add column \(new.name).\(column.name)", key: "not null \(new.name).\(column.name)", table: new.name,
                        column: column.name,
                        why:
                            "a NOT NULL column without a default cannot be added to a table with rows; give it a default or make it optional",
                        ["ALTER TABLE \(table) ADD COLUMN \(SQLRenderer.columnDefinition(column));"])
                } else {
                    step(
                        "add column \(new.name).\(column.name)",
                        ["ALTER TABLE \(table) ADD COLUMN \(SQLRenderer.columnDefinition(column));"])
                }
                reportProbableRename(old, new, added: column)
                continue
            }
            planColumnChange(table: new.name, before, column)
        }
    }

    mutating func planColumnChange(table tableName: String, _ before: Column, _ after: Column) {
        let table = Names.sql(tableName)
        let name = Names.sql(after.name)
        let label = "\(tableName).\(after.name)"
        if before.identity != after.identity {
            let change = after.identity ? "ADD GENERATED BY DEFAULT AS IDENTITY" : "DROP IDENTITY"
            step("\(after.identity ? "add" : "drop") identity on \(label)", ["ALTER TABLE \(table) ALTER COLUMN \(name) \(change);"])
        }
        if before.type != after.type {
            let summary = "change type of \(label) from \(before.type) to \(after.type)"
            let alter =
                "ALTER TABLE \(table) ALTER COLUMN \(name) TYPE \(TypeConversion.alterClause(name, from: before.type, to: after.type));"
            if TypeWidening.isSafe(from: before.type, to: after.type) {
                step(summary, [alter])
            } else {
                risky(
                    summary, key: "change type \(label)", table: tableName, column: after.name,
                    why: TypeConversion.why(to: after.type), note: TypeConversion.dataStep,
                    [TypeConversion.guardStatement(table: tableName, column: after.name, from: before.type, to: after.type), alter])
            }
        }
        if before.defaultExpression != after.defaultExpression {
            let change = after.defaultExpression.map { "SET DEFAULT \($0)" } ?? "DROP DEFAULT"
            step("change default of \(label)", ["ALTER TABLE \(table) ALTER COLUMN \(name) \(change);"])
        }
        if before.nullable != after.nullable {
            if after.nullable {
                step("allow null in \(label)", ["ALTER TABLE \(table) ALTER COLUMN \(name) DROP NOT NULL;"])
            } else if let fill = after.defaultExpression {
                step(
                    "forbid null in \(label) (existing nulls get the default)",
                    [
                        "UPDATE \(table) SET \(name) = \(fill) WHERE \(name) IS NULL;",
                        "ALTER TABLE \(table) ALTER COLUMN \(name) SET NOT NULL;",
                    ])
            } else {
                risky(
                    "forbid null in \(label)", key: "not null \(label)", table: tableName, column: after.name,
                    why: "existing rows may hold null and there is no default to backfill them with",
                    ["ALTER TABLE \(table) ALTER COLUMN \(name) SET NOT NULL;"])
            }
        }
    }

    mutating func reportProbableRename(_ old: Table, _ new: Table, added: Column) {
        let dropped = old.columns.filter { column in
            new.column(column.name) == nil && !new.columns.contains { $0.renamedFrom == column.name } && column.type == added.type
        }
        guard let candidate = dropped.first else { return }
        diagnostics.warning(
            "'\(new.name).\(candidate.name)' is dropped and '\(new.name).\(added.name)' added with the same type: if this is a rename, add `renamed_from: \(candidate.name)` to '\(added.name)' to keep the data",
            at: model.tableLocations[new.name] ?? model.fileLocation
        )
    }

    mutating func planConstraints(_ old: Table, _ new: Table) {
        let table = Names.sql(new.name)
        for key in old.foreignKeys where !new.foreignKeys.contains(key) {
            step("drop foreign key \(key.name)", ["ALTER TABLE \(table) DROP CONSTRAINT \(Names.sql(key.name));"])
        }
        for unique in old.uniques where !new.uniques.contains(unique) {
            step("drop unique constraint \(unique.name)", ["ALTER TABLE \(table) DROP CONSTRAINT \(Names.sql(unique.name));"])
        }
        for index in old.indexes where !new.indexes.contains(index) {
            step("drop index \(index.name)", ["DROP INDEX \(Names.sql(index.name));"])
        }
        for unique in new.uniques where !old.uniques.contains(unique) {
            step("add unique constraint \(unique.name)", ["ALTER TABLE \(table) ADD \(SQLRenderer.uniqueConstraint(unique));"])
        }
        for key in new.foreignKeys where !old.foreignKeys.contains(key) {
            step(
                "add foreign key \(key.name) (on delete \(key.onDelete.lowercased()))",
                ["ALTER TABLE \(table) ADD \(SQLRenderer.foreignKeyConstraint(key));"])
        }
        for index in new.indexes where !old.indexes.contains(index) {
            step("add index \(index.name)", [SQLRenderer.createIndex(index, table: new.name)])
        }
    }

    mutating func planColumnDrops(_ old: Table, _ new: Table) {
        for column in old.columns where new.column(column.name) == nil && !new.columns.contains(where: { $0.renamedFrom == column.name }) {
            risky(
                "drop column \(new.name).\(column.name)", key: "drop column \(new.name).\(column.name)", table: new.name,
                why: "its values are deleted", ["ALTER TABLE \(Names.sql(new.name)) DROP COLUMN \(Names.sql(column.name));"])
        }
    }
}

/// One planned step, for the migration header and the change report.
public struct SchemaChange: Sendable, Hashable {
    public var summary: String
    public var destructive: Bool
    /// What the reviewer must know or do about the step (e.g. the data step a conversion needs).
    public var note: String?

    public init(summary: String, destructive: Bool, note: String? = nil) {
        self.summary = summary
        self.destructive = destructive
        self.note = note
    }
}

/// Type changes that never lose data or fail on existing values.
enum TypeWidening {
    static func isSafe(from old: String, to new: String) -> Bool {
        if old == "integer" && new == "bigint" { return true }
        if (old.hasPrefix("character varying") || old == "text") && new == "text" { return true }
        if let a = length(old, "character varying"), let b = length(new, "character varying") { return b >= a }
        if let (p1, s1) = numeric(old), let (p2, s2) = numeric(new) { return s2 >= s1 && p2 - s2 >= p1 - s1 }
        // Integers fit a numeric with at least as many digits before the point (10 and 19).
        if let (p, s) = numeric(new), old == "integer" || old == "bigint" { return p - s >= (old == "integer" ? 10 : 19) }
        return false
    }

    static func length(_ type: String, _ prefix: String) -> Int? {
        guard type.hasPrefix(prefix + "(") else { return nil }
        return Int(type.dropFirst(prefix.count + 1).dropLast())
    }

    static func numeric(_ type: String) -> (Int, Int)? {
        guard type.hasPrefix("numeric(") else { return nil }
        let parts = type.dropFirst(8).dropLast().split(separator: ",").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
}
