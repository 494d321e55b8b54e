/// How a list writes a model's row as JSON, as a table: for each member of the object its key,
/// its column and the form of its value. The bytes are those `try Model(row: row).writeJSON(to:)`
/// writes (docs/decisions/0007-list-responses-from-row-text.md), made from the row's text
/// without building the model.
///
/// A table per model instead of a generated function per model: the same work, with one copy of
/// the code in the runtime rather than one in every model's object file (decision 0017). The
/// loop that writes a row touches only plain values (no reference counting per cell): the keys
/// are encoded once into one buffer, and each member is a range of it, a column and a kind. A
/// class, so that reading a model's `rowJSON` for each row retains one reference, not four arrays.
public final class RowJSONLayout: Sendable {
    /// A member of the object, or a column that is only checked.
    public struct Member: Sendable {
        /// nil: a server-only field, never written, but decoded so that a row `init(row:)`
        /// rejects is rejected here too.
        let name: String?
        let column: Int
        let optional: Bool
        let value: RowJSONValue

        /// `"name": value`, read from `column` (the index in the SELECT list); an `optional`
        /// column writes `null` for NULL, any other column throws on NULL as decoding does.
        public static func member(_ name: String, _ column: Int, _ value: RowJSONValue, optional: Bool = false) -> Member {
            Member(name: name, column: column, optional: optional, value: value)
        }

        /// A column decoded and dropped: a server-only field.
        public static func checked(_ column: Int, _ value: RowJSONValue, optional: Bool = false) -> Member {
            Member(name: nil, column: column, optional: optional, value: value)
        }
    }

    /// A member as the write loop reads it: trivially copyable.
    struct Slot {
        var keys: Range<Int>
        var column: Int
        var optional: Bool
        var kind: RowJSONValue.Kind
    }

    /// Every shown member's key, quoted with its colon, one after the other.
    let keys: [UInt8]
    let shown: [Slot]
    let checked: [Slot]
    /// The decoders of `.decoded(index)` kinds (enumerations).
    let decoders: [RowJSONValue.Decoder]

    public init(_ members: [Member]) {
        var keys: [UInt8] = []
        var shown: [Slot] = []
        var checked: [Slot] = []
        var decoders: [RowJSONValue.Decoder] = []
        for member in members {
            let kind: RowJSONValue.Kind
            switch member.value.form {
            case .known(let known): kind = known
            case .decoder(let decoder):
                kind = .decoded(decoders.count)
                decoders.append(decoder)
            }
            guard let name = member.name else {
                checked.append(Slot(keys: 0..<0, column: member.column, optional: member.optional, kind: kind))
                continue
            }
            var writer = JSONWriter(capacity: name.utf8.count + 3)
            writer.key(name)
            shown.append(
                Slot(keys: keys.count..<keys.count + writer.bytes.count, column: member.column, optional: member.optional, kind: kind))
            keys += writer.bytes
        }
        self.keys = keys
        self.shown = shown
        self.checked = checked
        self.decoders = decoders
    }

    /// Writes `row` as one JSON object; throws what decoding the row would throw.
    public func write(_ row: PostgresRow, to writer: inout JSONWriter) throws {
        for slot in checked {
            try check(slot, row)
        }
        writer.beginObject()
        try keys.withUnsafeBufferPointer { keys in
            for slot in shown {
                writer.key(encoded: UnsafeBufferPointer(rebasing: keys[slot.keys]))
                try write(slot, row, &writer)
            }
        }
        writer.endObject()
    }

    private func write(_ slot: Slot, _ row: PostgresRow, _ writer: inout JSONWriter) throws {
        let column = slot.column
        switch (slot.kind, slot.optional) {
        case (.string, false): try row.writeJSON(column, as: String.self, to: &writer)
        case (.string, true): try row.writeJSONOrNull(column, as: String.self, to: &writer)
        case (.uuid, false): try row.writeJSON(column, as: UUID.self, to: &writer)
        case (.uuid, true): try row.writeJSONOrNull(column, as: UUID.self, to: &writer)
        case (.timestamp, false): try row.writeJSON(column, as: Timestamp.self, to: &writer)
        case (.timestamp, true): try row.writeJSONOrNull(column, as: Timestamp.self, to: &writer)
        case (.bool, false): try row.writeJSON(column, as: Bool.self, to: &writer)
        case (.bool, true): try row.writeJSONOrNull(column, as: Bool.self, to: &writer)
        case (.int32, false): try row.writeJSON(column, as: Int32.self, to: &writer)
        case (.int32, true): try row.writeJSONOrNull(column, as: Int32.self, to: &writer)
        case (.int64, false): try row.writeJSON(column, as: Int64.self, to: &writer)
        case (.int64, true): try row.writeJSONOrNull(column, as: Int64.self, to: &writer)
        case (.date, let optional): try Self.decode(row, column, optional, &writer, CalendarDate.self) { $1.date($0) }
        case (.decimal, let optional): try Self.decode(row, column, optional, &writer, DecimalValue.self) { $1.decimal($0) }
        case (.double, let optional): try Self.decode(row, column, optional, &writer, Double.self) { $1.double($0) }
        case (.json, let optional): try Self.decode(row, column, optional, &writer, JSONText.self) { $1.json($0) }
        case (.bytes, let optional): try Self.decode(row, column, optional, &writer, [UInt8].self) { $1.base64($0) }
        case (.decoded(let index), let optional): try decoders[index].write(row, column, optional, &writer)
        }
    }

