// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Piece
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `PieceInput` and `PiecePatch`.
public struct Piece: Sendable {
    public let binds: Int32
    public let request: Int32
    public let database: Int32
    public let name: String
}

extension Piece: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            binds: try row.decode(0),
            request: try row.decode(1),
            database: try row.decode(2),
            name: try row.decode(3)
        )
    }
}

extension Piece: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("binds", int: self.binds)
        writer.member("request", int: self.request)
        writer.member("database", int: self.database)
        writer.member("name", string: self.name)
        writer.endObject()
    }
}

extension Piece: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Piece(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("binds", 0, .int32),
        .member("request", 1, .int32),
        .member("database", 2, .int32),
        .member("name", 3, .string),
    ])
}

/// The body of a create or replace request for `Piece`: the fields a client may set.
/// An absent optional field takes its default.
public struct PieceInput: Sendable, JSONBodyDecodable {
    public let name: String

    public init(
        name: String
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PieceInput? {
        let issues = validator.issueCount
        let input = PieceInput(
            name: validator.member(object, "name", .string(maxLength: 20))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Piece`: any subset of the fields a client may set.
public struct PiecePatch: Sendable, JSONBodyDecodable {
    public let name: Presence<String>

    public init(
        name: Presence<String> = .absent
    ) {
        self.name = name
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> PiecePatch? {
        let issues = validator.issueCount
        let patch = PiecePatch(
            name: validator.member(object, "name", .string(maxLength: 20), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
