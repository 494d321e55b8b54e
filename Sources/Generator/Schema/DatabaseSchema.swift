/// The database as the spec describes it, in the terms of PostgreSQL: what the migration
/// emitter renders and what the snapshot records, so that two versions can be diffed.
/// Codable because the snapshot checked in next to the migrations is this value as JSON.
public struct DatabaseSchema: Codable, Sendable, Equatable {
    public var enums: [EnumType] = []
    /// In dependency order: a table comes after every table it references.
    public var tables: [Table] = []

    public init(enums: [EnumType] = [], tables: [Table] = []) {
        self.enums = enums
        self.tables = tables
    }

    public func table(_ name: String) -> Table? {
        tables.first { $0.name == name }
    }
}

public struct EnumType: Codable, Sendable, Equatable {
    public var name: String
    public var values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

public struct Table: Codable, Sendable, Equatable {
    public var name: String
    public var columns: [Column]
    public var primaryKey: [String]
    public var uniques: [UniqueConstraint]
    public var foreignKeys: [ForeignKey]
    public var indexes: [Index]

    public func column(_ name: String) -> Column? {
        columns.first { $0.name == name }
    }

    public init(
        name: String, columns: [Column], primaryKey: [String], uniques: [UniqueConstraint], foreignKeys: [ForeignKey], indexes: [Index]
    ) {
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.uniques = uniques
        self.foreignKeys = foreignKeys
        self.indexes = indexes
    }
}

public struct Column: Codable, Sendable, Equatable {
    public var name: String
    /// The PostgreSQL type as `format_type` prints it (`character varying(200)`, `numeric(10,2)`).
    public var type: String
    public var nullable: Bool
    /// A SQL expression, or nil.
    public var defaultExpression: String?
    public var identity: Bool
    /// The spec's previous name for this column, when it was renamed (used by the migration
    /// planner; the drift check ignores it).
    public var renamedFrom: String?

    public init(name: String, type: String, nullable: Bool, defaultExpression: String?, identity: Bool, renamedFrom: String?) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.defaultExpression = defaultExpression
        self.identity = identity
        self.renamedFrom = renamedFrom
    }
}

public struct UniqueConstraint: Codable, Sendable, Equatable {
    public var name: String
    public var columns: [String]

    public init(name: String, columns: [String]) {
        self.name = name
        self.columns = columns
    }
}

public struct ForeignKey: Codable, Sendable, Equatable {
    public var name: String
    public var columns: [String]
    public var referencedTable: String
    public var referencedColumns: [String]
    /// `CASCADE`, `RESTRICT`, `SET NULL` or `NO ACTION`.
    public var onDelete: String

    public init(name: String, columns: [String], referencedTable: String, referencedColumns: [String], onDelete: String) {
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
    }
}

public struct Index: Codable, Sendable, Equatable {
    public var name: String
    public var columns: [String]
    public var unique: Bool

    public init(name: String, columns: [String], unique: Bool) {
        self.name = name
        self.columns = columns
        self.unique = unique
    }
}
