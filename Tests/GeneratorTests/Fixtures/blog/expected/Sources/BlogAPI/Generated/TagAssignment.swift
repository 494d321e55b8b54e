// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The body of a tag assignment request.
/// Generated from spec/blog.yaml#/models/TagAssignment
public struct TagAssignment: Sendable {
    public let names: JSONText

    /// Handlers build it (no store reads it), in this module or another.
    public init(
        names: JSONText
    ) {
        self.names = names
    }
}

extension TagAssignment: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("names", json: self.names)
        writer.endObject()
    }
}

/// The body of a create or replace request for `TagAssignment`: the fields a client may set.
/// An absent optional field takes its default.
public struct TagAssignmentInput: Sendable, JSONBodyDecodable {
    public let names: JSONText

    public init(
        names: JSONText
    ) {
        self.names = names
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TagAssignmentInput? {
        let issues = validator.issueCount
        let input = TagAssignmentInput(
            names: validator.member(object, "names", .jsonText)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `TagAssignment`: any subset of the fields a client may set.
public struct TagAssignmentPatch: Sendable, JSONBodyDecodable {
    public let names: Presence<JSONText>

    public init(
        names: Presence<JSONText> = .absent
    ) {
        self.names = names
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> TagAssignmentPatch? {
        let issues = validator.issueCount
        let patch = TagAssignmentPatch(
            names: validator.member(object, "names", .jsonText, nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
