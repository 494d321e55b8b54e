/// One SQL statement with a stable name. The pool prepares it on a connection the first time that
/// connection runs it and reuses the server-side plan afterwards; in unnamed mode (PgBouncer in
/// transaction pooling) the name is ignored and the SQL is sent each time.
///
/// Generated code declares one `static let` per query, so names are unique per program.
public struct PreparedStatement: Sendable, Hashable {
    public let name: String
    public let sql: String

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }
}
