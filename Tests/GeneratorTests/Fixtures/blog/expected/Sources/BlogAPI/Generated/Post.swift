// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/blog.yaml#/models/Post
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `PostInput` and `PostPatch`.
public struct Post: Sendable {
    public let id: Int64
    public let authorID: UUID
    public let slug: String
    public let title: String
    public let body: String
    public let state: PostState
    public let rating: Double?
    public let metadata: JSONText?
    public let cover: [UInt8]?
    public let publishedAt: Timestamp?
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
}

extension Post: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            authorID: try row.decode(1),
            slug: try row.decode(2),
            title: try row.decode(3),
            body: try row.decode(4),
            state: try row.decode(5),
            rating: try row.decodeOptional(6),
            metadata: try row.decodeOptional(7),
            cover: try row.decodeOptional(8),
            publishedAt: try row.decodeOptional(9),
            createdAt: try row.decode(10),
            updatedAt: try row.decode(11)
        )
    }
}

extension Post: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("author_id", uuid: self.authorID)
        writer.member("slug", string: self.slug)
        writer.member("title", string: self.title)
        writer.member("body", string: self.body)
        writer.member("state", string: self.state.rawValue)
        writer.member("rating", double: self.rating)
        writer.member("metadata", json: self.metadata)
        writer.member("cover", base64: self.cover)
        writer.member("published_at", timestamp: self.publishedAt)
        writer.member("created_at", timestamp: self.createdAt)
        writer.member("updated_at", timestamp: self.updatedAt)
        writer.endObject()
    }
}

extension Post: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Post(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("author_id", 1, .uuid),
        .member("slug", 2, .string),
        .member("title", 3, .string),
        .member("body", 4, .string),
        .member("state", 5, .enumeration(PostState.self)),
        .member("rating", 6, .double, optional: true),
        .member("metadata", 7, .json, optional: true),
        .member("cover", 8, .bytes, optional: true),
        .member("published_at", 9, .timestamp, optional: true),
        .member("created_at", 10, .timestamp),
        .member("updated_at", 11, .timestamp),
    ])
}

/// The body of a create or replace request for `Post`: the fields a client may set.
/// An absent optional field takes its default.
public struct PostInput: Sendable, JSONBodyDecodable {
    public let slug: String
    public let title: String
    public let body: String
    public let state: PostState
    public let rating: Double?
    public let metadata: JSONText?
    public let cover: [UInt8]?
    public let publishedAt: Timestamp?

    public init(
        slug: String,
        title: String,
        body: String,
        state: PostState = .draft,
        rating: Double? = nil,
        metadata: JSONText? = nil,
        cover: [UInt8]? = nil,
        publishedAt: Timestamp? = nil
    ) {
        self.slug = slug
        self.title = title
        self.body = body
        self.state = state
        self.rating = rating
        self.metadata = metadata
        self.cover = cover
        self.publishedAt = publishedAt
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PostInput? {
        let issues = validator.issueCount
        let input = PostInput(
            slug: validator.member(object, "slug", .string(maxLength: 80, pattern: "^[a-z0-9-]+$")),
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200)),
            body: validator.member(object, "body", .string()),
            state: validator.member(object, "state", .enumeration(PostState.self), nullable: false).value(default: .draft),
            rating: validator.member(object, "rating", .double(min: 0, max: 5), nullable: true).nullable(default: nil),
            metadata: validator.member(object, "metadata", .jsonText, nullable: true).nullable(default: nil),
            cover: validator.member(object, "cover", .bytes, nullable: true).nullable(default: nil),
            publishedAt: validator.member(object, "published_at", .timestamp, nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Post`: any subset of the fields a client may set.
public struct PostPatch: Sendable, JSONBodyDecodable {
    public let slug: Presence<String>
    public let title: Presence<String>
    public let body: Presence<String>
    public let state: Presence<PostState>
    public let rating: Presence<Double>
    public let metadata: Presence<JSONText>
    public let cover: Presence<[UInt8]>
    public let publishedAt: Presence<Timestamp>

    public init(
        slug: Presence<String> = .absent,
        title: Presence<String> = .absent,
        body: Presence<String> = .absent,
        state: Presence<PostState> = .absent,
        rating: Presence<Double> = .absent,
        metadata: Presence<JSONText> = .absent,
        cover: Presence<[UInt8]> = .absent,
        publishedAt: Presence<Timestamp> = .absent
    ) {
        self.slug = slug
        self.title = title
        self.body = body
        self.state = state
        self.rating = rating
        self.metadata = metadata
        self.cover = cover
        self.publishedAt = publishedAt
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PostPatch? {
        let issues = validator.issueCount
        let patch = PostPatch(
            slug: validator.member(object, "slug", .string(maxLength: 80, pattern: "^[a-z0-9-]+$"), nullable: false),
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200), nullable: false),
            body: validator.member(object, "body", .string(), nullable: false),
            state: validator.member(object, "state", .enumeration(PostState.self), nullable: false),
            rating: validator.member(object, "rating", .double(min: 0, max: 5), nullable: true),
            metadata: validator.member(object, "metadata", .jsonText, nullable: true),
            cover: validator.member(object, "cover", .bytes, nullable: true),
            publishedAt: validator.member(object, "published_at", .timestamp, nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