    /// Decodes the column as `init(row:)` does, writing nothing.
    private func check(_ slot: Slot, _ row: PostgresRow) throws {
        let (column, optional) = (slot.column, slot.optional)
        switch slot.kind {
        case .string: try Self.check(row, column, optional, String.self)
        case .uuid: try Self.check(row, column, optional, UUID.self)
        case .timestamp: try Self.check(row, column, optional, Timestamp.self)
        case .bool: try Self.check(row, column, optional, Bool.self)
        case .int32: try Self.check(row, column, optional, Int32.self)
        case .int64: try Self.check(row, column, optional, Int64.self)
        case .date: try Self.check(row, column, optional, CalendarDate.self)
        case .decimal: try Self.check(row, column, optional, DecimalValue.self)
        case .double: try Self.check(row, column, optional, Double.self)
        case .json: try Self.check(row, column, optional, JSONText.self)
        case .bytes: try Self.check(row, column, optional, [UInt8].self)
        case .decoded(let index): try decoders[index].check(row, column, optional)
        }
    }

    static func check<T: PostgresDecodable>(_ row: PostgresRow, _ column: Int, _ optional: Bool, _ type: T.Type) throws {
        if optional {
            _ = try row.decodeOptional(column, as: T.self)
        } else {
            _ = try row.decode(column, as: T.self)
        }
    }

    /// The decoding path: the value written as `writeJSON(to:)` writes it, `null` for NULL in an
    /// optional column.
    static func decode<T: PostgresDecodable>(
        _ row: PostgresRow, _ column: Int, _ optional: Bool, _ writer: inout JSONWriter, _ type: T.Type,
        _ write: (T, inout JSONWriter) -> Void
    ) throws {
        if !optional {
            write(try row.decode(column, as: T.self), &writer)
        } else if let value = try row.decodeOptional(column, as: T.self) {
            write(value, &writer)
        } else {
            writer.null()
        }
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

/// How one column's text becomes a JSON value: copied from the row's text where PostgresRow can
/// (`string`, `uuid`, `timestamp`, `bool`, `int32`, `int64`), decoded and written otherwise.
public struct RowJSONValue: Sendable {
    enum Kind {
        case string, uuid, timestamp, bool, int32, int64
        case date, decimal, double, json, bytes
        /// `RowJSONLayout.decoders[index]`: a layout numbers the decoders of its members.
        case decoded(Int)
    }

    enum Form: Sendable {
        /// A type the runtime writes itself (never `.decoded`).
        case known(Kind)
        /// A type only the generated code knows (an enumeration).
        case decoder(Decoder)
    }

    /// The write and the check of a type the runtime does not know (an enumeration).
    struct Decoder: Sendable {
        let write: @Sendable (PostgresRow, Int, Bool, inout JSONWriter) throws -> Void
        let check: @Sendable (PostgresRow, Int, Bool) throws -> Void
    }

    let form: Form

    public static let string = RowJSONValue(form: .known(.string))
    public static let uuid = RowJSONValue(form: .known(.uuid))
    public static let timestamp = RowJSONValue(form: .known(.timestamp))
    public static let bool = RowJSONValue(form: .known(.bool))
    public static let int32 = RowJSONValue(form: .known(.int32))
    public static let int64 = RowJSONValue(form: .known(.int64))
    public static let date = RowJSONValue(form: .known(.date))
    public static let decimal = RowJSONValue(form: .known(.decimal))
    public static let double = RowJSONValue(form: .known(.double))
    public static let json = RowJSONValue(form: .known(.json))
    public static let bytes = RowJSONValue(form: .known(.bytes))

    /// An enumeration's raw value; a label that is not one of its cases throws as decoding does.
    public static func enumeration<T: PostgresEnum>(_ type: T.Type) -> RowJSONValue {
        let decoder = Decoder(
            write: { row, column, optional, writer in
                try RowJSONLayout.decode(row, column, optional, &writer, T.self) { $1.string($0.rawValue) }
            },
            check: { row, column, optional in try RowJSONLayout.check(row, column, optional, T.self) })
        return RowJSONValue(form: .decoder(decoder))
    }
}
