/// The rows a statement returned and the count its command tag reported (rows inserted, updated,
/// deleted or selected).
public struct PostgresResult: Sendable {
    /// The rows, made on access: what generated code iterates (no array per result).
    public let lazyRows: PostgresRows
    public var rowsAffected: Int

    init(_ result: LibPQResult) {
        rowsAffected = result.rowsAffected
        lazyRows = PostgresRows(storage: result.rows)
    }

    /// The rows as an array.
    public var rows: [PostgresRow] { Array(lazyRows) }

    /// The first row, if any: for `… WHERE id = $1` lookups.
    public var first: PostgresRow? { lazyRows.first }

    /// Column names in SELECT-list order.
    public var columns: [String] {
        guard let storage = lazyRows.storage else { return [] }
        return (0..<storage.columnCount).map { storage.columnName($0) ?? "" }
    }
}

/// The rows of a result, in order, each made on access from libpq's result memory (a page of 50
/// rows costs no array of its own).
public struct PostgresRows: RandomAccessCollection, Sendable {
    let storage: LibPQRows?

    init(storage: LibPQRows?) {
        self.storage = storage
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage?.rowCount ?? 0 }

    public subscript(position: Int) -> PostgresRow {
        guard let storage, indices.contains(position) else { preconditionFailure("row \(position) of \(count)") }
        return PostgresRow(storage: storage, index: position)
    }
}
