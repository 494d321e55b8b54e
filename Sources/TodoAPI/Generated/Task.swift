// Generated from spec/todo.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/todo.yaml#/models/Task
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `TaskInput` and `TaskPatch`.
public struct Task: Sendable {
    public let id: Int32
    public let userID: UUID
    public let title: String
    public let description: String?
    public let completed: Bool
    public let createdAt: Timestamp
    public let updatedAt: Timestamp
}

extension Task: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            userID: try row.decode(1),
            title: try row.decode(2),
            description: try row.decodeOptional(3),
            completed: try row.decode(4),
            createdAt: try row.decode(5),
            updatedAt: try row.decode(6)
        )
    }
}

extension Task: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("user_id", uuid: self.userID)
        writer.member("title", string: self.title)
        writer.member("description", string: self.description)
        writer.member("completed", bool: self.completed)
        writer.member("created_at", timestamp: self.createdAt)
        writer.member("updated_at", timestamp: self.updatedAt)
        writer.endObject()
    }
}

extension Task: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Task(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("user_id", 1, .uuid),
        .member("title", 2, .string),
        .member("description", 3, .string, optional: true),
        .member("completed", 4, .bool),
        .member("created_at", 5, .timestamp),
        .member("updated_at", 6, .timestamp),
    ])
}

/// The body of a create or replace request for `Task`: the fields a client may set.
/// An absent optional field takes its default.
public struct TaskInput: Sendable, JSONBodyDecodable {
    public let title: String
    public let description: String?
    public let completed: Bool

    public init(
        title: String,
        description: String? = nil,
        completed: Bool = false
    ) {
        self.title = title
        self.description = description
        self.completed = completed
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TaskInput? {
        let issues = validator.issueCount
        let input = TaskInput(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200)),
            description: validator.member(object, "description", .string(maxLength: 1000), nullable: true).nullable(default: nil),
            completed: validator.member(object, "completed", .bool, nullable: false).value(default: false)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Task`: any subset of the fields a client may set.
public struct TaskPatch: Sendable, JSONBodyDecodable {
    public let title: Presence<String>
    public let description: Presence<String>
    public let completed: Presence<Bool>

    public init(
        title: Presence<String> = .absent,
        description: Presence<String> = .absent,
        completed: Presence<Bool> = .absent
    ) {
        self.title = title
        self.description = description
        self.completed = completed
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TaskPatch? {
        let issues = validator.issueCount
        let patch = TaskPatch(
            title: validator.member(object, "title", .string(minLength: 1, maxLength: 200), nullable: false),
            description: validator.member(object, "description", .string(maxLength: 1000), nullable: true),
            completed: validator.member(object, "completed", .bool, nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
