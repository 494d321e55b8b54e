/// A JSON document kept as its text, for `json` fields: stored in a `jsonb` column and written
/// into responses as-is, never re-parsed on the way out.
public struct JSONText: Sendable, Hashable, CustomStringConvertible {
    public var text: String

    /// `text` must already be valid JSON (it comes from the JSON parser or from Postgres).
    public init(_ text: String) {
        self.text = text
    }

    public var description: String { text }
}
