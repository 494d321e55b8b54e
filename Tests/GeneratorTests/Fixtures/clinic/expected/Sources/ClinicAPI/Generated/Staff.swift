// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/clinic.yaml#/models/Staff
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `StaffInput` and `StaffPatch`.
public struct Staff: Sendable {
    public let id: Int64
    public let clinicID: UUID
    public let userID: UUID
    public let role: StaffRole
}

extension Staff: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            clinicID: try row.decode(1),
            userID: try row.decode(2),
            role: try row.decode(3)
        )
    }
}

extension Staff: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("clinic_id", uuid: self.clinicID)
        writer.member("user_id", uuid: self.userID)
        writer.member("role", string: self.role.rawValue)
        writer.endObject()
    }
}

extension Staff: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Staff(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("clinic_id", 1, .uuid),
        .member("user_id", 2, .uuid),
        .member("role", 3, .enumeration(StaffRole.self)),
    ])
}

/// The body of a create or replace request for `Staff`: the fields a client may set.
/// An absent optional field takes its default.
public struct StaffInput: Sendable, JSONBodyDecodable {
    public let userID: UUID
    public let role: StaffRole

    public init(
        userID: UUID,
        role: StaffRole = .nurse
    ) {
        self.userID = userID
        self.role = role
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> StaffInput? {
        let issues = validator.issueCount
        let input = StaffInput(
            userID: validator.member(object, "user_id", .uuid),
            role: validator.member(object, "role", .enumeration(StaffRole.self), nullable: false).value(default: .nurse)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Staff`: any subset of the fields a client may set.
public struct StaffPatch: Sendable, JSONBodyDecodable {
    public let userID: Presence<UUID>
    public let role: Presence<StaffRole>

    public init(
        userID: Presence<UUID> = .absent,
        role: Presence<StaffRole> = .absent
    ) {
        self.userID = userID
        self.role = role
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> StaffPatch? {
        let issues = validator.issueCount
        let patch = StaffPatch(
            userID: validator.member(object, "user_id", .uuid, nullable: false),
            role: validator.member(object, "role", .enumeration(StaffRole.self), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
