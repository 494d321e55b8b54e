// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Someone who writes posts.
/// Generated from spec/blog.yaml#/models/Author
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `AuthorInput` and `AuthorPatch`.
public struct Author: Sendable {
    public let id: UUID
    public let handle: String
    public let homepage: String?
    /// Server only: never written to a response.
    public let passwordDigest: String
    public let joinedOn: CalendarDate
}

extension Author: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            handle: try row.decode(1),
            homepage: try row.decodeOptional(2),
            passwordDigest: try row.decode(3),
            joinedOn: try row.decode(4)
        )
    }
}

extension Author: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", uuid: self.id)
        writer.member("handle", string: self.handle)
        writer.member("homepage", string: self.homepage)
        writer.member("joined_on", date: self.joinedOn)
        writer.endObject()
    }
}

extension Author: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Author(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .uuid),
        .member("handle", 1, .string),
        .member("homepage", 2, .string, optional: true),
        .checked(3, .string),
        .member("joined_on", 4, .date),
    ])
}

/// The body of a create or replace request for `Author`: the fields a client may set.
/// An absent optional field takes its default.
public struct AuthorInput: Sendable, JSONBodyDecodable {
    public let handle: String
    public let homepage: String?

    public init(
        handle: String,
        homepage: String? = nil
    ) {
        self.handle = handle
        self.homepage = homepage
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> AuthorInput? {
        let issues = validator.issueCount
        let input = AuthorInput(
            handle: validator.member(object, "handle", .string(minLength: 3, maxLength: 30, pattern: "^[a-z0-9_]+$", lowercased: true)),
            homepage: validator.member(object, "homepage", .string(format: .url), nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Author`: any subset of the fields a client may set.
public struct AuthorPatch: Sendable, JSONBodyDecodable {
    public let handle: Presence<String>
    public let homepage: Presence<String>

    public init(
        handle: Presence<String> = .absent,
        homepage: Presence<String> = .absent
    ) {
        self.handle = handle
        self.homepage = homepage
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> AuthorPatch? {
        let issues = validator.issueCount
        let patch = AuthorPatch(
            handle: validator.member(object, "handle", .string(minLength: 3, maxLength: 30, pattern: "^[a-z0-9_]+$", lowercased: true), nullable: false),
            homepage: validator.member(object, "homepage", .string(format: .url), nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
