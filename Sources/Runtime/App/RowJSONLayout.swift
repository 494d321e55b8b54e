/// How a list writes a model's row as JSON, as a table: for each member of the object its key,
/// its column and the form of its value. The bytes are those `try Model(row: row).writeJSON(to:)`
/// writes (docs/decisions/0007-list-responses-from-row-text.md), made from the row's text
/// without building the model.
///
/// A table per model instead of a generated function per model: the same work, with one copy of
/// the code in the runtime rather than one in every model's object file (decision 0017).
public struct RowJSONLayout: Sendable {
    /// A member of the object, or a column that is only checked.
    public struct Member: Sendable {
        /// nil: a server-only field, never written, but decoded so that a row `init(row:)`
        /// rejects is rejected here too.
        let key: JSONKey?
        let column: Int
        let optional: Bool
        let value: RowJSONValue

        /// `"name": value`, read from `column` (the index in the SELECT list); an `optional`
        /// column writes `null` for NULL, any other column throws on NULL as decoding does.
        public static func member(_ name: String, _ column: Int, _ value: RowJSONValue, optional: Bool = false) -> Member {
            Member(key: JSONKey(name), column: column, optional: optional, value: value)
        }

        /// A column decoded and dropped: a server-only field.
        public static func checked(_ column: Int, _ value: RowJSONValue, optional: Bool = false) -> Member {
            Member(key: nil, column: column, optional: optional, value: value)
        }
    }

    let checked: [Member]
    let shown: [(key: JSONKey, member: Member)]

    public init(_ members: [Member]) {
        checked = members.filter { $0.key == nil }
        shown = members.compactMap { member in member.key.map { ($0, member) } }
    }

    /// Writes `row` as one JSON object; throws what decoding the row would throw.
    public func write(_ row: PostgresRow, to writer: inout JSONWriter) throws {
        for member in checked {
            try member.value.check(row, member.column, member.optional)
        }
        writer.beginObject()
        for (key, member) in shown {
            writer.key(key)
            try member.value.write(row, member.column, member.optional, &writer)
        }
        writer.endObject()
    }
}

/// A model whose list JSON a `RowJSONLayout` describes: `writeJSON(row:to:)` comes with it.
public protocol PostgresRowJSONLayout: PostgresRowJSONWritable {
    static var rowJSON: RowJSONLayout { get }
}

extension PostgresRowJSONLayout {
    public static func writeJSON(row: PostgresRow, to writer: inout JSONWriter) throws {
        try rowJSON.write(row, to: &writer)
    }
}

/// How one column's text becomes a JSON value (`write`), and how a column that is not written is
/// still checked (`check`). The third argument says whether the column may be NULL.
public struct RowJSONValue: Sendable {
    let write: @Sendable (PostgresRow, Int, Bool, inout JSONWriter) throws -> Void
    let check: @Sendable (PostgresRow, Int, Bool) throws -> Void
}

extension RowJSONValue {
    // Types whose text PostgresRow copies as JSON (PostgresRow+JSON.swift).
    public static let string = RowJSONValue(
        write: { row, column, optional, writer in
            if optional {
                try row.writeJSONOrNull(column, as: String.self, to: &writer)
            } else {
                try row.writeJSON(column, as: String.self, to: &writer)
            }
        }, check: checking(String.self))
    public static let uuid = RowJSONValue(
        write: { row, column, optional, writer in
            if optional {
                try row.writeJSONOrNull(column, as: UUID.self, to: &writer)
            } else {
                try row.writeJSON(column, as: UUID.self, to: &writer)
            }
        }, check: checking(UUID.self))
    public static let timestamp = RowJSONValue(
        write: { row, column, optional, writer in
            if optional {
                try row.writeJSONOrNull(column, as: Timestamp.self, to: &writer)
            } else {
                try row.writeJSON(column, as: Timestamp.self, to: &writer)
            }
        }, check: checking(Timestamp.self))
    public static let bool = RowJSONValue(
        write: { row, column, optional, writer in
            if optional {
                try row.writeJSONOrNull(column, as: Bool.self, to: &writer)
            } else {
                try row.writeJSON(column, as: Bool.self, to: &writer)
            }
        }, check: checking(Bool.self))
    public static let int32 = RowJSONValue(
        write: { row, column, optional, writer in
            if optional {
                try row.writeJSONOrNull(column, as: Int32.self, to: &writer)
            } else {
                try row.writeJSON(column, as: Int32.self, to: &writer)
            }
        }, check: checking(Int32.self))
    public static let int64 = RowJSONValue(
        write: { row, column, optional, writer in
            if optional {
                try row.writeJSONOrNull(column, as: Int64.self, to: &writer)
            } else {
                try row.writeJSON(column, as: Int64.self, to: &writer)
            }
        }, check: checking(Int64.self))

    // Types that are decoded and written.
    public static let date = decoded(CalendarDate.self) { $1.date($0) }
    public static let decimal = decoded(DecimalValue.self) { $1.decimal($0) }
    public static let double = decoded(Double.self) { $1.double($0) }
    public static let json = decoded(JSONText.self) { $1.json($0) }
    public static let bytes = decoded([UInt8].self) { $1.base64($0) }

    /// An enumeration's raw value; a label that is not one of its cases throws as decoding does.
    public static func enumeration<T: PostgresEnum>(_ type: T.Type) -> RowJSONValue {
        decoded(T.self) { $1.string($0.rawValue) }
    }

    private static func decoded<T: PostgresDecodable>(_ type: T.Type, _ write: @escaping @Sendable (T, inout JSONWriter) -> Void)
        -> RowJSONValue
    {
        RowJSONValue(
            write: { row, column, optional, writer in
                if !optional {
                    write(try row.decode(column, as: T.self), &writer)
                } else if let value = try row.decodeOptional(column, as: T.self) {
                    write(value, &writer)
                } else {
                    writer.null()
                }
            }, check: checking(T.self))
    }

    private static func checking<T: PostgresDecodable>(_ type: T.Type) -> @Sendable (PostgresRow, Int, Bool) throws -> Void {
        { row, column, optional in
            if optional {
                _ = try row.decodeOptional(column, as: T.self)
            } else {
                _ = try row.decode(column, as: T.self)
            }
        }
    }
}
