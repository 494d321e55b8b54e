// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/clinic.yaml#/models/Clinic
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `ClinicInput` and `ClinicPatch`.
public struct Clinic: Sendable {
    public let id: UUID
    public let name: String
    public let createdAt: Timestamp
}

extension Clinic: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            name: try row.decode(1),
            createdAt: try row.decode(2)
        )
    }
}

extension Clinic: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", uuid: self.id)
        writer.member("name", string: self.name)
        writer.member("created_at", timestamp: self.createdAt)
        writer.endObject()
    }
}

extension Clinic: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Clinic(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .uuid),
        .member("name", 1, .string),
        .member("created_at", 2, .timestamp),
    ])
}

/// The body of a create or replace request for `Clinic`: the fields a client may set.
/// An absent optional field takes its default.
public struct ClinicInput: Sendable, JSONBodyDecodable {
    public let name: String

    public init(
        name: String
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ClinicInput? {
        let issues = validator.issueCount
        let input = ClinicInput(
            name: validator.member(object, "name", .string(minLength: 1, maxLength: 100))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Clinic`: any subset of the fields a client may set.
public struct ClinicPatch: Sendable, JSONBodyDecodable {
    public let name: Presence<String>

    public init(
        name: Presence<String> = .absent
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ClinicPatch? {
        let issues = validator.issueCount
        let patch = ClinicPatch(
            name: validator.member(object, "name", .string(minLength: 1, maxLength: 100), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
