// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Part
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `PartInput` and `PartPatch`.
public struct Part: Sendable {
    public let id: Int32
    public let store: Int32
    public let name: String
}

extension Part: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            store: try row.decode(1),
            name: try row.decode(2)
        )
    }
}

extension Part: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("store", int: self.store)
        writer.member("name", string: self.name)
        writer.endObject()
    }
}

extension Part: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Part(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("store", 1, .int32),
        .member("name", 2, .string),
    ])
}

/// The body of a create or replace request for `Part`: the fields a client may set.
/// An absent optional field takes its default.
public struct PartInput: Sendable, JSONBodyDecodable {
    public let name: String

    public init(
        name: String
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PartInput? {
        let issues = validator.issueCount
        let input = PartInput(
            name: validator.member(object, "name", .string(maxLength: 20))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Part`: any subset of the fields a client may set.
public struct PartPatch: Sendable, JSONBodyDecodable {
    public let name: Presence<String>

    public init(
        name: Presence<String> = .absent
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PartPatch? {
        let issues = validator.issueCount
        let patch = PartPatch(
            name: validator.member(object, "name", .string(maxLength: 20), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
