// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Book
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `BookInput` and `BookPatch`.
public struct Book: Sendable {
    public let id: Int32
    public let title: String
    public let genre: Genre
    public let copies: Int32
    public let timesLent: Int32
    public let publishedOn: CalendarDate?
    public let price: DecimalValue?
    public let addedAt: Timestamp
}

extension Book: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            title: try row.decode(1),
            genre: try row.decode(2),
            copies: try row.decode(3),
            timesLent: try row.decode(4),
            publishedOn: try row.decodeOptional(5),
            price: try row.decodeOptional(6),
            addedAt: try row.decode(7)
        )
    }
}

extension Book: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("title", string: self.title)
        writer.member("genre", string: self.genre.rawValue)
        writer.member("copies", int: self.copies)
        writer.member("times_lent", int: self.timesLent)
        writer.member("published_on", date: self.publishedOn)
        writer.member("price", decimal: self.price)
        writer.member("added_at", timestamp: self.addedAt)
        writer.endObject()
    }
}

extension Book: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Book(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("title", 1, .string),
        .member("genre", 2, .enumeration(Genre.self)),
        .member("copies", 3, .int32),
        .member("times_lent", 4, .int32),
        .member("published_on", 5, .date, optional: true),
        .member("price", 6, .decimal, optional: true),
        .member("added_at", 7, .timestamp),
    ])
}

/// The body of a create or replace request for `Book`: the fields a client may set.
/// An absent optional field takes its default.
public struct BookInput: Sendable, JSONBodyDecodable {
    public let title: String
    public let genre: Genre
    public let copies: Int32
    public let publishedOn: CalendarDate?
    public let price: DecimalValue?

    public init(
        title: String,
        genre: Genre,
        copies: Int32 = 1,
        publishedOn: CalendarDate? = nil,
        price: DecimalValue? = nil
    ) {
        self.title = title
        self.genre = genre
        self.copies = copies
        self.publishedOn = publishedOn
        self.price = price
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> BookInput? {
        let issues = validator.issueCount
        let input = BookInput(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200)),
            genre: validator.member(object, "genre", .enumeration(Genre.self)),
            copies: validator.member(object, "copies", .int32(min: 0), nullable: false).value(default: 1),
            publishedOn: validator.member(object, "published_on", .date, nullable: true).nullable(default: nil),
            price: validator.member(object, "price", .decimal(precision: 8, scale: 2, min: DecimalValue(unchecked: "0.00")), nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Book`: any subset of the fields a client may set.
public struct BookPatch: Sendable, JSONBodyDecodable {
    public let title: Presence<String>
    public let genre: Presence<Genre>
    public let copies: Presence<Int32>
    public let publishedOn: Presence<CalendarDate>
    public let price: Presence<DecimalValue>

    public init(
        title: Presence<String> = .absent,
        genre: Presence<Genre> = .absent,
        copies: Presence<Int32> = .absent,
        publishedOn: Presence<CalendarDate> = .absent,
        price: Presence<DecimalValue> = .absent
    ) {
        self.title = title
        self.genre = genre
        self.copies = copies
        self.publishedOn = publishedOn
        self.price = price
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> BookPatch? {
        let issues = validator.issueCount
        let patch = BookPatch(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200), nullable: false),
            genre: validator.member(object, "genre", .enumeration(Genre.self), nullable: false),
            copies: validator.member(object, "copies", .int32(min: 0), nullable: false),
            publishedOn: validator.member(object, "published_on", .date, nullable: true),
            price: validator.member(object, "price", .decimal(precision: 8, scale: 2, min: DecimalValue(unchecked: "0.00")), nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
