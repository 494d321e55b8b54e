// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/BookShelf
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `BookShelfInput` and `BookShelfPatch`.
public struct BookShelf: Sendable {
    public let bookID: Int32
    public let shelfCode: String
    public let placedAt: Timestamp
}

extension BookShelf: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            bookID: try row.decode(0),
            shelfCode: try row.decode(1),
            placedAt: try row.decode(2)
        )
    }
}

extension BookShelf: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("book_id", int: self.bookID)
        writer.member("shelf_code", string: self.shelfCode)
        writer.member("placed_at", timestamp: self.placedAt)
        writer.endObject()
    }
}

extension BookShelf: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `BookShelf(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("book_id", 0, .int32),
        .member("shelf_code", 1, .string),
        .member("placed_at", 2, .timestamp),
    ])
}

/// The body of a create or replace request for `BookShelf`: the fields a client may set.
/// An absent optional field takes its default.
public struct BookShelfInput: Sendable, JSONBodyDecodable {
    public let bookID: Int32
    public let shelfCode: String

    public init(
        bookID: Int32,
        shelfCode: String
    ) {
        self.bookID = bookID
        self.shelfCode = shelfCode
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> BookShelfInput? {
        let issues = validator.issueCount
        let input = BookShelfInput(
            bookID: validator.member(object, "book_id", .int32()),
            shelfCode: validator.member(object, "shelf_code", .string(maxLength: 10))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `BookShelf`: any subset of the fields a client may set.
public struct BookShelfPatch: Sendable, JSONBodyDecodable {
    public let bookID: Presence<Int32>
    public let shelfCode: Presence<String>

    public init(
        bookID: Presence<Int32> = .absent,
        shelfCode: Presence<String> = .absent
    ) {
        self.bookID = bookID
        self.shelfCode = shelfCode
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> BookShelfPatch? {
        let issues = validator.issueCount
        let patch = BookShelfPatch(
            bookID: validator.member(object, "book_id", .int32(), nullable: false),
            shelfCode: validator.member(object, "shelf_code", .string(maxLength: 10), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
