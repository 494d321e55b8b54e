// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Shelf
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `ShelfInput` and `ShelfPatch`.
public struct Shelf: Sendable {
    public let code: String
    public let label: String
}

extension Shelf: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            code: try row.decode(0),
            label: try row.decode(1)
        )
    }
}

extension Shelf: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("code", string: self.code)
        writer.member("label", string: self.label)
        writer.endObject()
    }
}

extension Shelf: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Shelf(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("code", 0, .string),
        .member("label", 1, .string),
    ])
}

/// The body of a create or replace request for `Shelf`: the fields a client may set.
/// An absent optional field takes its default.
public struct ShelfInput: Sendable, JSONBodyDecodable {
    public let code: String
    public let label: String

    public init(
        code: String,
        label: String
    ) {
        self.code = code
        self.label = label
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ShelfInput? {
        let issues = validator.issueCount
        let input = ShelfInput(
            code: validator.member(object, "code", .string(maxLength: 10)),
            label: validator.member(object, "label", .string(maxLength: 100))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Shelf`: any subset of the fields a client may set.
public struct ShelfPatch: Sendable, JSONBodyDecodable {
    public let code: Presence<String>
    public let label: Presence<String>

    public init(
        code: Presence<String> = .absent,
        label: Presence<String> = .absent
    ) {
        self.code = code
        self.label = label
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ShelfPatch? {
        let issues = validator.issueCount
        let patch = ShelfPatch(
            code: validator.member(object, "code", .string(maxLength: 10), nullable: false),
            label: validator.member(object, "label", .string(maxLength: 100), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
