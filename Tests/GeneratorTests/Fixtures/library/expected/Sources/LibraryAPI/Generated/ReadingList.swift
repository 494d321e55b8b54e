// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/ReadingList
public struct ReadingList: Sendable, Hashable {
    public var id: Int32
    public var memberID: UUID
    public var name: String

    public init(
        id: Int32,
        memberID: UUID,
        name: String
    ) {
        self.id = id
        self.memberID = memberID
        self.name = name
    }
}

extension ReadingList: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            memberID: try row.decode(1),
            name: try row.decode(2)
        )
    }
}

extension ReadingList: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.int(id)
        writer.key("member_id")
        writer.uuid(memberID)
        writer.key("name")
        writer.string(name)
        writer.endObject()
    }
}

extension ReadingList: PostgresRowJSONWritable {
    /// The JSON `writeJSON(to:)` writes for `ReadingList(row: row)`, written from the row's text
    /// without decoding it first (list responses).
    public static func writeJSON(row: PostgresRow, to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.key("id")
        try row.writeJSON(0, as: Int32.self, to: &writer)
        writer.key("member_id")
        try row.writeJSON(1, as: UUID.self, to: &writer)
        writer.key("name")
        try row.writeJSON(2, as: String.self, to: &writer)
        writer.endObject()
    }
}

/// The body of a create or replace request for `ReadingList`: the fields a client may set.
/// An absent optional field takes its default.
public struct ReadingListInput: Sendable, JSONBodyDecodable {
    public var name: String

    public init(
        name: String
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReadingListInput? {
        let name = validator.required(object, "name", .string(minLength: 1, maxLength: 100))
        guard let name else { return nil }
        return ReadingListInput(
            name: name
        )
    }
}

/// The body of a patch request for `ReadingList`: any subset of the fields a client may set.
public struct ReadingListPatch: Sendable, JSONBodyDecodable {
    public var name: Presence<String>

    public init(
        name: Presence<String> = .absent
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ReadingListPatch? {
        let name = validator.optional(object, "name", .string(minLength: 1, maxLength: 100), nullable: false)
        guard let name else { return nil }
        return ReadingListPatch(
            name: name
        )
    }
}
