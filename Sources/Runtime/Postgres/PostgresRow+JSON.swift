import Foundation
import RuntimeCore

/// Columns written as JSON straight from the row's text, for responses that carry many rows
/// (`ModelRows`, docs/decisions/0007-list-responses-from-row-text.md).
///
/// The bytes are exactly those of decoding the column and writing the value
/// (`writer.uuid(try row.decode(1))` and so on), minus the value in between: text in the form
/// PostgreSQL prints it (lower-case UUIDs, UTC timestamps in DateStyle ISO, ASCII text) is
/// copied or rearranged; anything else takes the decoding path, so a NULL in a non-optional
/// column or unexpected text throws the same `PostgresDecodingError` the decoding path throws.
/// Integers and booleans are parsed as decoding parses them, without its generic machinery.
extension PostgresRow {
    public func writeJSON(_ column: Int, as type: String.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: false, to: &writer, copy: Self.copyASCIIText) { $1.string($0) }
    }

    public func writeJSONOrNull(_ column: Int, as type: String.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: true, to: &writer, copy: Self.copyASCIIText) { $1.string($0) }
    }

    public func writeJSON(_ column: Int, as type: UUID.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: false, to: &writer, copy: Self.copyCanonicalUUID) { $1.uuid($0) }
    }

    public func writeJSONOrNull(_ column: Int, as type: UUID.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: true, to: &writer, copy: Self.copyCanonicalUUID) { $1.uuid($0) }
    }

    public func writeJSON(_ column: Int, as type: Timestamp.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: false, to: &writer, copy: Self.rearrangeUTCTimestamp) { $1.timestamp($0) }
    }

    public func writeJSONOrNull(_ column: Int, as type: Timestamp.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: true, to: &writer, copy: Self.rearrangeUTCTimestamp) { $1.timestamp($0) }
    }

    public func writeJSON(_ column: Int, as type: Bool.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: false, to: &writer, copy: Self.copyBoolText) { $1.bool($0) }
    }

    public func writeJSONOrNull(_ column: Int, as type: Bool.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: true, to: &writer, copy: Self.copyBoolText) { $1.bool($0) }
    }

    public func writeJSON(_ column: Int, as type: Int16.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: false, to: &writer, copy: Self.copyInt16Text) { $1.int($0) }
    }

    public func writeJSONOrNull(_ column: Int, as type: Int16.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: true, to: &writer, copy: Self.copyInt16Text) { $1.int($0) }
    }

    public func writeJSON(_ column: Int, as type: Int32.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: false, to: &writer, copy: Self.copyInt32Text) { $1.int($0) }
    }

    public func writeJSONOrNull(_ column: Int, as type: Int32.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: true, to: &writer, copy: Self.copyInt32Text) { $1.int($0) }
    }

    public func writeJSON(_ column: Int, as type: Int64.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: false, to: &writer, copy: Self.copyInt64Text) { $1.int($0) }
    }

    public func writeJSONOrNull(_ column: Int, as type: Int64.Type, to writer: inout JSONWriter) throws {
        try write(column, as: type, nullable: true, to: &writer, copy: Self.copyInt64Text) { $1.int($0) }
    }

    /// The copy when `copy` accepts the text, `null` for a NULL in a nullable column, and
    /// otherwise the decoding path (which also throws what decoding throws).
    private func write<T: PostgresDecodable>(
        _ column: Int, as type: T.Type, nullable: Bool, to writer: inout JSONWriter,
        copy: (UnsafeRawBufferPointer, inout JSONWriter) -> Bool, value: (T, inout JSONWriter) -> Void
    ) throws {
        if column >= 0, column < storage.columnCount {
            let done = storage.withValue(row: index, column: column) { bytes in
                guard let bytes else {
                    if nullable { writer.null() }
                    return nullable
                }
                return copy(bytes, &writer)
            }
            if done { return }
        }
        if nullable {
            if let decoded = try decodeOptionalValue(column, as: type) { value(decoded, &writer) } else { writer.null() }
        } else {
            value(try decodeValue(column, as: type), &writer)
        }
    }

    /// `t` / `f`, the server's boolean output.
    private static func copyBoolText(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter) -> Bool {
        guard bytes.count == 1 else { return false }
        switch bytes[0] {
        case UInt8(ascii: "t"): writer.bool(true)
        case UInt8(ascii: "f"): writer.bool(false)
        default: return false
        }
        return true
    }

    private static func copyInt16Text(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter) -> Bool {
        copyIntegerText(bytes, &writer, as: Int16.self)
    }

    private static func copyInt32Text(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter) -> Bool {
        copyIntegerText(bytes, &writer, as: Int32.self)
    }

    private static func copyInt64Text(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter) -> Bool {
        copyIntegerText(bytes, &writer, as: Int64.self)
    }

    /// Integer text parsed as decoding parses it (in range for `T`) and written as a number.
    private static func copyIntegerText<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter, as type: T.Type)
        -> Bool
    {
        guard let value = PostgresTextParsing.integer(bytes), let narrowed = T(exactly: value) else { return false }
        writer.int(narrowed)
        return true
    }

    /// ASCII text needs no UTF-8 validation; other text builds a `String` as decoding does
    /// (which repairs invalid sequences the same way).
    private static func copyASCIIText(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter) -> Bool {
        let utf8 = bytes.assumingMemoryBound(to: UInt8.self)
        guard isASCII(utf8) else { return false }
        writer.string(validUTF8: utf8)
        return true
    }

    static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(utf8)
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < raw.count {
            high |= UInt64(raw[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// `uuid` output is always 8-4-4-4-12 lower-case hex, which is what `JSONWriter.uuid` writes.
    private static func copyCanonicalUUID(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter) -> Bool {
        guard bytes.count == 36, bytes[8] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: "-"), bytes[18] == UInt8(ascii: "-"),
            bytes[23] == UInt8(ascii: "-")
        else { return false }
        for position in 0..<36 where position != 8 && position != 13 && position != 18 && position != 23 {
            let byte = bytes[position]
            // 0-9 or a-f (upper case would not be what `JSONWriter.uuid` writes).
            guard byte &- UInt8(ascii: "0") < 10 || byte &- UInt8(ascii: "a") < 6 else { return false }
        }
        writer.formatted { out in
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
        }
        return true
    }

    /// Timestamp text in UTC (`YYYY-MM-DD HH:MM:SS[.f]+00`; the runtime's sessions are UTC)
    /// becomes `"YYYY-MM-DDTHH:MM:SS.ffffffZ"` by moving bytes: the same instant, digit for digit,
    /// that `Timestamp.appendRFC3339` prints after parsing the same text. Other offsets, BC dates
    /// and five-digit years take the decoding path.
    private static func rearrangeUTCTimestamp(_ bytes: UnsafeRawBufferPointer, _ writer: inout JSONWriter) -> Bool {
        guard let fields = PostgresTextParsing.timestampFields(bytes), fields.offsetSeconds == 0 else { return false }
        let fractionDigits = fields.fractionDigits
        writer.formatted { out in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 29) { text in
                text[0] = UInt8(ascii: "\"")
                for position in 0..<19 { text[position + 1] = bytes[position] }
                text[11] = UInt8(ascii: "T")
                text[20] = UInt8(ascii: ".")
                for position in 0..<6 {
                    text[21 + position] = position < fractionDigits ? bytes[20 + position] : UInt8(ascii: "0")
                }
                text[27] = UInt8(ascii: "Z")
                text[28] = UInt8(ascii: "\"")
                out.append(contentsOf: UnsafeBufferPointer(text))
            }
        }
        return true
    }
}
