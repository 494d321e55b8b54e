// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Member
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `MemberInput` and `MemberPatch`.
public struct Member: Sendable {
    public let id: UUID
    public let email: String
    /// Server only: never written to a response.
    public let passwordHash: String
    public let verified: Bool
}

extension Member: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            email: try row.decode(1),
            passwordHash: try row.decode(2),
            verified: try row.decode(3)
        )
    }
}

extension Member: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", uuid: self.id)
        writer.member("email", string: self.email)
        writer.member("verified", bool: self.verified)
        writer.endObject()
    }
}

extension Member: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Member(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .uuid),
        .member("email", 1, .string),
        .checked(2, .string),
        .member("verified", 3, .bool),
    ])
}

/// The body of a create or replace request for `Member`: the fields a client may set.
/// An absent optional field takes its default.
public struct MemberInput: Sendable, JSONBodyDecodable {
    public let email: String
    public let verified: Bool

    public init(
        email: String,
        verified: Bool = false
    ) {
        self.email = email
        self.verified = verified
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> MemberInput? {
        let issues = validator.issueCount
        let input = MemberInput(
            email: validator.member(object, "email", .string(maxLength: 254, format: .email, lowercased: true)),
            verified: validator.member(object, "verified", .bool, nullable: false).value(default: false)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Member`: any subset of the fields a client may set.
public struct MemberPatch: Sendable, JSONBodyDecodable {
    public let email: Presence<String>
    public let verified: Presence<Bool>

    public init(
        email: Presence<String> = .absent,
        verified: Presence<Bool> = .absent
    ) {
        self.email = email
        self.verified = verified
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> MemberPatch? {
        let issues = validator.issueCount
        let patch = MemberPatch(
            email: validator.member(object, "email", .string(maxLength: 254, format: .email, lowercased: true), nullable: false),
            verified: validator.member(object, "verified", .bool, nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
