// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/blog.yaml#/models/PostTag
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `PostTagInput` and `PostTagPatch`.
public struct PostTag: Sendable {
    public let postID: Int64
    public let tagID: Int32
}

extension PostTag: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            postID: try row.decode(0),
            tagID: try row.decode(1)
        )
    }
}

extension PostTag: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("post_id", int: self.postID)
        writer.member("tag_id", int: self.tagID)
        writer.endObject()
    }
}

extension PostTag: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `PostTag(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("post_id", 0, .int64),
        .member("tag_id", 1, .int32),
    ])
}

/// The body of a create or replace request for `PostTag`: the fields a client may set.
/// An absent optional field takes its default.
public struct PostTagInput: Sendable, JSONBodyDecodable {
    public let postID: Int64
    public let tagID: Int32

    public init(
        postID: Int64,
        tagID: Int32
    ) {
        self.postID = postID
        self.tagID = tagID
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PostTagInput? {
        let issues = validator.issueCount
        let input = PostTagInput(
            postID: validator.member(object, "post_id", .int64()),
            tagID: validator.member(object, "tag_id", .int32())
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `PostTag`: any subset of the fields a client may set.
public struct PostTagPatch: Sendable, JSONBodyDecodable {
    public let postID: Presence<Int64>
    public let tagID: Presence<Int32>

    public init(
        postID: Presence<Int64> = .absent,
        tagID: Presence<Int32> = .absent
    ) {
        self.postID = postID
        self.tagID = tagID
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PostTagPatch? {
        let issues = validator.issueCount
        let patch = PostTagPatch(
            postID: validator.member(object, "post_id", .int64(), nullable: false),
            tagID: validator.member(object, "tag_id", .int32(), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
