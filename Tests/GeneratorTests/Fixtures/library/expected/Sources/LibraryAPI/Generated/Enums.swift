// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Runtime

/// Generated from spec/library.yaml#/enums/Genre; stored as the Postgres enum `genre`.
public enum Genre: String, Sendable, Hashable, CaseIterable, PostgresEnum {
    case fiction
    case history
    case science
}
