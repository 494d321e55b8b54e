/// One SQL statement with a stable name. The pool prepares it on a connection the first time that
/// connection runs it and reuses the server-side plan afterwards; in unnamed mode (PgBouncer in
/// transaction pooling) the name is ignored and the SQL is sent each time.
///
/// Generated code declares each query once (a store's as one element of its `statements`
/// tuple), so names are unique per program.
///
/// A final class of two constants, so it behaves as a value: two statements are equal when
/// their names and SQL are. It is a reference so that passing one (every store call does) costs
/// one retain rather than two strings' worth, in code and at run time (docs/decisions/0017).
public final class PreparedStatement: Sendable, Hashable {
    public let name: String
    public let sql: String

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }

    public static func == (lhs: PreparedStatement, rhs: PreparedStatement) -> Bool {
        lhs === rhs || (lhs.name == rhs.name && lhs.sql == rhs.sql)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(sql)
    }
}
