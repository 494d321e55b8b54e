// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Book
public struct Book: Sendable {
    public let id: Int32
    public let title: String
    public let genre: Genre
    public let copies: Int32
    public let timesLent: Int32
    public let publishedOn: CalendarDate?
    public let price: DecimalValue?
    public let addedAt: Timestamp

    public init(
        id: Int32,
        title: String,
        genre: Genre,
        copies: Int32,
        timesLent: Int32,
        publishedOn: CalendarDate?,
        price: DecimalValue?,
        addedAt: Timestamp
    ) {
        self.id = id
        self.title = title
        self.genre = genre
        self.copies = copies
        self.timesLent = timesLent
        self.publishedOn = publishedOn
        self.price = price
        self.addedAt = addedAt
    }
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
        writer.key("id")
        writer.int(self.id)
        writer.key("title")
        writer.string(self.title)
        writer.key("genre")
        writer.string(self.genre.rawValue)
        writer.key("copies")
        writer.int(self.copies)
        writer.key("times_lent")
        writer.int(self.timesLent)
        writer.key("published_on")
        if let value = self.publishedOn { writer.date(value) } else { writer.null() }
        writer.key("price")
        if let value = self.price { writer.decimal(value) } else { writer.null() }
        writer.key("added_at")
        writer.timestamp(self.addedAt)
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
        let _title = validator.required(object, "title", .string(minLength: 1, maxLength: 200))
        let _genre = validator.required(object, "genre", .enumeration(Genre.self))
        let _copies = validator.optional(object, "copies", .int32(min: 0), nullable: false)
        let _publishedOn = validator.optional(object, "published_on", .date, nullable: true)
        let _price = validator.optional(object, "price", .decimal(precision: 8, scale: 2, min: DecimalValue(unchecked: "0.00")), nullable: true)
        guard let _title, let _genre, let _copies, let _publishedOn, let _price else { return nil }
        return BookInput(
            title: _title,
            genre: _genre,
            copies: _copies.value(default: 1),
            publishedOn: _publishedOn.nullable(default: nil),
            price: _price.nullable(default: nil)
        )
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
