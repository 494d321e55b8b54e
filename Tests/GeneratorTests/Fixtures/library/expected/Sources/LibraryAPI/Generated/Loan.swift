// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Loan
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `LoanInput` and `LoanPatch`.
public struct Loan: Sendable {
    public let id: Int64
    public let memberID: UUID
    public let bookID: Int32
    public let returned: Bool
    public let lentAt: Timestamp
}

extension Loan: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            memberID: try row.decode(1),
            bookID: try row.decode(2),
            returned: try row.decode(3),
            lentAt: try row.decode(4)
        )
    }
}

extension Loan: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("member_id", uuid: self.memberID)
        writer.member("book_id", int: self.bookID)
        writer.member("returned", bool: self.returned)
        writer.member("lent_at", timestamp: self.lentAt)
        writer.endObject()
    }
}

extension Loan: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Loan(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("member_id", 1, .uuid),
        .member("book_id", 2, .int32),
        .member("returned", 3, .bool),
        .member("lent_at", 4, .timestamp),
    ])
}

/// The body of a create or replace request for `Loan`: the fields a client may set.
/// An absent optional field takes its default.
public struct LoanInput: Sendable, JSONBodyDecodable {
    public let bookID: Int32
    public let returned: Bool

    public init(
        bookID: Int32,
        returned: Bool = false
    ) {
        self.bookID = bookID
        self.returned = returned
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> LoanInput? {
        let issues = validator.issueCount
        let input = LoanInput(
            bookID: validator.member(object, "book_id", .int32()),
            returned: validator.member(object, "returned", .bool, nullable: false).value(default: false)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Loan`: any subset of the fields a client may set.
public struct LoanPatch: Sendable, JSONBodyDecodable {
    public let bookID: Presence<Int32>
    public let returned: Presence<Bool>

    public init(
        bookID: Presence<Int32> = .absent,
        returned: Presence<Bool> = .absent
    ) {
        self.bookID = bookID
        self.returned = returned
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> LoanPatch? {
        let issues = validator.issueCount
        let patch = LoanPatch(
            bookID: validator.member(object, "book_id", .int32(), nullable: false),
            returned: validator.member(object, "returned", .bool, nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
