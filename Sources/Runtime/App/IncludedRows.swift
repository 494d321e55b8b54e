/// The rows of one related model a client asked to embed (`?include=tags`, docs/spec.md §6.4),
/// fetched for a whole page in one statement: each row's columns are the related model's, and
/// its last column is the key of the row it belongs to. One statement per relation, whatever
/// the page size, so an included list costs no query per row.
public struct IncludedRows: Sendable {
    /// The member the rows are written under (`"tags"`).
    let name: String
    let rows: PostgresRows
    let writeRow: @Sendable (PostgresRow, inout JSONWriter) throws -> Void

    public init<Model: PostgresRowJSONWritable>(_ name: String, _ rows: ModelRows<Model>) {
        self.name = name
        self.rows = rows.rows
        self.writeRow = { row, writer in try Model.writeJSON(row: row, to: &writer) }
    }

    /// The indices of the rows of each parent key (the key as Postgres wrote it), in order.
    func byParent() -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for index in rows.indices {
            let row = rows[index]
            guard let key = row.text(row.columnCount - 1) else { continue }
            groups[key, default: []].append(index)
        }
        return groups
    }

    /// Writes the member: the rows at `indices` (all rows when nil) as a JSON array.
    func write(_ indices: [Int]?, to writer: inout JSONWriter) throws {
        writer.key(name)
        writer.beginArray()
        if let indices {
            for index in indices { try writeRow(rows[index], &writer) }
        } else {
            for row in rows { try writeRow(row, &writer) }
        }
        writer.endArray()
    }
}

extension Response {
    /// One row with the related rows it asked for as extra members (every included row belongs
    /// to it).
    public static func json(_ status: Int, _ value: some JSONWritable, including: [IncludedRows]) throws -> Response {
        var writer = JSONWriter()
        value.writeJSON(to: &writer)
        if !including.isEmpty {
            writer.reopenObject()
            for relation in including { try relation.write(nil, to: &writer) }
            writer.endObject()
        }
        return json(status, writer.bytes)
    }

    /// A page of rows, each with the related rows whose parent key equals the text of its
    /// `keyColumn` (an empty array when it has none).
    public static func json<Model>(
        _ status: Int, _ rows: ModelRows<Model>, keyColumn: Int, including: [IncludedRows], headers: HTTPHeaders = HTTPHeaders()
    ) throws -> Response {
        guard !including.isEmpty else { return try json(status, rows, headers: headers) }
        let groups = including.map { $0.byParent() }
        var writer = JSONWriter(capacity: 512 * max(rows.count, 1))
        writer.beginArray()
        for row in rows.rows {
            try Model.writeJSON(row: row, to: &writer)
            writer.reopenObject()
            let key = row.text(keyColumn) ?? ""
            for (relation, group) in zip(including, groups) { try relation.write(group[key] ?? [], to: &writer) }
            writer.endObject()
        }
        writer.endArray()
        return json(status, writer.bytes, headers: headers)
    }
}

extension ModelRows {
    /// The values of one column of every row (the keys of a page, to fetch what it includes).
    public func column<T: PostgresDecodable>(_ column: Int, as type: T.Type = T.self) throws -> [T] {
        try rows.map { try $0.decode(column, as: type) }
    }
}
