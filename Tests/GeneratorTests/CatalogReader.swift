import Foundation
import Generator
import RuntimePostgres

/// Reads the live schema of a database from `pg_catalog` into the generator's `DatabaseSchema`
/// terms, so the drift check can compare it with what the spec describes.
struct CatalogReader {
    let client: PostgresClient

    func read() async throws -> DatabaseSchema {
        var tables: [String: Table] = [:]
        var order: [String] = []
        for row in try await rows(Self.columnsSQL) {
            let table = try row.decode(0, as: String.self)
            if tables[table] == nil {
                tables[table] = Table(name: table, columns: [], primaryKey: [], uniques: [], foreignKeys: [], indexes: [])
                order.append(table)
            }
            tables[table]?.columns.append(
                Column(
                    name: try row.decode(1), type: try row.decode(2), nullable: try row.decode(3),
                    defaultExpression: try row.decodeOptional(4, as: String.self).map(Self.normalizedDefault),
                    identity: try row.decode(5), renamedFrom: nil
                ))
        }
        for row in try await rows(Self.constraintsSQL) {
            let table = try row.decode(0, as: String.self)
            let name = try row.decode(1, as: String.self)
            let kind = try row.decode(2, as: String.self)
            let columns = try row.decode(3, as: String.self).split(separator: ",").map(String.init)
            switch kind {
            case "p": tables[table]?.primaryKey = columns
            case "u": tables[table]?.uniques.append(UniqueConstraint(name: name, columns: columns))
            case "f":
                let rule =
                    switch try row.decode(6, as: String.self) {
                    case "c": "CASCADE"
                    case "r": "RESTRICT"
                    case "n": "SET NULL"
                    default: "NO ACTION"
                    }
                tables[table]?.foreignKeys.append(
                    ForeignKey(
                        name: name, columns: columns, referencedTable: try row.decode(4),
                        referencedColumns: try row.decode(5, as: String.self).split(separator: ",").map(String.init), onDelete: rule
                    ))
            default: break
            }
        }
        for row in try await rows(Self.indexesSQL) {
            let table = try row.decode(0, as: String.self)
            tables[table]?.indexes.append(
                Index(
                    name: try row.decode(1), columns: try row.decode(2, as: String.self).split(separator: ",").map(String.init),
                    unique: try row.decode(3)))
        }
        var enums: [String: [String]] = [:]
        var enumOrder: [String] = []
        for row in try await rows(Self.enumsSQL) {
            let name = try row.decode(0, as: String.self)
            if enums[name] == nil { enumOrder.append(name) }
            enums[name, default: []].append(try row.decode(1))
        }
        return DatabaseSchema(
            enums: enumOrder.map { EnumType(name: $0, values: enums[$0] ?? []) },
            tables: order.compactMap { tables[$0] }
        )
    }

    func rows(_ sql: String) async throws -> [PostgresRow] {
        try await client.query(PreparedStatement(name: "", sql: sql), PostgresBindings()).rows
    }

    /// Postgres prints defaults with casts and quoting of its own (`''::text`, `'red'::color`).
    static func normalizedDefault(_ text: String) -> String {
        var value = text
        for cast in ["::text", "::character varying", "::numeric"] where value.hasSuffix(cast) {
            value = String(value.dropLast(cast.count))
        }
        return value.replacingOccurrences(of: "\"", with: "")
    }

    /// Differences as readable lines; empty when the live schema matches `expected`.
    static func differences(expected: DatabaseSchema, live: DatabaseSchema) -> [String] {
        var lines: [String] = []
        let expectedEnums = Dictionary(expected.enums.map { ($0.name, $0.values) }, uniquingKeysWith: { a, _ in a })
        let liveEnums = Dictionary(live.enums.map { ($0.name, $0.values) }, uniquingKeysWith: { a, _ in a })
        if expectedEnums != liveEnums { lines.append("enums: spec \(expectedEnums) vs database \(liveEnums)") }
        for table in expected.tables {
            guard let actual = live.table(table.name) else {
                lines.append("table \(table.name): missing from the database")
                continue
            }
            for column in table.columns {
                guard let other = actual.column(column.name) else {
                    lines.append("\(table.name).\(column.name): missing from the database")
                    continue
                }
                let want =
                    "\(column.type) nullable=\(column.nullable) default=\(column.defaultExpression.map(normalizedDefault) ?? "none") identity=\(column.identity)"
                let have =
                    "\(other.type) nullable=\(other.nullable) default=\(other.defaultExpression ?? "none") identity=\(other.identity)"
                if want != have { lines.append("\(table.name).\(column.name): spec \(want) vs database \(have)") }
            }
            for column in actual.columns where table.column(column.name) == nil {
                lines.append("\(table.name).\(column.name): in the database but not in the spec")
            }
            if table.primaryKey != actual.primaryKey {
                lines.append("\(table.name) primary key: spec \(table.primaryKey) vs database \(actual.primaryKey)")
            }
            if Set(table.uniques.map { "\($0.name)\($0.columns)" }) != Set(actual.uniques.map { "\($0.name)\($0.columns)" }) {
                lines.append(
                    "\(table.name) unique constraints: spec \(table.uniques.map(\.name)) vs database \(actual.uniques.map(\.name))")
            }
            if Set(table.foreignKeys.map { "\($0)" }) != Set(actual.foreignKeys.map { "\($0)" }) {
                lines.append("\(table.name) foreign keys: spec \(table.foreignKeys) vs database \(actual.foreignKeys)")
            }
            if Set(table.indexes.map { "\($0)" }) != Set(actual.indexes.map { "\($0)" }) {
                lines.append("\(table.name) indexes: spec \(table.indexes) vs database \(actual.indexes)")
            }
        }
        for table in live.tables where expected.table(table.name) == nil {
            lines.append("table \(table.name): in the database but not in the spec")
        }
        return lines
    }

    static let columnsSQL = """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid), a.attidentity <> ''
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND c.relname <> 'schema_migrations'
        ORDER BY c.relname, a.attnum
        """

    static let constraintsSQL = """
        SELECT c.relname, k.conname, k.contype::text,
               (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
                  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n),
               coalesce(f.relname, ''),
               coalesce((SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
                  JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n), ''),
               k.confdeltype::text
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_class f ON f.oid = k.confrelid
        WHERE n.nspname = 'public' AND c.relname <> 'schema_migrations' AND k.contype IN ('p', 'u', 'f')
        ORDER BY c.relname, k.conname
        """

    static let indexesSQL = """
        SELECT t.relname, i.relname,
               (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, i)
                  JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n),
               x.indisunique
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> 'schema_migrations'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
        ORDER BY t.relname, i.relname
        """

    static let enumsSQL = """
        SELECT t.typname, e.enumlabel
        FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
        JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public'
        ORDER BY t.typname, e.enumsortorder
        """
}
