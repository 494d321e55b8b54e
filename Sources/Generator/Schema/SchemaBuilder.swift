/// `APIModel` → `DatabaseSchema`: decides SQL types, defaults, constraint and index names.
public enum SchemaBuilder {
    public static func build(_ model: APIModel) -> DatabaseSchema {
        let enums = model.enums.map { EnumType(name: Names.snake($0.name), values: $0.values) }
        let tables = model.entities.filter(\.persisted).map { table($0, model: model) }
        return DatabaseSchema(enums: enums, tables: dependencyOrder(tables))
    }

    static func table(_ entity: Entity, model: APIModel) -> Table {
        let columns = entity.attributes.map { attribute in
            Column(
                name: attribute.column, type: sqlType(attribute.type), nullable: attribute.optional,
                defaultExpression: defaultExpression(attribute), identity: attribute.defaultValue == .identity,
                renamedFrom: attribute.renamedFrom
            )
        }
        let primaryKey = entity.primaryKey.compactMap { entity.attribute($0)?.column }
        let singleKey = entity.primaryKey.count == 1
        var uniques = entity.attributes.filter { $0.unique && !($0.primaryKey && singleKey) }.map {
            UniqueConstraint(name: Names.constraint(entity.table, [$0.column], suffix: "key"), columns: [$0.column])
        }
        var indexes: [Index] = []
        for index in entity.indexes {
            let columns = index.fields.compactMap { entity.attribute($0)?.column }
            if index.unique {
                uniques.append(
                    UniqueConstraint(name: index.name ?? Names.constraint(entity.table, columns, suffix: "key"), columns: columns))
            } else {
                indexes.append(
                    Index(name: index.name ?? Names.constraint(entity.table, columns, suffix: "idx"), columns: columns, unique: false))
            }
        }
        for attribute in entity.attributes where attribute.indexed && !attribute.unique && !(attribute.primaryKey && singleKey) {
            let name = Names.constraint(entity.table, [attribute.column], suffix: "idx")
            if !indexes.contains(where: { $0.columns == [attribute.column] }) {
                indexes.append(Index(name: name, columns: [attribute.column], unique: false))
            }
        }
        let foreignKeys = entity.attributes.compactMap { attribute -> ForeignKey? in
            guard let reference = attribute.reference, let target = model.entity(reference.entity),
                let targetColumn = target.attribute(reference.field)?.column
            else { return nil }
            return ForeignKey(
                name: Names.constraint(entity.table, [attribute.column], suffix: "fkey"), columns: [attribute.column],
                referencedTable: target.table, referencedColumns: [targetColumn], onDelete: onDeleteSQL(reference.onDelete)
            )
        }
        return Table(
            name: entity.table, columns: columns, primaryKey: primaryKey, uniques: uniques, foreignKeys: foreignKeys, indexes: indexes)
    }

    /// Types as Postgres' `format_type` spells them, so the drift check can compare text.
    public static func sqlType(_ type: FieldType) -> String {
        switch type {
        case .uuid: "uuid"
        case .int: "integer"
        case .bigint: "bigint"
        case .string(let max): max.map { "character varying(\($0))" } ?? "text"
        case .text: "text"
        case .bool: "boolean"
        case .timestamp: "timestamp with time zone"
        case .date: "date"
        case .decimal(let p, let s): "numeric(\(p),\(s))"
        case .double: "double precision"
        case .json: "jsonb"
        case .bytes: "bytea"
        case .enumeration(let name): Names.snake(name)
        }
    }

    static func defaultExpression(_ attribute: Attribute) -> String? {
        switch attribute.defaultValue {
        case nil, .identity?: return nil
        case .now?: return attribute.type == .date ? "CURRENT_DATE" : "now()"
        case .randomUUID?: return "gen_random_uuid()"
        case .literal(let text)?:
            switch attribute.type {
            case .bool, .int, .bigint, .double, .decimal: return text
            case .enumeration(let name): return Names.sqlLiteral(text) + "::" + Names.sql(Names.snake(name))
            default: return Names.sqlLiteral(text)
            }
        }
    }

    static func onDeleteSQL(_ rule: OnDelete) -> String {
        switch rule {
        case .cascade: "CASCADE"
        case .restrict: "RESTRICT"
        case .setNull: "SET NULL"
        case .noAction: "NO ACTION"
        }
    }

    /// Stable topological order: declaration order, except that referenced tables come first.
    static func dependencyOrder(_ tables: [Table]) -> [Table] {
        var ordered: [Table] = []
        var placed: Set<String> = []
        var visiting: Set<String> = []
        let byName = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func visit(_ table: Table) {
            guard !placed.contains(table.name), !visiting.contains(table.name) else { return }
            visiting.insert(table.name)
            for key in table.foreignKeys where key.referencedTable != table.name {
                if let target = byName[key.referencedTable] { visit(target) }
            }
            visiting.remove(table.name)
            placed.insert(table.name)
            ordered.append(table)
        }
        tables.forEach(visit)
        return ordered
    }
}

/// The type a bind parameter is cast to in generated SQL (`$1::integer`): the column type without
/// a length or scale, since an explicit cast to `varchar(20)` would truncate silently and one to
/// `numeric(10,2)` would round.
func castType(_ type: FieldType) -> String {
    switch type {
    case .string: "text"
    case .decimal: "numeric"
    case .enumeration(let name): Names.sql(Names.snake(name))
    default: SchemaBuilder.sqlType(type)
    }
}
