import Foundation
import RuntimeCore

/// A Swift value decoded from a column's text-format output.
public protocol PostgresDecodable: Sendable {
    init(postgresText: String) throws(PostgresDecodingError)
    /// The same from the raw UTF-8 bytes, valid only during the call. Rows are decoded through
    /// this; the default builds a `String`, and hot types (integers, UUID, timestamps) parse the
    /// bytes directly to save an allocation per value.
    init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError)
}

extension PostgresDecodable {
    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        try self.init(postgresText: String(decoding: postgresBytes, as: UTF8.self))
    }
}

extension String: PostgresDecodable {
    public init(postgresText: String) throws(PostgresDecodingError) {
        self = postgresText
    }
}

extension Int: PostgresDecodable {
    public init(postgresText: String) throws(PostgresDecodingError) {
        self = try decodeLosslessly(postgresText)
    }

    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        guard let value = PostgresTextParsing.integer(postgresBytes), let narrowed = Int(exactly: value) else {
            throw PostgresDecodingError(.invalidText, type: "Int")
        }
        self = narrowed
    }
}

extension Int16: PostgresDecodable {
    public init(postgresText: String) throws(PostgresDecodingError) {
        self = try decodeLosslessly(postgresText)
    }

    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        guard let value = PostgresTextParsing.integer(postgresBytes), let narrowed = Int16(exactly: value) else {
            throw PostgresDecodingError(.invalidText, type: "Int16")
        }
        self = narrowed
    }
}

extension Int32: PostgresDecodable {
    public init(postgresText: String) throws(PostgresDecodingError) {
        self = try decodeLosslessly(postgresText)
    }

    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        guard let value = PostgresTextParsing.integer(postgresBytes), let narrowed = Int32(exactly: value) else {
            throw PostgresDecodingError(.invalidText, type: "Int32")
        }
        self = narrowed
    }
}

extension Int64: PostgresDecodable {
    public init(postgresText: String) throws(PostgresDecodingError) {
        self = try decodeLosslessly(postgresText)
    }

    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        guard let value = PostgresTextParsing.integer(postgresBytes), let narrowed = Int64(exactly: value) else {
            throw PostgresDecodingError(.invalidText, type: "Int64")
        }
        self = narrowed
    }
}

extension Double: PostgresDecodable {
    /// float8 output is shortest-exact since PostgreSQL 12; `NaN`, `Infinity`, `-Infinity` parse too.
    public init(postgresText: String) throws(PostgresDecodingError) {
        self = try decodeLosslessly(postgresText)
    }
}

extension Bool: PostgresDecodable {
    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        guard postgresBytes.count == 1 else {
            try self.init(postgresText: String(decoding: postgresBytes, as: UTF8.self))
            return
        }
        switch postgresBytes[0] {
        case UInt8(ascii: "t"): self = true
        case UInt8(ascii: "f"): self = false
        default: throw PostgresDecodingError(.invalidText, type: "Bool")
        }
    }

    public init(postgresText: String) throws(PostgresDecodingError) {
        switch postgresText {
        case "t", "true": self = true
        case "f", "false": self = false
        default: throw PostgresDecodingError(.invalidText, type: "Bool")
        }
    }
}

extension UUID: PostgresDecodable {
    /// Hand-written: Foundation's parser goes through `sscanf`, the slowest step of a row.
    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        guard let value = UUIDText.parse(postgresBytes) else {
            throw PostgresDecodingError(.invalidText, type: "UUID")
        }
        self = value
    }

    public init(postgresText: String) throws(PostgresDecodingError) {
        guard let value = UUIDText.parse(postgresText) else {
            throw PostgresDecodingError(.invalidText, type: "UUID")
        }
        self = value
    }
}

extension Timestamp: PostgresDecodable {
    /// `timestamptz` output, e.g. `2026-01-31 12:00:00.123456+00`. `infinity` is not a Timestamp.
    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        if let micros = PostgresTextParsing.timestamp(postgresBytes) {
            self.init(microsecondsSinceEpoch: micros)
        } else {
            try self.init(postgresText: String(decoding: postgresBytes, as: UTF8.self))
        }
    }

    public init(postgresText: String) throws(PostgresDecodingError) {
        guard let value = Timestamp(postgres: postgresText) else {
            throw PostgresDecodingError(.invalidText, type: "Timestamp")
        }
        self = value
    }
}

extension CalendarDate: PostgresDecodable {
    /// `date` output with DateStyle ISO (set on every connection).
    public init(postgresText: String) throws(PostgresDecodingError) {
        guard let value = CalendarDate(iso: postgresText) else {
            throw PostgresDecodingError(.invalidText, type: "CalendarDate")
        }
        self = value
    }
}

extension DecimalValue: PostgresDecodable {
    /// `numeric` output is exact decimal text; `NaN` and infinities are refused by `DecimalValue`.
    public init(postgresText: String) throws(PostgresDecodingError) {
        guard let value = DecimalValue(postgresText) else {
            throw PostgresDecodingError(.invalidText, type: "DecimalValue")
        }
        self = value
    }
}

extension Array: PostgresDecodable where Element == UInt8 {
    /// `bytea` hex output (`\x0aff…`), the server default and set on every connection.
    public init(postgresText: String) throws(PostgresDecodingError) {
        let bytes = Array(postgresText.utf8)
        guard let decoded = bytes.withUnsafeBytes({ decodeByteaHex($0) }) else {
            throw PostgresDecodingError(.invalidText, type: "[UInt8]")
        }
        self = decoded
    }

    public init(postgresBytes: UnsafeRawBufferPointer) throws(PostgresDecodingError) {
        guard let bytes = decodeByteaHex(postgresBytes) else {
            throw PostgresDecodingError(.invalidText, type: "[UInt8]")
        }
        self = bytes
    }
}

/// String-backed enums decode from their raw value: `enum Status: String, PostgresDecodable {}`.
extension PostgresDecodable where Self: RawRepresentable, RawValue == String {
    public init(postgresText: String) throws(PostgresDecodingError) {
        guard let value = Self(rawValue: postgresText) else {
            throw PostgresDecodingError(.invalidText, type: String(describing: Self.self))
        }
        self = value
    }
}

private func decodeLosslessly<T: LosslessStringConvertible>(_ text: String) throws(PostgresDecodingError) -> T {
    guard let value = T(text) else {
        throw PostgresDecodingError(.invalidText, type: String(describing: T.self))
    }
    return value
}

private func decodeByteaHex(_ utf8: UnsafeRawBufferPointer) -> [UInt8]? {
    guard utf8.count >= 2, utf8[0] == UInt8(ascii: "\\"), utf8[1] == UInt8(ascii: "x"), utf8.count % 2 == 0 else {
        return nil
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity((utf8.count - 2) / 2)
    var index = 2
    while index < utf8.count {
        guard let high = Hex.value(utf8[index]), let low = Hex.value(utf8[index + 1]) else { return nil }
        bytes.append(high << 4 | low)
        index += 2
    }
    return bytes
}
