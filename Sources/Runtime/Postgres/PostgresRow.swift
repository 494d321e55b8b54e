/// One result row. Decoding is by column index, in the order of the SELECT list, which
/// generated code knows statically. Values are read straight from libpq's result memory.
public struct PostgresRow: Sendable {
    let storage: LibPQRows
    let index: Int

    init(storage: LibPQRows, index: Int) {
        self.storage = storage
        self.index = index
    }

    public var columnCount: Int { storage.columnCount }

    /// The non-NULL value of `column` as `T`; NULL or bad text throws `PostgresDecodingError`.
    public func decode<T: PostgresDecodable>(_ column: Int, as type: T.Type = T.self) throws -> T {
        try decodeValue(column, as: type)
    }

    /// The value of `column` as `T`, nil when NULL.
    public func decodeOptional<T: PostgresDecodable>(_ column: Int, as type: T.Type = T.self) throws -> T? {
        try decodeOptionalValue(column, as: type)
    }

    /// The implementation of `decode`, under a name the concrete overloads in
    /// PostgresRow+HotTypes.swift can call without calling themselves.
    func decodeValue<T: PostgresDecodable>(_ column: Int, as type: T.Type) throws -> T {
        try checkColumn(column, T.self)
        return try storage.withValue(row: index, column: column) { bytes throws(PostgresDecodingError) in
            guard let bytes else {
                throw PostgresDecodingError(.unexpectedNull, type: "\(T.self)", column: column, columnName: storage.columnName(column))
            }
            return try located(column) { () throws(PostgresDecodingError) in try T(postgresBytes: bytes) }
        }
    }

    func decodeOptionalValue<T: PostgresDecodable>(_ column: Int, as type: T.Type) throws -> T? {
        try checkColumn(column, T.self)
        return try storage.withValue(row: index, column: column) { bytes throws(PostgresDecodingError) in
            guard let bytes else { return nil }
            return try located(column) { () throws(PostgresDecodingError) in try T(postgresBytes: bytes) }
        }
    }

    /// Whether `column` is SQL NULL (false for a column that does not exist).
    public func isNull(_ column: Int) -> Bool {
        column >= 0 && column < storage.columnCount && storage.withValue(row: index, column: column) { $0 == nil }
    }

    /// The value's text, nil for NULL (for logs and debugging).
    public func text(_ column: Int) -> String? {
        guard column >= 0, column < storage.columnCount else { return nil }
        return storage.withValue(row: index, column: column) { $0.map { String(decoding: $0, as: UTF8.self) } }
    }

    private func checkColumn<T>(_ column: Int, _ type: T.Type) throws(PostgresDecodingError) {
        guard column >= 0, column < storage.columnCount else {
            throw PostgresDecodingError(.missingColumn, type: "\(T.self)", column: column)
        }
    }

    /// Adds the column's position and name to a decoding error.
    private func located<R>(_ column: Int, _ body: () throws(PostgresDecodingError) -> R) throws(PostgresDecodingError) -> R {
        do {
            return try body()
        } catch {
            var located = error
            located.column = column
            located.columnName = storage.columnName(column)
            throw located
        }
    }
}
