// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/library.yaml#/models/Suggestion
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `SuggestionInput` and `SuggestionPatch`.
public struct Suggestion: Sendable {
    public let id: Int32
    public let title: String
    public let genre: Genre?
}

extension Suggestion: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            title: try row.decode(1),
            genre: try row.decodeOptional(2)
        )
    }
}

extension Suggestion: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("title", string: self.title)
        writer.member("genre", string: self.genre?.rawValue)
        writer.endObject()
    }
}

extension Suggestion: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Suggestion(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("title", 1, .string),
        .member("genre", 2, .enumeration(Genre.self), optional: true),
    ])
}

/// The body of a create or replace request for `Suggestion`: the fields a client may set.
/// An absent optional field takes its default.
public struct SuggestionInput: Sendable, JSONBodyDecodable {
    public let title: String
    public let genre: Genre?

    public init(
        title: String,
        genre: Genre? = nil
    ) {
        self.title = title
        self.genre = genre
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> SuggestionInput? {
        let issues = validator.issueCount
        let input = SuggestionInput(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200)),
            genre: validator.member(object, "genre", .enumeration(Genre.self), nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Suggestion`: any subset of the fields a client may set.
public struct SuggestionPatch: Sendable, JSONBodyDecodable {
    public let title: Presence<String>
    public let genre: Presence<Genre>

    public init(
        title: Presence<String> = .absent,
        genre: Presence<Genre> = .absent
    ) {
        self.title = title
        self.genre = genre
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> SuggestionPatch? {
        let issues = validator.issueCount
        let patch = SuggestionPatch(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200), nullable: false),
            genre: validator.member(object, "genre", .enumeration(Genre.self), nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
