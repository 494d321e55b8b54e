import Foundation
import RuntimeCore

extension JSONField where T == UUID {
    /// A string in 8-4-4-4-12 hex form, any case; written back lower-cased by `JSONWriter`.
    public static var uuid: JSONField<UUID> {
        JSONField<UUID> { value throws(FieldIssue) in
            guard case .string(let text) = value else { throw .uuidType }
            guard let uuid = UUIDText.parse(text) else { throw .uuidParsing }
            return uuid
        }
    }
}

extension JSONField where T == Timestamp {
    /// An RFC 3339 date-time string with an offset (`2026-01-31T12:00:00Z`).
    public static var timestamp: JSONField<Timestamp> {
        JSONField<Timestamp> { value throws(FieldIssue) in
            guard case .string(let text) = value else { throw .datetimeType }
            guard let timestamp = Timestamp(rfc3339: text) else { throw .datetimeParsing }
            return timestamp
        }
    }
}

extension JSONField where T == CalendarDate {
    /// A `YYYY-MM-DD` string naming a real calendar day.
    public static var date: JSONField<CalendarDate> {
        JSONField<CalendarDate> { value throws(FieldIssue) in
            guard case .string(let text) = value else { throw .dateType }
            guard let date = CalendarDate(iso: text) else { throw .dateParsing }
            return date
        }
    }
}

extension JSONField where T == String {
    /// Any JSON value (including `null`), re-serialised canonically (no insignificant
    /// whitespace, members in document order) for a `jsonb` column. A `\u0000` anywhere is
    /// refused: Postgres `jsonb` cannot store it.
    public static var json: JSONField<String> {
        JSONField<String> { value throws(FieldIssue) in
            if value.containsNUL { throw .nulCharacter }
            var writer = JSONWriter()
            value.write(to: &writer)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
    }
}

extension JSONField where T == [UInt8] {
    /// A string of standard, padded base64 (RFC 4648 §4).
    public static var bytes: JSONField<[UInt8]> {
        JSONField<[UInt8]> { value throws(FieldIssue) in
            guard case .string(let text) = value else { throw .bytesType }
            guard let bytes = Base64.decode(text, alphabet: .standard) else { throw .base64Decode }
            return bytes
        }
    }
}

extension JSONField where T: RawRepresentable & CaseIterable, T.RawValue == String {
    /// One of the enumeration's raw values, case-sensitive; anything else (including a
    /// non-string) is pydantic's `enum` issue listing the allowed values.
    public static func enumeration(_ type: T.Type) -> JSONField<T> {
        let issue = FieldIssue.choice(T.allCases.map(\.rawValue), type: "enum")
        return JSONField<T> { value throws(FieldIssue) in
            guard case .string(let text) = value, let member = T(rawValue: text) else { throw issue }
            return member
        }
    }
}
