// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/clinic.yaml#/models/Notice
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `NoticeInput` and `NoticePatch`.
public struct Notice: Sendable {
    public let id: Int32
    public let title: String
    public let body: String
    public let publishedAt: Timestamp
}

extension Notice: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            title: try row.decode(1),
            body: try row.decode(2),
            publishedAt: try row.decode(3)
        )
    }
}

extension Notice: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("title", string: self.title)
        writer.member("body", string: self.body)
        writer.member("published_at", timestamp: self.publishedAt)
        writer.endObject()
    }
}

extension Notice: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Notice(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("title", 1, .string),
        .member("body", 2, .string),
        .member("published_at", 3, .timestamp),
    ])
}

/// The body of a create or replace request for `Notice`: the fields a client may set.
/// An absent optional field takes its default.
public struct NoticeInput: Sendable, JSONBodyDecodable {
    public let title: String
    public let body: String

    public init(
        title: String,
        body: String
    ) {
        self.title = title
        self.body = body
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> NoticeInput? {
        let issues = validator.issueCount
        let input = NoticeInput(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 120)),
            body: validator.member(object, "body", .string(maxLength: 4000))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Notice`: any subset of the fields a client may set.
public struct NoticePatch: Sendable, JSONBodyDecodable {
    public let title: Presence<String>
    public let body: Presence<String>

    public init(
        title: Presence<String> = .absent,
        body: Presence<String> = .absent
    ) {
        self.title = title
        self.body = body
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> NoticePatch? {
        let issues = validator.issueCount
        let patch = NoticePatch(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 120), nullable: false),
            body: validator.member(object, "body", .string(maxLength: 4000), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
