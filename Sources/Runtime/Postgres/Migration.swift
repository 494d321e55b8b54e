/// One schema change: applied once, in `version` order, inside its own transaction.
public struct Migration: Sendable, Hashable {
    public var version: Int
    /// Usually the file name (`0001_create_tasks.sql`); shown in errors and stored with the version.
    public var name: String
    public var sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// SHA-256 of the SQL with line endings normalised, so a checkout that turns LF into CRLF
    /// does not look like an edit.
    public var checksum: String {
        SHA256.hexDigest(Array(sql.replacing("\r\n", with: "\n").utf8))
    }
}

/// Why migrating stopped. Each names the migration so the fix is obvious from the message.
public enum MigrationError: Error, Sendable, CustomStringConvertible {
    /// An applied migration's SQL differs from what was applied.
    case checksumMismatch(version: Int, name: String, applied: String, current: String)
    /// Two migrations share a version.
    case duplicateVersion(Int, names: [String])
    /// The migration's SQL failed; it was rolled back.
    case failed(version: Int, name: String, error: PostgresError)

    public var description: String {
        switch self {
        case .checksumMismatch(let version, let name, let applied, let current):
            return "migration \(version) (\(name)) was edited after it was applied "
                + "(checksum \(applied.prefix(12))… in schema_migrations, \(current.prefix(12))… now); "
                + "restore the file and add a new migration instead"
        case .duplicateVersion(let version, let names):
            return "migration version \(version) is used by more than one file: \(names.joined(separator: ", "))"
        case .failed(let version, let name, let error):
            return "migration \(version) (\(name)) failed and was rolled back: \(error.message)"
        }
    }
}
