/// The difference between two schemas as ordered DDL. Destructive steps are reported as errors
/// until the schema-evolution work adds acknowledgements; additive ones are planned.
struct SchemaDiffer {
    let old: DatabaseSchema
    let new: DatabaseSchema
    let model: APIModel
    var statements: [String] = []
    var changes: [String] = []
    var diagnostics = Diagnostics()

    var slug: String {
        let words = changes.first.map { $0.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" } }.map { String($0) } ?? "changes"
        let collapsed = words.split(separator: "_").joined(separator: "_")
        return String(collapsed.prefix(40)) + (changes.count > 1 ? "_and_more" : "")
    }

    mutating func run() {
        for type in new.enums {
            if let before = old.enums.first(where: { $0.name == type.name }) {
                for value in type.values where !before.values.contains(value) {
                    statements.append("ALTER TYPE \(Names.sql(type.name)) ADD VALUE \(Names.sqlLiteral(value));")
                    changes.append("add value \(value) to enum \(type.name)")
                }
                for value in before.values where !type.values.contains(value) {
                    diagnostics.error("removing value '\(value)' from enum '\(type.name)' is destructive and not supported by generated migrations", at: nil)
                }
            } else {
                statements.append(SQLRenderer.createEnum(type))
                changes.append("create enum \(type.name)")
            }
        }
        for table in new.tables {
            guard let before = old.table(table.name) else {
                statements.append(SQLRenderer.createTable(table))
                statements += table.indexes.map { SQLRenderer.createIndex($0, table: table.name) }
                changes.append("create table \(table.name)")
                continue
            }
            diffTable(before, table)
        }
        for table in old.tables.reversed() where new.table(table.name) == nil {
            diagnostics.error("dropping table '\(table.name)' is destructive and not supported by generated migrations", at: nil)
        }
    }

    mutating func diffTable(_ old: Table, _ new: Table) {
        let table = Names.sql(new.name)
        for column in new.columns {
            if let renamed = column.renamedFrom, old.column(column.name) == nil, old.column(renamed) != nil {
                statements.append("ALTER TABLE \(table) RENAME COLUMN \(Names.sql(renamed)) TO \(Names.sql(column.name));")
                changes.append("rename \(new.name).\(renamed) to \(column.name)")
                continue
            }
            guard let before = old.column(column.name) else {
                if !column.nullable && column.defaultExpression == nil && !column.identity {
                    diagnostics.error("adding NOT NULL column '\(new.name).\(column.name)' without a default cannot fill existing rows; give it a default or make it optional", at: nil)
                }
                statements.append("ALTER TABLE \(table) ADD COLUMN \(SQLRenderer.columnDefinition(column));")
                changes.append("add column \(new.name).\(column.name)")
                continue
            }
            if before.type != column.type {
                statements.append("ALTER TABLE \(table) ALTER COLUMN \(Names.sql(column.name)) TYPE \(SQLRenderer.columnType(column.type)) USING \(Names.sql(column.name))::\(SQLRenderer.columnType(column.type));")
                changes.append("change type of \(new.name).\(column.name) to \(column.type)")
            }
            if before.nullable != column.nullable {
                statements.append("ALTER TABLE \(table) ALTER COLUMN \(Names.sql(column.name)) \(column.nullable ? "DROP" : "SET") NOT NULL;")
                changes.append("\(column.nullable ? "allow" : "forbid") null in \(new.name).\(column.name)")
            }
            if before.defaultExpression != column.defaultExpression {
                let change = column.defaultExpression.map { "SET DEFAULT \($0)" } ?? "DROP DEFAULT"
                statements.append("ALTER TABLE \(table) ALTER COLUMN \(Names.sql(column.name)) \(change);")
                changes.append("change default of \(new.name).\(column.name)")
            }
        }
        for column in old.columns where new.column(column.name) == nil && !new.columns.contains(where: { $0.renamedFrom == column.name }) {
            diagnostics.error("dropping column '\(old.name).\(column.name)' is destructive and not supported by generated migrations", at: nil)
        }
        for unique in new.uniques where !old.uniques.contains(unique) {
            statements.append("ALTER TABLE \(table) ADD \(SQLRenderer.uniqueConstraint(unique));")
            changes.append("add unique \(unique.name)")
        }
        for unique in old.uniques where !new.uniques.contains(unique) {
            statements.append("ALTER TABLE \(table) DROP CONSTRAINT \(Names.sql(unique.name));")
            changes.append("drop unique \(unique.name)")
        }
        for key in old.foreignKeys where !new.foreignKeys.contains(key) {
            statements.append("ALTER TABLE \(table) DROP CONSTRAINT \(Names.sql(key.name));")
            changes.append("drop foreign key \(key.name)")
        }
        for key in new.foreignKeys where !old.foreignKeys.contains(key) {
            statements.append("ALTER TABLE \(table) ADD \(SQLRenderer.foreignKeyConstraint(key));")
            changes.append("add foreign key \(key.name)")
        }
        for index in old.indexes where !new.indexes.contains(index) {
            statements.append("DROP INDEX \(Names.sql(index.name));")
            changes.append("drop index \(index.name)")
        }
        for index in new.indexes where !old.indexes.contains(index) {
            statements.append(SQLRenderer.createIndex(index, table: new.name))
            changes.append("add index \(index.name)")
        }
    }
}
