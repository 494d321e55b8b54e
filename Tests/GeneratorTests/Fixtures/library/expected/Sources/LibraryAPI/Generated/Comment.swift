// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Comment
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `CommentInput` and `CommentPatch`.
public struct Comment: Sendable {
    public let id: Int32
    public let reviewID: Int32
    public let body: String
}

extension Comment: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            reviewID: try row.decode(1),
            body: try row.decode(2)
        )
    }
}

extension Comment: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("review_id", int: self.reviewID)
        writer.member("body", string: self.body)
        writer.endObject()
    }
}

extension Comment: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Comment(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("review_id", 1, .int32),
        .member("body", 2, .string),
    ])
}

/// The body of a create or replace request for `Comment`: the fields a client may set.
/// An absent optional field takes its default.
public struct CommentInput: Sendable, JSONBodyDecodable {
    public let body: String

    public init(
        body: String
    ) {
        self.body = body
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> CommentInput? {
        let issues = validator.issueCount
        let input = CommentInput(
            body: validator.member(object, "body", .string(minLength: 1, maxLength: 500))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Comment`: any subset of the fields a client may set.
public struct CommentPatch: Sendable, JSONBodyDecodable {
    public let body: Presence<String>

    public init(
        body: Presence<String> = .absent
    ) {
        self.body = body
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> CommentPatch? {
        let issues = validator.issueCount
        let patch = CommentPatch(
            body: validator.member(object, "body", .string(minLength: 1, maxLength: 500), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
