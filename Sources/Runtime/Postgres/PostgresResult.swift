/// The rows a statement returned and the count its command tag reported (rows inserted, updated,
/// deleted or selected).
public struct PostgresResult: Sendable {
    public var rows: [PostgresRow]
    public var rowsAffected: Int

    init(_ result: LibPQResult) {
        rowsAffected = result.rowsAffected
        guard let storage = result.rows else {
            rows = []
            return
        }
        rows = (0..<storage.rowCount).map { PostgresRow(storage: storage, index: $0) }
    }

    /// The first row, if any: for `… WHERE id = $1` lookups.
    public var first: PostgresRow? { rows.first }

    /// Column names in SELECT-list order.
    public var columns: [String] {
        guard let storage = rows.first?.storage else { return [] }
        return (0..<storage.columnCount).map { storage.columnName($0) ?? "" }
    }
}
