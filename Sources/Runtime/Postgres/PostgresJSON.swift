/// A `json`/`jsonb` value as its JSON text. The runtime does not parse it here: handlers that need
/// structure hand the text to RuntimeJSON, and responses can embed it raw.
public struct PostgresJSON: Sendable, Hashable, PostgresBindable, PostgresDecodable {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    public init(postgresText: String) throws(PostgresDecodingError) {
        text = postgresText
    }

    public var postgresText: String { text }
}
