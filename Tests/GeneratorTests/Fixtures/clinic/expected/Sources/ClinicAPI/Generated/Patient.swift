// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/clinic.yaml#/models/Patient
public struct Patient: Sendable {
    public let id: Int64
    public let clinicID: UUID
    public let name: String
    public let bornOn: CalendarDate?
    public let registeredBy: UUID

    public init(
        id: Int64,
        clinicID: UUID,
        name: String,
        bornOn: CalendarDate?,
        registeredBy: UUID
    ) {
        self.id = id
        self.clinicID = clinicID
        self.name = name
        self.bornOn = bornOn
        self.registeredBy = registeredBy
    }
}

extension Patient: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            clinicID: try row.decode(1),
            name: try row.decode(2),
            bornOn: try row.decodeOptional(3),
            registeredBy: try row.decode(4)
        )
    }
}

extension Patient: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.int(self.id)
        writer.key("clinic_id")
        writer.uuid(self.clinicID)
        writer.key("name")
        writer.string(self.name)
        writer.key("born_on")
        if let value = self.bornOn { writer.date(value) } else { writer.null() }
        writer.key("registered_by")
        writer.uuid(self.registeredBy)
        writer.endObject()
    }
}

extension Patient: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Patient(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("clinic_id", 1, .uuid),
        .member("name", 2, .string),
        .member("born_on", 3, .date, optional: true),
        .member("registered_by", 4, .uuid),
    ])
}

/// The body of a create or replace request for `Patient`: the fields a client may set.
/// An absent optional field takes its default.
public struct PatientInput: Sendable, JSONBodyDecodable {
    public let name: String
    public let bornOn: CalendarDate?

    public init(
        name: String,
        bornOn: CalendarDate? = nil
    ) {
        self.name = name
        self.bornOn = bornOn
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PatientInput? {
        let _name = validator.required(object, "name", .string(minLength: 1, maxLength: 100))
        let _bornOn = validator.optional(object, "born_on", .date, nullable: true)
        guard let _name, let _bornOn else { return nil }
        return PatientInput(
            name: _name,
            bornOn: _bornOn.nullable(default: nil)
        )
    }
}

/// The body of a patch request for `Patient`: any subset of the fields a client may set.
public struct PatientPatch: Sendable, JSONBodyDecodable {
    public let name: Presence<String>
    public let bornOn: Presence<CalendarDate>

    public init(
        name: Presence<String> = .absent,
        bornOn: Presence<CalendarDate> = .absent
    ) {
        self.name = name
        self.bornOn = bornOn
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PatientPatch? {
        let issues = validator.issueCount
        let patch = PatientPatch(
            name: validator.member(object, "name", .string(minLength: 1, maxLength: 100), nullable: false),
            bornOn: validator.member(object, "born_on", .date, nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
