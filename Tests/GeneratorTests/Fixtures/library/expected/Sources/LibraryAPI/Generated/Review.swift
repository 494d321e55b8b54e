// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Review
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `ReviewInput` and `ReviewPatch`.
public struct Review: Sendable {
    public let id: Int32
    public let bookID: Int32
    public let stars: Int32
    public let text: String?
}

extension Review: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            bookID: try row.decode(1),
            stars: try row.decode(2),
            text: try row.decodeOptional(3)
        )
    }
}

extension Review: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("book_id", int: self.bookID)
        writer.member("stars", int: self.stars)
        writer.member("text", string: self.text)
        writer.endObject()
    }
}

extension Review: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Review(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("book_id", 1, .int32),
        .member("stars", 2, .int32),
        .member("text", 3, .string, optional: true),
    ])
}

/// The body of a create or replace request for `Review`: the fields a client may set.
/// An absent optional field takes its default.
public struct ReviewInput: Sendable, JSONBodyDecodable {
    public let stars: Int32
    public let text: String?

    public init(
        stars: Int32,
        text: String? = nil
    ) {
        self.stars = stars
        self.text = text
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReviewInput? {
        let issues = validator.issueCount
        let input = ReviewInput(
            stars: validator.member(object, "stars", .int32(min: 1, max: 5)),
            text: validator.member(object, "text", .string(maxLength: 2000), nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Review`: any subset of the fields a client may set.
public struct ReviewPatch: Sendable, JSONBodyDecodable {
    public let stars: Presence<Int32>
    public let text: Presence<String>

    public init(
        stars: Presence<Int32> = .absent,
        text: Presence<String> = .absent
    ) {
        self.stars = stars
        self.text = text
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReviewPatch? {
        let issues = validator.issueCount
        let patch = ReviewPatch(
            stars: validator.member(object, "stars", .int32(min: 1, max: 5), nullable: false),
            text: validator.member(object, "text", .string(maxLength: 2000), nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
