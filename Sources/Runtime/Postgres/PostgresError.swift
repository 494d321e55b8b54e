import RuntimeCore

/// A database failure, classified so handlers can react (`catch let e as PostgresError where
/// e.kind == .uniqueViolation`) and so the router can answer without leaking anything: the
/// response never contains SQL, server messages or submitted values; `description` (for logs)
/// has the server's primary message but not its DETAIL line, which can hold row values.
public struct PostgresError: HTTPResponseConvertible, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// 23505 → 409.
        case uniqueViolation
        /// 23503 → 409.
        case foreignKeyViolation
        /// 23514 → 422.
        case checkViolation
        /// 23502 → 422.
        case notNullViolation
        /// Class 22 (out of range, too long, bad text such as NUL) → 422.
        case invalidValue
        /// 40001 or 40P01 still failing after the transaction retries → 503.
        case serializationFailure
        /// 57014: `statement_timeout` (or a cancel) stopped the statement → 503.
        case queryTimeout
        /// The server is down, refused us, or the connection broke → 503 at once.
        case connectionUnavailable
        /// No connection became free within the acquire timeout → 503.
        case poolTimeout
        /// The client was shut down → 503.
        case shutdown
        /// Anything else: a bug or a schema mismatch → 500.
        case other
    }

    public var kind: Kind
    /// The five-character SQLSTATE, when the server sent one.
    public var sqlState: String?
    /// The violated constraint, for the 23xxx kinds.
    public var constraint: String?
    /// The table and column the server names, when it does.
    public var table: String?
    public var column: String?
    /// Server or libpq message, for logs only.
    public var message: String
    /// The conflicting columns of a unique/foreign key violation, parsed from DETAIL without the values.
    public var keyColumns: String?
    /// For 23503: true when a row is still referenced (a DELETE), false when the referenced row is missing.
    public var isStillReferenced = false
    /// Nothing of the statement reached the server: its connection was found closed before
    /// anything was sent (`ConnectionSession.closedBeforeSending`), so running it elsewhere is safe.
    var wasNotSent = false

    public init(kind: Kind, sqlState: String? = nil, constraint: String? = nil, message: String) {
        self.kind = kind
        self.sqlState = sqlState
        self.constraint = constraint
        self.message = message
    }

    public var description: String {
        var text = "PostgresError(\(kind)"
        if let sqlState { text += ", sqlstate \(sqlState)" }
        if let constraint { text += ", constraint \(constraint)" }
        return text + "): " + message
    }

    public func response() -> Response {
        switch kind {
        case .uniqueViolation:
            return HTTPError(
                status: 409,
                detail: keyColumns.map { "A record with this \($0) already exists" }
                    ?? "Record already exists"
            ).response()
        case .foreignKeyViolation:
            return HTTPError(
                status: 409,
                detail: isStillReferenced
                    ? "Record is still referenced by other records" : "Referenced record does not exist"
            ).response()
        case .checkViolation, .invalidValue:
            return ValidationError([ValidationIssue(loc: .body(), msg: "Value is not accepted by the database", type: "value_error")])
                .response()
        case .notNullViolation:
            let loc = column.map { Loc.body($0) } ?? Loc.body()
            return ValidationError([ValidationIssue(loc: loc, msg: "Field required", type: "missing")]).response()
        case .serializationFailure:
            return HTTPError(status: 503, detail: "Database busy, please retry").response()
        case .queryTimeout, .connectionUnavailable, .poolTimeout, .shutdown:
            return HTTPError(status: 503, detail: "Database unavailable").response()
        case .other:
            return HTTPError(status: 500, detail: "Internal Server Error").response()
        }
    }

    /// The database could not do the work at all (unreachable, no connection free within the
    /// acquire timeout, statement timeout, busy, shut down): the answer is 503. Another statement
    /// in the same request would most likely meet the same condition and only make the client wait
    /// longer for the same 503, so callers do not send one just to refine the answer (see
    /// `APIContext.proving`).
    public var isUnavailable: Bool {
        switch kind {
        case .serializationFailure, .queryTimeout, .connectionUnavailable, .poolTimeout, .shutdown: true
        case .uniqueViolation, .foreignKeyViolation, .checkViolation, .notNullViolation, .invalidValue, .other: false
        }
    }
}

extension PostgresError {
    /// Classifies a failed statement. `connectionBroken` wins: whatever the server said last,
    /// the caller only needs to know the database is unreachable.
    init(_ error: LibPQServerError, connectionBroken: Bool) {
        let kind = connectionBroken ? .connectionUnavailable : Self.kind(sqlState: error.sqlState)
        self.init(kind: kind, sqlState: error.sqlState, constraint: error.constraint, message: error.message)
        table = error.table
        column = error.column
        if let detail = error.detail, kind == .uniqueViolation || kind == .foreignKeyViolation {
            keyColumns = Self.keyColumns(detail: detail)
            isStillReferenced = detail.contains("is still referenced")
        }
    }

    static func kind(sqlState: String?) -> Kind {
        guard let sqlState else { return .other }
        switch sqlState {
        case "23505": return .uniqueViolation
        case "23503": return .foreignKeyViolation
        case "23514": return .checkViolation
        case "23502": return .notNullViolation
        case "40001", "40P01": return .serializationFailure
        case "57014": return .queryTimeout
        // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
        case "57P01", "57P02", "57P03", "53300": return .connectionUnavailable
        default:
            if sqlState.hasPrefix("22") { return .invalidValue }
            if sqlState.hasPrefix("08") { return .connectionUnavailable }
            return .other
        }
    }

    /// `Key (email)=(a@b.c) already exists.` → `email`, only when the key is plain column names
    /// (an expression index could echo values).
    static func keyColumns(detail: String) -> String? {
        guard detail.hasPrefix("Key ("), let end = detail.range(of: ")=(") else { return nil }
        let columns = detail[detail.index(detail.startIndex, offsetBy: 5)..<end.lowerBound]
        let allowed = columns.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "," || $0 == " ") }
        return allowed && !columns.isEmpty ? String(columns) : nil
    }

    static let unavailable = PostgresError(kind: .connectionUnavailable, message: "database unavailable")

    static let closedBeforeSending: PostgresError = {
        var error = PostgresError(kind: .connectionUnavailable, message: "the server had closed the connection; nothing was sent")
        error.wasNotSent = true
        return error
    }()
}
