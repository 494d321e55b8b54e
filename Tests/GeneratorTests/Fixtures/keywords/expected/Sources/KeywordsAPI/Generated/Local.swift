// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Local
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

    public init(
        id: Int32,
        object: String,
        validator: String?,
        issues: Int32?,
        patch: Int32?,
        input: Int32?,
        request: Int32?,
        binds: Int32?,
        store: Int32?,
        database: Int32?,
        query: Int32?,
        page: Int32?,
        statement: Int32?,
        writer: Int32?,
        row: Int32?
    ) {
        self.id = id
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
        writer.key("id")
        writer.int(self.id)
        writer.key("object")
        writer.string(self.object)
        writer.key("validator")
        if let value = self.validator { writer.string(value) } else { writer.null() }
        writer.key("issues")
        if let value = self.issues { writer.int(value) } else { writer.null() }
        writer.key("patch")
        if let value = self.patch { writer.int(value) } else { writer.null() }
        writer.key("input")
        if let value = self.input { writer.int(value) } else { writer.null() }
        writer.key("request")
        if let value = self.request { writer.int(value) } else { writer.null() }
        writer.key("binds")
        if let value = self.binds { writer.int(value) } else { writer.null() }
        writer.key("store")
        if let value = self.store { writer.int(value) } else { writer.null() }
        writer.key("database")
        if let value = self.database { writer.int(value) } else { writer.null() }
        writer.key("query")
        if let value = self.query { writer.int(value) } else { writer.null() }
        writer.key("page")
        if let value = self.page { writer.int(value) } else { writer.null() }
        writer.key("statement")
        if let value = self.statement { writer.int(value) } else { writer.null() }
        writer.key("writer")
        if let value = self.writer { writer.int(value) } else { writer.null() }
        writer.key("row")
        if let value = self.row { writer.int(value) } else { writer.null() }
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
        let _object = validator.required(object, "object", .string(maxLength: 20))
        let _validator = validator.optional(object, "validator", .string(maxLength: 20), nullable: true)
        let _issues = validator.optional(object, "issues", .int32(), nullable: true)
        let _patch = validator.optional(object, "patch", .int32(), nullable: true)
        let _input = validator.optional(object, "input", .int32(), nullable: true)
        let _request = validator.optional(object, "request", .int32(), nullable: true)
        let _binds = validator.optional(object, "binds", .int32(), nullable: true)
        let _store = validator.optional(object, "store", .int32(), nullable: true)
        let _database = validator.optional(object, "database", .int32(), nullable: true)
        let _query = validator.optional(object, "query", .int32(), nullable: true)
        let _page = validator.optional(object, "page", .int32(), nullable: true)
        let _statement = validator.optional(object, "statement", .int32(), nullable: true)
        let _writer = validator.optional(object, "writer", .int32(), nullable: true)
        let _row = validator.optional(object, "row", .int32(), nullable: true)
        guard let _object, let _validator, let _issues, let _patch, let _input, let _request, let _binds, let _store, let _database, let _query, let _page, let _statement, let _writer, let _row else { return nil }
        return LocalInput(
            object: _object,
            validator: _validator.nullable(default: nil),
            issues: _issues.nullable(default: nil),
            patch: _patch.nullable(default: nil),
            input: _input.nullable(default: nil),
            request: _request.nullable(default: nil),
            binds: _binds.nullable(default: nil),
            store: _store.nullable(default: nil),
            database: _database.nullable(default: nil),
            query: _query.nullable(default: nil),
            page: _page.nullable(default: nil),
            statement: _statement.nullable(default: nil),
            writer: _writer.nullable(default: nil),
            row: _row.nullable(default: nil)
        )
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
