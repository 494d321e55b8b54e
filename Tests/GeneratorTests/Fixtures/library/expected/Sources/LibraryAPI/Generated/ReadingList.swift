// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/ReadingList
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `ReadingListInput` and `ReadingListPatch`.
public struct ReadingList: Sendable {
    public let id: Int32
    public let memberID: UUID
    public let name: String
    public let archived: Bool
}

extension ReadingList: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            memberID: try row.decode(1),
            name: try row.decode(2),
            archived: try row.decode(3)
        )
    }
}

extension ReadingList: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("member_id", uuid: self.memberID)
        writer.member("name", string: self.name)
        writer.member("archived", bool: self.archived)
        writer.endObject()
    }
}

extension ReadingList: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `ReadingList(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("member_id", 1, .uuid),
        .member("name", 2, .string),
        .member("archived", 3, .bool),
    ])
}

/// The body of a create or replace request for `ReadingList`: the fields a client may set.
/// An absent optional field takes its default.
public struct ReadingListInput: Sendable, JSONBodyDecodable {
    public let name: String
    public let archived: Bool

    public init(
        name: String,
        archived: Bool = false
    ) {
        self.name = name
        self.archived = archived
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReadingListInput? {
        let issues = validator.issueCount
        let input = ReadingListInput(
            name: validator.member(object, "name", .string(minLength: 1, maxLength: 100)),
            archived: validator.member(object, "archived", .bool, nullable: false).value(default: false)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `ReadingList`: any subset of the fields a client may set.
public struct ReadingListPatch: Sendable, JSONBodyDecodable {
    public let name: Presence<String>
    public let archived: Presence<Bool>

    public init(
        name: Presence<String> = .absent,
        archived: Presence<Bool> = .absent
    ) {
        self.name = name
        self.archived = archived
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReadingListPatch? {
        let issues = validator.issueCount
        let patch = ReadingListPatch(
            name: validator.member(object, "name", .string(minLength: 1, maxLength: 100), nullable: false),
            archived: validator.member(object, "archived", .bool, nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
