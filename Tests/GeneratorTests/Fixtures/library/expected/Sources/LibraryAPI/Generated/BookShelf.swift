// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/BookShelf
public struct BookShelf: Sendable {
    public let bookID: Int32
    public let shelfCode: String
    public let placedAt: Timestamp

    public init(
        bookID: Int32,
        shelfCode: String,
        placedAt: Timestamp
    ) {
        self.bookID = bookID
        self.shelfCode = shelfCode
        self.placedAt = placedAt
    }
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
        writer.key("book_id")
        writer.int(self.bookID)
        writer.key("shelf_code")
        writer.string(self.shelfCode)
        writer.key("placed_at")
        writer.timestamp(self.placedAt)
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
        let _bookID = validator.required(object, "book_id", .int32())
        let _shelfCode = validator.required(object, "shelf_code", .string(maxLength: 10))
        guard let _bookID, let _shelfCode else { return nil }
        return BookShelfInput(
            bookID: _bookID,
            shelfCode: _shelfCode
        )
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
