/// A model whose JSON can be written straight from its result row: `writeJSON(row:to:)` writes
/// the bytes `try Self(row: row).writeJSON(to:)` writes (docs/decisions/0007). Generated models
/// and views get it from the table of `PostgresRowJSONLayout` (decision 0017).
public protocol PostgresRowJSONWritable: PostgresRowDecodable, JSONWritable {
    static func writeJSON(row: PostgresRow, to writer: inout JSONWriter) throws
}

/// The rows of a result, as `Model`s on demand. A list endpoint answers with these: its JSON is
/// written from the rows' text without building 50 models and their strings first, and code
/// that wants the models calls `decoded()`.
public struct ModelRows<Model: PostgresRowJSONWritable>: Sendable {
    let rows: PostgresRows

    public init(_ rows: PostgresRows) {
        self.rows = rows
    }

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// The text of `column` in the last row, as Postgres wrote it (a list's next cursor is made
    /// from the last row's sort value and key); nil when there is no row or the value is NULL.
    public func lastRowText(_ column: Int) -> String? {
        rows.last?.text(column)
    }

    /// The same rows as another type that reads the same columns: a resource's narrower view
    /// of its model (`fields.response`), written without copying the rows.
    public func viewed<View: PostgresRowJSONWritable>(as type: View.Type) -> ModelRows<View> {
        ModelRows<View>(rows)
    }

    /// Every row as a `Model`.
    public func decoded() throws -> [Model] {
        try rows.map(Model.init(row:))
    }

    /// The rows as a JSON array, each as `Model.writeJSON(to:)` would write it.
    public func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginArray()
        for row in rows { try Model.writeJSON(row: row, to: &writer) }
        writer.endArray()
    }
}

extension Response {
    /// A JSON response whose body is an array of rows as models; a row that does not decode
    /// throws, as decoding it would have.
    public static func json<Model>(_ status: Int, _ rows: ModelRows<Model>, headers: HTTPHeaders = HTTPHeaders()) throws -> Response {
        var writer = JSONWriter(capacity: 256 * max(rows.count, 1))
        try rows.writeJSON(to: &writer)
        return json(status, writer.bytes, headers: headers)
    }
}
