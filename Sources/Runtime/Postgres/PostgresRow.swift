/// One result row: the text of each column, nil for NULL. Decoding is by column index, in the
/// order of the SELECT list, which generated code knows statically.
public struct PostgresRow: Sendable {
    /// Column text values; nil is SQL NULL.
    public let values: [String?]
    /// Shared by every row of a result.
    let columns: PostgresColumns

    init(values: [String?], columns: PostgresColumns) {
        self.values = values
        self.columns = columns
    }

    /// The non-NULL value of `column` as `T`; NULL or bad text throws `PostgresDecodingError`.
    public func decode<T: PostgresDecodable>(_ column: Int, as type: T.Type = T.self) throws -> T {
        guard let value = try decodeOptional(column, as: type) else {
            throw PostgresDecodingError(.unexpectedNull, type: "\(T.self)", column: column, columnName: columns.name(column))
        }
        return value
    }

    /// The value of `column` as `T`, nil when NULL.
    public func decodeOptional<T: PostgresDecodable>(_ column: Int, as type: T.Type = T.self) throws -> T? {
        guard values.indices.contains(column) else {
            throw PostgresDecodingError(.missingColumn, type: "\(T.self)", column: column)
        }
        guard let text = values[column] else { return nil }
        do {
            return try T(postgresText: text)
        } catch {
            var located = error
            located.column = column
            located.columnName = columns.name(column)
            throw located
        }
    }

    /// Whether `column` is SQL NULL (false for a column that does not exist).
    public func isNull(_ column: Int) -> Bool {
        values.indices.contains(column) && values[column] == nil
    }
}

/// Column names of a result, for error messages.
final class PostgresColumns: Sendable {
    let names: [String]

    init(_ names: [String]) {
        self.names = names
    }

    func name(_ column: Int) -> String? {
        names.indices.contains(column) ? names[column] : nil
    }
}
