// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/clinic.yaml#/models/Patient
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `PatientInput` and `PatientPatch`.
public struct Patient: Sendable {
    public let id: Int64
    public let clinicID: UUID
    public let name: String
    public let bornOn: CalendarDate?
    public let registeredBy: UUID
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
        writer.member("id", int: self.id)
        writer.member("clinic_id", uuid: self.clinicID)
        writer.member("name", string: self.name)
        writer.member("born_on", date: self.bornOn)
        writer.member("registered_by", uuid: self.registeredBy)
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
        let issues = validator.issueCount
        let input = PatientInput(
            name: validator.member(object, "name", .string(minLength: 1, maxLength: 100)),
            bornOn: validator.member(object, "born_on", .date, nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
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
