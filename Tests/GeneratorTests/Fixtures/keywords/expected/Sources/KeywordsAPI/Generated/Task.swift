// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/Task
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `TaskInput` and `TaskPatch`.
public struct Task: Sendable {
    public let id: Int64
    public let title: String
}

extension Task: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            title: try row.decode(1)
        )
    }
}

extension Task: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("title", string: self.title)
        writer.endObject()
    }
}

extension Task: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Task(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("title", 1, .string),
    ])
}

/// The body of a create or replace request for `Task`: the fields a client may set.
/// An absent optional field takes its default.
public struct TaskInput: Sendable, JSONBodyDecodable {
    public let title: String

    public init(
        title: String
    ) {
        self.title = title
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TaskInput? {
        let issues = validator.issueCount
        let input = TaskInput(
            title: validator.member(object, "title", .string(maxLength: 80))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Task`: any subset of the fields a client may set.
public struct TaskPatch: Sendable, JSONBodyDecodable {
    public let title: Presence<String>

    public init(
        title: Presence<String> = .absent
    ) {
        self.title = title
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TaskPatch? {
        let issues = validator.issueCount
        let patch = TaskPatch(
            title: validator.member(object, "title", .string(maxLength: 80), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
