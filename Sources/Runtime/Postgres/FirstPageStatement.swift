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
/// filter, gets this statement instead: no filter, and the size as a literal, so Postgres
/// keeps one generic plan per page size and connection.
///
/// The size is an `Int` the list query already validated (1 through its `max_limit`), written
/// by Swift's integer formatting: no text of the request reaches the SQL. Besides the list's
/// default size, at most `maximumSizes` sizes get a statement (each is one more prepared
/// statement on every connection), the first ones asked for; other sizes answer nil and the
/// caller runs the general statement.
public final class FirstPageStatement: Sendable {
    /// How many page sizes get their own statement, besides the list's default size.
    public static let maximumSizes = 4

    /// The name the statements' names start with: `tasks_list_created_desc_first` becomes
    /// `tasks_list_created_desc_first_50`.
    public let name: String
    /// The statement up to its ORDER BY; ` LIMIT <size>` follows.
    public let sql: String
    /// The statement of the list's `default_limit`, made up front: the common request takes it
    /// without a lock, and other sizes asked first cannot take its place.
    private let defaultStatement: PreparedStatement
    private let defaultSize: Int
    /// Other sizes, made on first use.
    private let bySize = Mutex<[Int: PreparedStatement]>([:])

    public init(name: String, defaultSize: Int, sql: String) {
        self.name = name
        self.sql = sql
        self.defaultSize = defaultSize
        defaultStatement = Self.statement(name, sql, size: defaultSize)
    }

    /// The statement for pages of `size` rows, or nil when `maximumSizes` other sizes already
    /// have theirs (or for a size below 1, which a list query never validates but hand-written
    /// code could pass).
    public func limited(_ size: Int) -> PreparedStatement? {
        guard size > 0 else { return nil }
        if size == defaultSize { return defaultStatement }
        return bySize.withLock { statements in
            if let statement = statements[size] { return statement }
            guard statements.count < Self.maximumSizes else { return nil }
            let statement = Self.statement(name, sql, size: size)
            statements[size] = statement
            return statement
        }
    }

    private static func statement(_ name: String, _ sql: String, size: Int) -> PreparedStatement {
        PreparedStatement(name: statementName(name, size: size), sql: "\(sql)\nLIMIT \(size)")
    }

    /// `<name>_<size>`, kept within the 63 bytes of a Postgres name: Postgres cuts a longer name,
    /// so two sizes of a long name would become one statement name (42P05 on the second). A long
    /// one keeps its start and ends with a hash of the whole.
    static func statementName(_ name: String, size: Int) -> String {
        let full = "\(name)_\(size)"
        let limit = 63
        guard full.utf8.count > limit else { return full }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
        for byte in full.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3 }
        let suffix = "_" + String(hash, radix: 16)
        var kept = ""
        for character in full where kept.utf8.count + character.utf8.count + suffix.utf8.count <= limit {
            kept.append(character)
        }
        return kept + suffix
    }
}
