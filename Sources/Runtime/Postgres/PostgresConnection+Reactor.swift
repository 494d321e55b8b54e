import RuntimeCore

/// Statements answered on the caller's event loop instead of the connection's thread
/// (docs/decisions/0006-database-io-on-the-event-loop.md): no thread hand-off either way, which
/// on a busy server is most of a short statement's cost. Each entry point falls back to the
/// connection's thread (`run`) whenever the loop path does not apply: no event loop on this
/// thread, a statement not yet prepared on this connection, unnamed statements (PgBouncer mode),
/// a NUL in a parameter, a connection that needs replacing, or SQLSTATE 26000 outside a
/// transaction (the thread path prepares again). Only the task leasing the connection calls these.
extension PostgresConnection {
    /// A prepared statement, in autocommit mode or (`inTransaction`) inside this task's
    /// transaction block.
    func query(_ statement: PreparedStatement, _ bindings: PostgresBindings, unnamed: Bool, inTransaction: Bool) async
        -> Result<PostgresResult, PostgresError>
    {
        let answer = await onReactor(
            eligible: { $0.isReadyToSend(statement, bindings, unnamed: unnamed, inTransaction: inTransaction) },
            send: { $0.sendPrepared(name: statement.name, parameters: bindings.values) })
        if let (session, outcome) = answer {
            if outcome.error?.sqlState == "26000", session.connection.isIdle {
                session.forgetPreparedStatements()
            } else {
                return finish(session, session.finish(outcome))
            }
        }
        return await run { $0.query(statement, bindings, unnamed: unnamed) }
    }

    /// BEGIN, COMMIT or ROLLBACK. COMMIT of a transaction that had failed is reported as an
    /// error (PostgreSQL answers it with a silent ROLLBACK), as `ConnectionSession.commit` does.
    func control(_ command: TransactionControl) async -> Result<Void, PostgresError> {
        var wasFailed = false
        let answer = await onReactor(
            eligible: { session in
                wasFailed = session.connection.isInFailedTransaction
                return session.isReadyForControl(command)
            },
            send: { $0.sendSimple(command.sql) })
        guard let (session, outcome) = answer else {
            switch command {
            case .commit: return await run { $0.commit() }
            case .begin, .rollback: return await run { $0.execute(command.sql).map { _ in () } }
            }
        }
        let result = session.finish(outcome).flatMap { _ -> Result<Void, PostgresError> in
            command == .commit && wasFailed
                ? .failure(PostgresError(kind: .other, sqlState: "25P02", message: "transaction had failed and was rolled back"))
                : .success(())
        }
        return finish(session, result)
    }

    /// Sends with `send` and awaits the answer on the current event loop; nil, having sent
    /// nothing, when there is no loop or `eligible` says no.
    private func onReactor(eligible: (ConnectionSession) -> Bool, send: (LibPQConnection) -> Bool) async
        -> (ConnectionSession, LibPQResult)?
    {
        guard let reactor = IOReactorContext.current, let session = sessionSlot.session, eligible(session) else { return nil }
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
        if !session.needsReplacement { _ = connection.setNonBlocking(false) }
        return (session, outcome)
    }

    /// Records, as a job on the thread would, whether the pool must replace the connection.
    private func finish<T>(_ session: ConnectionSession, _ result: Result<T, PostgresError>) -> Result<T, PostgresError> {
        let replace = session.needsReplacement
        replaceable.withLock { $0 = replace }
        return result
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
