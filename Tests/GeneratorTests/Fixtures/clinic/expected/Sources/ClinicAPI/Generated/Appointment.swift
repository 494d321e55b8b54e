// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/clinic.yaml#/models/Appointment
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `AppointmentInput` and `AppointmentPatch`.
public struct Appointment: Sendable {
    public let id: Int64
    public let patientID: Int64
    public let doctorID: UUID
    public let startsAt: Timestamp
    public let state: AppointmentState
}

extension Appointment: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            patientID: try row.decode(1),
            doctorID: try row.decode(2),
            startsAt: try row.decode(3),
            state: try row.decode(4)
        )
    }
}

extension Appointment: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("patient_id", int: self.patientID)
        writer.member("doctor_id", uuid: self.doctorID)
        writer.member("starts_at", timestamp: self.startsAt)
        writer.member("state", string: self.state.rawValue)
        writer.endObject()
    }
}

extension Appointment: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Appointment(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("patient_id", 1, .int64),
        .member("doctor_id", 2, .uuid),
        .member("starts_at", 3, .timestamp),
        .member("state", 4, .enumeration(AppointmentState.self)),
    ])
}

/// The body of a create or replace request for `Appointment`: the fields a client may set.
/// An absent optional field takes its default.
public struct AppointmentInput: Sendable, JSONBodyDecodable {
    public let doctorID: UUID
    public let startsAt: Timestamp
    public let state: AppointmentState

    public init(
        doctorID: UUID,
        startsAt: Timestamp,
        state: AppointmentState = .booked
    ) {
        self.doctorID = doctorID
        self.startsAt = startsAt
        self.state = state
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> AppointmentInput? {
        let issues = validator.issueCount
        let input = AppointmentInput(
            doctorID: validator.member(object, "doctor_id", .uuid),
            startsAt: validator.member(object, "starts_at", .timestamp),
            state: validator.member(object, "state", .enumeration(AppointmentState.self), nullable: false).value(default: .booked)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Appointment`: any subset of the fields a client may set.
public struct AppointmentPatch: Sendable, JSONBodyDecodable {
    public let doctorID: Presence<UUID>
    public let startsAt: Presence<Timestamp>
    public let state: Presence<AppointmentState>

    public init(
        doctorID: Presence<UUID> = .absent,
        startsAt: Presence<Timestamp> = .absent,
        state: Presence<AppointmentState> = .absent
    ) {
        self.doctorID = doctorID
        self.startsAt = startsAt
        self.state = state
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> AppointmentPatch? {
        let issues = validator.issueCount
        let patch = AppointmentPatch(
            doctorID: validator.member(object, "doctor_id", .uuid, nullable: false),
            startsAt: validator.member(object, "starts_at", .timestamp, nullable: false),
            state: validator.member(object, "state", .enumeration(AppointmentState.self), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
