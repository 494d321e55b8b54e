import Synchronization

/// A list's first page without filters, with its page size written into the SQL
/// (`… ORDER BY … LIMIT 50`) instead of bound.
///
/// Why: Postgres plans a prepared statement anew for every execution (a "custom plan") while
/// a plan made without the parameters' values (the "generic plan") looks costlier to it. A
/// bound LIMIT makes it look so: without the value, the planner assumes a tenth of the rows is
/// wanted. And a list's optional filters (`$2 IS NULL OR …`) make the generic plan truly worse,
/// so the general list statement is planned on every request, a quarter of Postgres's work per
/// request at 1,000 rows (docs/decisions/0016). The common request, the first page with no
/// filter, gets this statement instead: no filter, and the size as a literal, so Postgres keeps
/// one generic plan per page size and connection.
///
/// The size is an `Int` the list query already validated (1 through its `max_limit`), written
/// by Swift's integer formatting: no text of the request reaches the SQL. At most `maximumSizes` sizes get a statement (each is one more
/// prepared statement on every connection); other sizes answer nil and the caller runs the
/// general statement.
public final class FirstPageStatement: Sendable {
    /// How many page sizes get their own statement.
    public static let maximumSizes = 4

    /// The name the statements' names start with: `tasks_list_created_desc_first` becomes
    /// `tasks_list_created_desc_first_50`.
    public let name: String
    /// The statement up to its ORDER BY; ` LIMIT <size>` follows.
    public let sql: String
    private let bySize = Mutex<[Int: PreparedStatement]>([:])

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }

    /// The statement for pages of `size` rows, or nil when `maximumSizes` other sizes already
    /// have theirs (or for a size below 1, which a list query never validates but hand-written
    /// code could pass).
    public func limited(_ size: Int) -> PreparedStatement? {
        guard size > 0 else { return nil }
        return bySize.withLock { statements in
            if let statement = statements[size] { return statement }
            guard statements.count < Self.maximumSizes else { return nil }
            let statement = PreparedStatement(name: "\(name)_\(size)", sql: "\(sql)\nLIMIT \(size)")
            statements[size] = statement
            return statement
        }
    }
}
