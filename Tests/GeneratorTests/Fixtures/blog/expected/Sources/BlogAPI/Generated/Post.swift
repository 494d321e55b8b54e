// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/blog.yaml#/models/Post
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

    public init(
        id: Int64,
        authorID: UUID,
        slug: String,
        title: String,
        body: String,
        state: PostState,
        rating: Double?,
        metadata: JSONText?,
        cover: [UInt8]?,
        publishedAt: Timestamp?,
        createdAt: Timestamp,
        updatedAt: Timestamp
    ) {
        self.id = id
        self.authorID = authorID
        self.slug = slug
        self.title = title
        self.body = body
        self.state = state
        self.rating = rating
        self.metadata = metadata
        self.cover = cover
        self.publishedAt = publishedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
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
        writer.key("id")
        writer.int(self.id)
        writer.key("author_id")
        writer.uuid(self.authorID)
        writer.key("slug")
        writer.string(self.slug)
        writer.key("title")
        writer.string(self.title)
        writer.key("body")
        writer.string(self.body)
        writer.key("state")
        writer.string(self.state.rawValue)
        writer.key("rating")
        if let value = self.rating { writer.double(value) } else { writer.null() }
        writer.key("metadata")
        if let value = self.metadata { writer.json(value) } else { writer.null() }
        writer.key("cover")
        if let value = self.cover { writer.base64(value) } else { writer.null() }
        writer.key("published_at")
        if let value = self.publishedAt { writer.timestamp(value) } else { writer.null() }
        writer.key("created_at")
        writer.timestamp(self.createdAt)
        writer.key("updated_at")
        writer.timestamp(self.updatedAt)
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
        let _slug = validator.required(object, "slug", .string(maxLength: 80, pattern: "^[a-z0-9-]+$"))
        let _title = validator.required(object, "title", .string(minLength: 1, maxLength: 200))
        let _body = validator.required(object, "body", .string())
        let _state = validator.optional(object, "state", .enumeration(PostState.self), nullable: false)
        let _rating = validator.optional(object, "rating", .double(min: 0, max: 5), nullable: true)
        let _metadata = validator.optional(object, "metadata", .jsonText, nullable: true)
        let _cover = validator.optional(object, "cover", .bytes, nullable: true)
        let _publishedAt = validator.optional(object, "published_at", .timestamp, nullable: true)
        guard let _slug, let _title, let _body, let _state, let _rating, let _metadata, let _cover, let _publishedAt else { return nil }
        return PostInput(
            slug: _slug,
            title: _title,
            body: _body,
            state: _state.value(default: .draft),
            rating: _rating.nullable(default: nil),
            metadata: _metadata.nullable(default: nil),
            cover: _cover.nullable(default: nil),
            publishedAt: _publishedAt.nullable(default: nil)
        )
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
