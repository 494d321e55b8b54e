// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/keywords.yaml#/models/TaskInit
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `TaskInitInput` and `TaskInitPatch`.
public struct TaskInit: Sendable {
    public let taskID: Int64
    public let initID: Int32
}

extension TaskInit: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            taskID: try row.decode(0),
            initID: try row.decode(1)
        )
    }
}

extension TaskInit: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("task_id", int: self.taskID)
        writer.member("init_id", int: self.initID)
        writer.endObject()
    }
}

extension TaskInit: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `TaskInit(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("task_id", 0, .int64),
        .member("init_id", 1, .int32),
    ])
}

/// The body of a create or replace request for `TaskInit`: the fields a client may set.
/// An absent optional field takes its default.
public struct TaskInitInput: Sendable, JSONBodyDecodable {
    public let taskID: Int64
    public let initID: Int32

    public init(
        taskID: Int64,
        initID: Int32
    ) {
        self.taskID = taskID
        self.initID = initID
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TaskInitInput? {
        let issues = validator.issueCount
        let input = TaskInitInput(
            taskID: validator.member(object, "task_id", .int64()),
            initID: validator.member(object, "init_id", .int32())
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `TaskInit`: any subset of the fields a client may set.
public struct TaskInitPatch: Sendable, JSONBodyDecodable {
    public let taskID: Presence<Int64>
    public let initID: Presence<Int32>

    public init(
        taskID: Presence<Int64> = .absent,
        initID: Presence<Int32> = .absent
    ) {
        self.taskID = taskID
        self.initID = initID
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TaskInitPatch? {
        let issues = validator.issueCount
        let patch = TaskInitPatch(
            taskID: validator.member(object, "task_id", .int64(), nullable: false),
            initID: validator.member(object, "init_id", .int32(), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
