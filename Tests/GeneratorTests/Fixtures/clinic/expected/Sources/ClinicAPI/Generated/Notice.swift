// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/clinic.yaml#/models/Notice
public struct Notice: Sendable {
    public let id: Int32
    public let title: String
    public let body: String
    public let publishedAt: Timestamp

    public init(
        id: Int32,
        title: String,
        body: String,
        publishedAt: Timestamp
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.publishedAt = publishedAt
    }
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
        writer.key("id")
        writer.int(self.id)
        writer.key("title")
        writer.string(self.title)
        writer.key("body")
        writer.string(self.body)
        writer.key("published_at")
        writer.timestamp(self.publishedAt)
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
        let _title = validator.required(object, "title", .string(minLength: 1, maxLength: 120))
        let _body = validator.required(object, "body", .string(maxLength: 4000))
        guard let _title, let _body else { return nil }
        return NoticeInput(
            title: _title,
            body: _body
        )
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
