// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Local
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `LocalInput` and `LocalPatch`.
public struct Local: Sendable {
    public let id: Int32
    public let object: String
    public let validator: String?
    public let issues: Int32?
    public let patch: Int32?
    public let input: Int32?
    public let request: Int32?
    public let binds: Int32?
    public let store: Int32?
    public let database: Int32?
    public let query: Int32?
    public let page: Int32?
    public let statement: Int32?
    public let writer: Int32?
    public let row: Int32?
}

extension Local: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            object: try row.decode(1),
            validator: try row.decodeOptional(2),
            issues: try row.decodeOptional(3),
            patch: try row.decodeOptional(4),
            input: try row.decodeOptional(5),
            request: try row.decodeOptional(6),
            binds: try row.decodeOptional(7),
            store: try row.decodeOptional(8),
            database: try row.decodeOptional(9),
            query: try row.decodeOptional(10),
            page: try row.decodeOptional(11),
            statement: try row.decodeOptional(12),
            writer: try row.decodeOptional(13),
            row: try row.decodeOptional(14)
        )
    }
}

extension Local: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("object", string: self.object)
        writer.member("validator", string: self.validator)
        writer.member("issues", int: self.issues)
        writer.member("patch", int: self.patch)
        writer.member("input", int: self.input)
        writer.member("request", int: self.request)
        writer.member("binds", int: self.binds)
        writer.member("store", int: self.store)
        writer.member("database", int: self.database)
        writer.member("query", int: self.query)
        writer.member("page", int: self.page)
        writer.member("statement", int: self.statement)
        writer.member("writer", int: self.writer)
        writer.member("row", int: self.row)
        writer.endObject()
    }
}

extension Local: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Local(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("object", 1, .string),
        .member("validator", 2, .string, optional: true),
        .member("issues", 3, .int32, optional: true),
        .member("patch", 4, .int32, optional: true),
        .member("input", 5, .int32, optional: true),
        .member("request", 6, .int32, optional: true),
        .member("binds", 7, .int32, optional: true),
        .member("store", 8, .int32, optional: true),
        .member("database", 9, .int32, optional: true),
        .member("query", 10, .int32, optional: true),
        .member("page", 11, .int32, optional: true),
        .member("statement", 12, .int32, optional: true),
        .member("writer", 13, .int32, optional: true),
        .member("row", 14, .int32, optional: true),
    ])
}

/// The body of a create or replace request for `Local`: the fields a client may set.
/// An absent optional field takes its default.
public struct LocalInput: Sendable, JSONBodyDecodable {
    public let object: String
    public let validator: String?
    public let issues: Int32?
    public let patch: Int32?
    public let input: Int32?
    public let request: Int32?
    public let binds: Int32?
    public let store: Int32?
    public let database: Int32?
    public let query: Int32?
    public let page: Int32?
    public let statement: Int32?
    public let writer: Int32?
    public let row: Int32?

    public init(
        object: String,
        validator: String? = nil,
        issues: Int32? = nil,
        patch: Int32? = nil,
        input: Int32? = nil,
        request: Int32? = nil,
        binds: Int32? = nil,
        store: Int32? = nil,
        database: Int32? = nil,
        query: Int32? = nil,
        page: Int32? = nil,
        statement: Int32? = nil,
        writer: Int32? = nil,
        row: Int32? = nil
    ) {
        self.object = object
        self.validator = validator
        self.issues = issues
        self.patch = patch
        self.input = input
        self.request = request
        self.binds = binds
        self.store = store
        self.database = database
        self.query = query
        self.page = page
        self.statement = statement
        self.writer = writer
        self.row = row
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> LocalInput? {
        let issues = validator.issueCount
        let input = LocalInput(
            object: validator.member(object, "object", .string(maxLength: 20)),
            validator: validator.member(object, "validator", .string(maxLength: 20), nullable: true).nullable(default: nil),
            issues: validator.member(object, "issues", .int32(), nullable: true).nullable(default: nil),
            patch: validator.member(object, "patch", .int32(), nullable: true).nullable(default: nil),
            input: validator.member(object, "input", .int32(), nullable: true).nullable(default: nil),
            request: validator.member(object, "request", .int32(), nullable: true).nullable(default: nil),
            binds: validator.member(object, "binds", .int32(), nullable: true).nullable(default: nil),
            store: validator.member(object, "store", .int32(), nullable: true).nullable(default: nil),
            database: validator.member(object, "database", .int32(), nullable: true).nullable(default: nil),
            query: validator.member(object, "query", .int32(), nullable: true).nullable(default: nil),
            page: validator.member(object, "page", .int32(), nullable: true).nullable(default: nil),
            statement: validator.member(object, "statement", .int32(), nullable: true).nullable(default: nil),
            writer: validator.member(object, "writer", .int32(), nullable: true).nullable(default: nil),
            row: validator.member(object, "row", .int32(), nullable: true).nullable(default: nil)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Local`: any subset of the fields a client may set.
public struct LocalPatch: Sendable, JSONBodyDecodable {
    public let object: Presence<String>
    public let validator: Presence<String>
    public let issues: Presence<Int32>
    public let patch: Presence<Int32>
    public let input: Presence<Int32>
    public let request: Presence<Int32>
    public let binds: Presence<Int32>
    public let store: Presence<Int32>
    public let database: Presence<Int32>
    public let query: Presence<Int32>
    public let page: Presence<Int32>
    public let statement: Presence<Int32>
    public let writer: Presence<Int32>
    public let row: Presence<Int32>

    public init(
        object: Presence<String> = .absent,
        validator: Presence<String> = .absent,
        issues: Presence<Int32> = .absent,
        patch: Presence<Int32> = .absent,
        input: Presence<Int32> = .absent,
        request: Presence<Int32> = .absent,
        binds: Presence<Int32> = .absent,
        store: Presence<Int32> = .absent,
        database: Presence<Int32> = .absent,
        query: Presence<Int32> = .absent,
        page: Presence<Int32> = .absent,
        statement: Presence<Int32> = .absent,
        writer: Presence<Int32> = .absent,
        row: Presence<Int32> = .absent
    ) {
        self.object = object
        self.validator = validator
        self.issues = issues
        self.patch = patch
        self.input = input
        self.request = request
        self.binds = binds
        self.store = store
        self.database = database
        self.query = query
        self.page = page
        self.statement = statement
        self.writer = writer
        self.row = row
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> LocalPatch? {
        let issues = validator.issueCount
        let patch = LocalPatch(
            object: validator.member(object, "object", .string(maxLength: 20), nullable: false),
            validator: validator.member(object, "validator", .string(maxLength: 20), nullable: true),
            issues: validator.member(object, "issues", .int32(), nullable: true),
            patch: validator.member(object, "patch", .int32(), nullable: true),
            input: validator.member(object, "input", .int32(), nullable: true),
            request: validator.member(object, "request", .int32(), nullable: true),
            binds: validator.member(object, "binds", .int32(), nullable: true),
            store: validator.member(object, "store", .int32(), nullable: true),
            database: validator.member(object, "database", .int32(), nullable: true),
            query: validator.member(object, "query", .int32(), nullable: true),
            page: validator.member(object, "page", .int32(), nullable: true),
            statement: validator.member(object, "statement", .int32(), nullable: true),
            writer: validator.member(object, "writer", .int32(), nullable: true),
            row: validator.member(object, "row", .int32(), nullable: true)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
