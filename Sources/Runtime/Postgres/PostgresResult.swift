/// The rows a statement returned and the count its command tag reported (rows inserted, updated,
/// deleted or selected).
public struct PostgresResult: Sendable {
    public var rows: [PostgresRow]
    public var rowsAffected: Int
    /// Column names in SELECT-list order.
    public var columns: [String]

    public init(rows: [PostgresRow], rowsAffected: Int, columns: [String]) {
        self.rows = rows
        self.rowsAffected = rowsAffected
        self.columns = columns
    }

    init(_ result: LibPQResult) {
        let columns = PostgresColumns(result.columns)
        rows = result.rows.map { PostgresRow(values: $0, columns: columns) }
        rowsAffected = result.rowsAffected
        self.columns = result.columns
    }

    /// The first row, if any: for `… WHERE id = $1` lookups.
    public var first: PostgresRow? { rows.first }
}
