// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/ListEntry
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `ListEntryInput` and `ListEntryPatch`.
public struct ListEntry: Sendable {
    public let id: Int32
    public let memberID: UUID
    public let listID: Int32
    public let bookID: Int32
}

extension ListEntry: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            memberID: try row.decode(1),
            listID: try row.decode(2),
            bookID: try row.decode(3)
        )
    }
}

extension ListEntry: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("member_id", uuid: self.memberID)
        writer.member("list_id", int: self.listID)
        writer.member("book_id", int: self.bookID)
        writer.endObject()
    }
}

extension ListEntry: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `ListEntry(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("member_id", 1, .uuid),
        .member("list_id", 2, .int32),
        .member("book_id", 3, .int32),
    ])
}

/// The body of a create or replace request for `ListEntry`: the fields a client may set.
/// An absent optional field takes its default.
public struct ListEntryInput: Sendable, JSONBodyDecodable {
    public let listID: Int32
    public let bookID: Int32

    public init(
        listID: Int32,
        bookID: Int32
    ) {
        self.listID = listID
        self.bookID = bookID
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ListEntryInput? {
        let issues = validator.issueCount
        let input = ListEntryInput(
            listID: validator.member(object, "list_id", .int32()),
            bookID: validator.member(object, "book_id", .int32())
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `ListEntry`: any subset of the fields a client may set.
public struct ListEntryPatch: Sendable, JSONBodyDecodable {
    public let listID: Presence<Int32>
    public let bookID: Presence<Int32>

    public init(
        listID: Presence<Int32> = .absent,
        bookID: Presence<Int32> = .absent
    ) {
        self.listID = listID
        self.bookID = bookID
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ListEntryPatch? {
        let issues = validator.issueCount
        let patch = ListEntryPatch(
            listID: validator.member(object, "list_id", .int32(), nullable: false),
            bookID: validator.member(object, "book_id", .int32(), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
