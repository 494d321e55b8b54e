// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Unsafe
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `UnsafeInput` and `UnsafePatch`.
public struct Unsafe: Sendable {
    public let id: Int32
    public let name: String
}

extension Unsafe: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            name: try row.decode(1)
        )
    }
}

extension Unsafe: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("name", string: self.name)
        writer.endObject()
    }
}

extension Unsafe: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Unsafe(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("name", 1, .string),
    ])
}

/// The body of a create or replace request for `Unsafe`: the fields a client may set.
/// An absent optional field takes its default.
public struct UnsafeInput: Sendable, JSONBodyDecodable {
    public let name: String

    public init(
        name: String
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> UnsafeInput? {
        let issues = validator.issueCount
        let input = UnsafeInput(
            name: validator.member(object, "name", .string(maxLength: 20))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Unsafe`: any subset of the fields a client may set.
public struct UnsafePatch: Sendable, JSONBodyDecodable {
    public let name: Presence<String>

    public init(
        name: Presence<String> = .absent
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> UnsafePatch? {
        let issues = validator.issueCount
        let patch = UnsafePatch(
            name: validator.member(object, "name", .string(maxLength: 20), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
