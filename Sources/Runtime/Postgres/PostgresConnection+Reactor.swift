import RuntimeCore

/// Statements answered on the caller's event loop instead of the connection's thread
/// (docs/decisions/0006-database-io-on-the-event-loop.md): no thread hand-off either way, which
/// on a busy server is most of a short statement's cost. Each entry point falls back to the
/// connection's thread (`run`) whenever the loop path does not apply: no event loop on this
/// thread, the connection busy with a job (or another statement of the same lease), a statement
/// not yet prepared on this connection, unnamed statements (PgBouncer mode), a NUL in a
/// parameter, an encrypted connection, a connection that needs replacing, or SQLSTATE 26000
/// outside a transaction (the thread path prepares again). A connection the server closed while
/// it sat idle (`ConnectionSession.closedBeforeSending`) also goes to the thread, which reports
/// it without sending, so the client can run the statement on another connection.
extension PostgresConnection {
    /// A prepared statement, in autocommit mode or (`inTransaction`) inside this lease's
    /// transaction block.
    func query(_ statement: PreparedStatement, _ bindings: PostgresBindings, unnamed: Bool, inTransaction: Bool) async
        -> Result<PostgresResult, PostgresError>
    {
        let answer = await onReactor(
            eligible: {
                !$0.closedBeforeSending() && $0.isReadyToSend(statement, bindings, unnamed: unnamed, inTransaction: inTransaction)
            },
            send: { $0.sendPrepared(name: statement.name, parameters: bindings.values) },
            complete: { session, outcome -> Result<PostgresResult, PostgresError>? in
                if outcome.error?.sqlState == "26000", session.connection.isIdle {
                    session.forgetPreparedStatements()
                    return nil
                }
                return session.finish(outcome)
            })
        if let answer { return answer }
        return await run { $0.query(statement, bindings, unnamed: unnamed) }
    }

    /// BEGIN, COMMIT or ROLLBACK. COMMIT of a transaction that had failed is reported as an
    /// error (PostgreSQL answers it with a silent ROLLBACK), as `ConnectionSession.commit` does.
    func control(_ command: TransactionControl) async -> Result<Void, PostgresError> {
        // A connection known to be unusable is about to be closed; its thread could block behind
        // an unread result before failing anyway.
        if isBroken { return .failure(PostgresError.unavailable) }
        var wasFailed = false
        let answer = await onReactor(
            eligible: { session in
                wasFailed = session.connection.isInFailedTransaction
                return !(command == .begin && session.closedBeforeSending()) && session.isReadyForControl(command)
            },
            send: { $0.sendSimple(command.sql) },
            complete: { session, outcome -> Result<Void, PostgresError>? in
                session.finish(outcome).flatMap { _ in
                    command == .commit && wasFailed
                        ? .failure(PostgresError(kind: .other, sqlState: "25P02", message: "transaction had failed and was rolled back"))
                        : .success(())
                }
            })
        if let answer { return answer }
        switch command {
        case .commit: return await run { $0.commit() }
        case .begin:
            return await run { $0.closedBeforeSending() ? .failure(.closedBeforeSending) : $0.execute(command.sql).map { _ in () } }
        case .rollback: return await run { $0.execute(command.sql).map { _ in () } }
        }
    }

    /// Claims the session (`claimForLoop`), sends with `send`, awaits the answer on the current
    /// event loop and hands it to `complete`, all before giving the session back, so nothing
    /// else touches it meanwhile. nil, when the loop path does not apply or `complete` says so,
    /// means: use the thread.
    private func onReactor<R>(
        eligible: (ConnectionSession) -> Bool, send: (LibPQConnection) -> Bool,
        complete: (ConnectionSession, LibPQResult) -> R?
    ) async -> R? {
        guard let reactor = IOReactorContext.current, let session = claimForLoop(.statement, on: reactor) else { return nil }
        defer { releaseFromLoop(session, by: .statement) }
        guard eligible(session) else { return nil }
        let connection = session.connection
        guard connection.setNonBlocking(true) else { return nil }
        let outcome: LibPQResult
        if send(connection) {
            outcome = await withCheckedContinuation { continuation in
                ReactorQuery(session: session, reactor: reactor) { continuation.resume(returning: $0) }.start()
            }
        } else {
            outcome = LibPQResult(nil, connection: connection)
        }
        // A failed connection is about to be closed: leaving non-blocking mode would try to
        // flush its unsent output, blocking.
        if session.isSound { _ = connection.setNonBlocking(false) }
        return complete(session, outcome)
    }
}

/// The transaction-control statements a transaction sends.
enum TransactionControl: Equatable, Sendable {
    case begin, commit, rollback

    var sql: String {
        switch self {
        case .begin: "BEGIN"
        case .commit: "COMMIT"
        case .rollback: "ROLLBACK"
        }
    }
}
