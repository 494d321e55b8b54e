// Generated from spec/todo.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/todo.yaml#/models/User
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `UserInput` and `UserPatch`.
public struct User: Sendable {
    public let id: UUID
    public let email: String
    public let name: String?
    /// Server only: never written to a response.
    public let passwordHash: String
    public let createdAt: Timestamp
}

extension User: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            email: try row.decode(1),
            name: try row.decodeOptional(2),
            passwordHash: try row.decode(3),
            createdAt: try row.decode(4)
        )
    }
}

extension User: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", uuid: self.id)
        writer.member("email", string: self.email)
        writer.member("name", string: self.name)
        writer.member("created_at", timestamp: self.createdAt)
        writer.endObject()
    }
}

extension User: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `User(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .uuid),
        .member("email", 1, .string),
        .member("name", 2, .string, optional: true),
        .checked(3, .string),
        .member("created_at", 4, .timestamp),
    ])
}

/// The body of a create or replace request for `User`: the fields a client may set.
/// An absent optional field takes its default.
public struct UserInput: Sendable, JSONBodyDecodable {
    public let email: String
    public let name: String?

    public init(
        email: String,
        name: String? = nil
    ) {
        self.email = email
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> UserInput? {
        let issues = validator.issueCount
        let input = UserInput(
            email: validator.member(object, "email", .string(maxLength: 254, format: .email, lowercased: true)),
            name: validator.member(object, "name", .string(maxLength: 100), nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `User`: any subset of the fields a client may set.
public struct UserPatch: Sendable, JSONBodyDecodable {
    public let email: Presence<String>
    public let name: Presence<String>

    public init(
        email: Presence<String> = .absent,
        name: Presence<String> = .absent
    ) {
        self.email = email
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> UserPatch? {
        let issues = validator.issueCount
        let patch = UserPatch(
            email: validator.member(object, "email", .string(maxLength: 254, format: .email, lowercased: true), nullable: false),
            name: validator.member(object, "name", .string(maxLength: 100), nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
