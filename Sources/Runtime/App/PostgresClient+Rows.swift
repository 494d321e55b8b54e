/// A model that reads itself from a result row, columns in its declared order.
public protocol PostgresRowDecodable: Sendable {
    init(row: PostgresRow) throws
}

/// Where generated stores send their statements: the pool, or one transaction (so hand-written
/// code can run several store calls atomically: `database.transaction { TaskStore($0) … }`).
public protocol PostgresQuerying: Sendable {
    func query(_ statement: PreparedStatement, _ binds: PostgresBindings) async throws -> PostgresResult

    /// Runs `body` in a transaction: a new one on the pool, or the current one inside a
    /// transaction (declared endpoints with several statements, called from either).
    func atomically<T: Sendable>(_ body: @Sendable (any PostgresQuerying) async throws -> T) async throws -> T
}

extension PostgresClient: PostgresQuerying {
    public func atomically<T: Sendable>(_ body: @Sendable (any PostgresQuerying) async throws -> T) async throws -> T {
        try await transaction { transaction in try await body(transaction) }
    }
}

extension PostgresTransaction: PostgresQuerying {
    public func atomically<T: Sendable>(_ body: @Sendable (any PostgresQuerying) async throws -> T) async throws -> T {
        try await body(self)
    }
}

/// Thrown inside `atomicallyOne` to roll back; never escapes it.
private struct NoRowRollback: Error {}

/// The shapes of result that generated stores need, each one line at the call site.
/// The result helpers (`one` … `page`) run on their caller's executor
/// (`nonisolated(nonsending)`), as the store methods that call them do, so a store method needs
/// no executor switch after the call returns: that switch and its error path were about a fifth
/// of each store method's code (docs/decisions/0017).
extension PostgresQuerying {
    /// Like `atomically`, for statements whose last one answers a row: when `body` finds none,
    /// the transaction is rolled back (a declared endpoint's 404 changes nothing) and nil returned.
    public func atomicallyOne<T: Sendable>(_ body: @Sendable (any PostgresQuerying) async throws -> T?) async throws -> T? {
        do {
            return try await atomically { database in
                guard let row = try await body(database) else { throw NoRowRollback() }
                return row
            }
        } catch is NoRowRollback {
            return nil
        }
    }

    /// The first row as `T`, or nil when there is none.
    public nonisolated(nonsending) func one<T: PostgresRowDecodable>(
        _ statement: PreparedStatement, _ binds: PostgresBindings, as type: T.Type
    ) async throws -> T? {
        try await query(statement, binds).first.map(T.init(row:))
    }

    /// Every row as `T`.
    public nonisolated(nonsending) func all<T: PostgresRowDecodable>(
        _ statement: PreparedStatement, _ binds: PostgresBindings, as type: T.Type
    ) async throws -> [T] {
        try await query(statement, binds).lazyRows.map(T.init(row:))
    }

    /// Every row, decoded when used (a list response writes them as JSON from their text).
    public nonisolated(nonsending) func rows<T: PostgresRowJSONWritable>(
        _ statement: PreparedStatement, _ binds: PostgresBindings, as type: T.Type
    ) async throws
        -> ModelRows<T>
    {
        ModelRows(try await query(statement, binds).lazyRows)
    }

    /// The row an `INSERT … RETURNING` produced; its absence is a server fault.
    public nonisolated(nonsending) func inserted<T: PostgresRowDecodable>(
        _ statement: PreparedStatement, _ binds: PostgresBindings, as type: T.Type
    ) async throws
        -> T
    {
        guard let row = try await query(statement, binds).first else {
            throw PostgresError(kind: .other, message: "\(statement.name) returned no row")
        }
        return try T(row: row)
    }

    /// Whether the statement returned any row.
    public nonisolated(nonsending) func exists(_ statement: PreparedStatement, _ binds: PostgresBindings) async throws -> Bool {
        try await !query(statement, binds).lazyRows.isEmpty
    }

    /// How many rows the statement changed.
    public nonisolated(nonsending) func affected(_ statement: PreparedStatement, _ binds: PostgresBindings) async throws -> Int {
        try await query(statement, binds).rowsAffected
    }

    /// The first column of the first row as text; nil when there is no row or it is NULL.
    public nonisolated(nonsending) func text(_ statement: PreparedStatement, _ binds: PostgresBindings) async throws -> String? {
        try await query(statement, binds).first?.text(0)
    }

    /// The single `count(*)` value of the statement.
    public nonisolated(nonsending) func count(_ statement: PreparedStatement, _ binds: PostgresBindings) async throws -> Int {
        guard let row = try await query(statement, binds).first else { return 0 }
        return Int(try row.decode(0, as: Int64.self))
    }

    /// Rows as `T` plus the `count(*) OVER ()` value each row carries in its last column (the
    /// statement selects `T`'s columns, then the count). The rows are decoded when used: a list
    /// response writes them as JSON straight from their text.
    public nonisolated(nonsending) func page<T: PostgresRowJSONWritable>(
        _ statement: PreparedStatement, _ binds: PostgresBindings, as type: T.Type
    ) async throws
        -> (items: ModelRows<T>, total: Int)
    {
        let rows = try await query(statement, binds).lazyRows
        let total = try rows.first.map { Int(try $0.decode($0.columnCount - 1, as: Int64.self)) } ?? 0
        return (ModelRows(rows), total)
    }
}
