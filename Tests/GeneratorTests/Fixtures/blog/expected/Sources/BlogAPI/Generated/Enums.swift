// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Runtime

/// Generated from spec/blog.yaml#/enums/PostState; stored as the Postgres enum `post_state`.
public enum PostState: String, Sendable, Hashable, CaseIterable, PostgresEnum {
    case draft
    case published
    case archived
}
