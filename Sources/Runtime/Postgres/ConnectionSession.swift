import Foundation

/// What one connection knows: the libpq connection and which statements it has prepared.
/// Not `Sendable`: it moves between the connection's thread and event loops, one holder at a
/// time, handed out and taken back by the connection's state machine (`ConnectionStateMachine`,
/// docs/decisions/0011-one-connection-state-machine.md).
final class ConnectionSession {
    let connection: LibPQConnection
    /// Statement name → SQL prepared under that name on this connection.
    private var prepared: [String: String] = [:]
    /// A client-side failure happened: the pool must close this connection rather than reuse it.
    private(set) var isPoisoned = false
    /// The server had ended the session while it was idle, found before a statement went out
    /// (`closedBeforeSending`): nothing sent since has reached the server either.
    private(set) var closedWhileIdle = false

    /// Whether the connection must not go back to the pool: broken, poisoned, or still inside a
    /// transaction block.
    var needsReplacement: Bool {
        !isSound || !connection.isIdle
    }

    init(connection: LibPQConnection) {
        self.connection = connection
    }

    /// How many statements this connection has prepared (for tests and metrics).
    var preparedCount: Int { prepared.count }

    /// Runs `statement` with `bindings`: a named prepared statement, prepared on first use, or the
    /// unnamed one (parse + bind + execute each time) when `unnamed`.
    func query(_ statement: PreparedStatement, _ bindings: PostgresBindings, unnamed: Bool) -> Result<PostgresResult, PostgresError> {
        if closedBeforeSending() { return .failure(.closedBeforeSending) }
        if let index = bindings.firstValueWithNUL {
            return .failure(nulError(statement, index))
        }
        if unnamed {
            return finish(connection.executeUnnamed(sql: statement.sql, parameters: bindings.values))
        }
        if case .failure(let error) = prepareIfNeeded(statement) { return .failure(error) }
        let result = connection.executePrepared(name: statement.name, parameters: bindings.values)
        // 26000: the server forgot our statements (a proxy ran DISCARD ALL); prepare again once.
        if result.error?.sqlState == "26000", connection.isIdle {
            prepared.removeAll()
            if case .failure(let error) = prepareIfNeeded(statement) { return .failure(error) }
            return finish(connection.executePrepared(name: statement.name, parameters: bindings.values))
        }
        return finish(result)
    }

    /// Several statements in one round trip (pipeline mode), each prepared first if needed.
    /// Fails with the first failing statement's error.
    func queries(_ statements: [(PreparedStatement, PostgresBindings)], unnamed: Bool) -> Result<[PostgresResult], PostgresError> {
        if closedBeforeSending() { return .failure(.closedBeforeSending) }
        var steps: [LibPQPipelineStep] = []
        var executeIndexes: [Int] = []
        var preparing: [String: Int] = [:]  // statement name → index of its prepare step
        for (statement, bindings) in statements {
            if let index = bindings.firstValueWithNUL {
                return .failure(nulError(statement, index))
            }
            if unnamed {
                steps.append(.executeUnnamed(sql: statement.sql, parameters: bindings.values))
            } else {
                if !isPrepared(statement) && preparing[statement.name] == nil {
                    if prepared[statement.name] != nil {
                        _ = connection.execute("DEALLOCATE " + quotedIdentifier(statement.name))
                        prepared[statement.name] = nil
                    }
                    preparing[statement.name] = steps.count
                    steps.append(.prepare(name: statement.name, sql: statement.sql))
                }
                steps.append(.executePrepared(name: statement.name, parameters: bindings.values))
            }
            executeIndexes.append(steps.count - 1)
        }
        let results = connection.executePipeline(steps)
        for (name, index) in preparing where results[index].error == nil {
            prepared[name] = statements.first { $0.0.name == name }?.0.sql
        }
        if let error = results.first(where: { $0.error != nil })?.error {
            return .failure(failure(error))
        }
        return .success(executeIndexes.map { PostgresResult(results[$0]) })
    }

    /// Before an autocommit statement (or BEGIN) goes out: whether the server has already ended
    /// this connection while it sat idle (`LibPQConnection.closedByServerWhileIdle`). Then nothing
    /// is sent, the connection is marked for replacement, and the caller may run the statement
    /// on another connection, idempotent or not, since none of it reached the server. Inside a
    /// transaction block the check is skipped (false): there the block's earlier statements died
    /// with the session, so the statement goes out and fails as it always did.
    func closedBeforeSending() -> Bool {
        if !closedWhileIdle, connection.isIdle, connection.closedByServerWhileIdle() {
            closedWhileIdle = true
            isPoisoned = true
        }
        return closedWhileIdle
    }

    /// Simple-query protocol, for DDL, migrations and transaction control. No parameters.
    func execute(_ sql: String) -> Result<PostgresResult, PostgresError> {
        finish(connection.execute(sql))
    }

    /// A round trip proving the server still answers (the empty query).
    func ping() -> Result<Void, PostgresError> {
        execute("").map { _ in () }
    }

    /// Ends the transaction; a transaction that had failed is rolled back and reported, because
    /// PostgreSQL answers COMMIT of a failed transaction with a silent ROLLBACK.
    func commit() -> Result<Void, PostgresError> {
        let wasFailed = connection.isInFailedTransaction
        return execute("COMMIT").flatMap { _ in
            wasFailed
                ? .failure(PostgresError(kind: .other, sqlState: "25P02", message: "transaction had failed and was rolled back"))
                : .success(())
        }
    }

    /// Classifies a failed call. An error without SQLSTATE comes from libpq itself (socket closed,
    /// protocol out of sync): the connection cannot be trusted even if `PQstatus` still says OK
    /// (as after a failed write to a server that just died), so it is marked for replacement.
    private func failure(_ error: LibPQServerError) -> PostgresError {
        if error.sqlState == nil { isPoisoned = true }
        return PostgresError(error, connectionBroken: !connection.isHealthy || error.sqlState == nil)
    }

    private func nulError(_ statement: PreparedStatement, _ index: Int) -> PostgresError {
        PostgresError(
            kind: .invalidValue, sqlState: "22021",
            message: "parameter $\(index + 1) of \(statement.name) contains a NUL character, which PostgreSQL text cannot hold")
    }

    private func prepareIfNeeded(_ statement: PreparedStatement) -> Result<Void, PostgresError> {
        guard !isPrepared(statement) else { return .success(()) }
        if prepared[statement.name] != nil {
            // Same name, different SQL: only in tests or a hot-reloaded generator; replace it.
            _ = connection.execute("DEALLOCATE " + quotedIdentifier(statement.name))
            prepared[statement.name] = nil
        }
        let result = connection.prepare(name: statement.name, sql: statement.sql)
        if let error = result.error {
            return .failure(failure(error))
        }
        prepared[statement.name] = statement.sql
        return .success(())
    }

    /// Whether `statement` can go out as is from an event loop (`ReactorQuery`): prepared on this
    /// connection already, no NUL in a parameter, and the connection sound and outside any
    /// transaction block (or, `inTransaction`, inside a healthy one), and not encrypted (TLS can
    /// keep decrypted bytes inside OpenSSL that no socket readiness announces; libpq's own waits
    /// check for them, an epoll watch cannot). Everything else takes the thread.
    func isReadyToSend(_ statement: PreparedStatement, _ bindings: PostgresBindings, unnamed: Bool, inTransaction: Bool) -> Bool {
        guard !unnamed, !connection.isEncrypted, isPrepared(statement), bindings.firstValueWithNUL == nil
        else { return false }
        return inTransaction ? isSound && connection.isInTransaction : !needsReplacement
    }

    /// Whether BEGIN (outside a block) or COMMIT / ROLLBACK (inside one) can go out from an
    /// event loop.
    func isReadyForControl(_ command: TransactionControl) -> Bool {
        guard isSound, !connection.isEncrypted else { return false }
        switch command {
        case .begin: return connection.isIdle
        case .commit, .rollback: return connection.isInTransaction || connection.isInFailedTransaction
        }
    }

    /// Whether `statement` is prepared under its name with its SQL on this connection.
    func isPrepared(_ statement: PreparedStatement) -> Bool {
        prepared[statement.name] == statement.sql
    }

    /// Whether a pipeline may use `statement` as is or prepare it: its name is free or holds
    /// its SQL (a name holding other SQL needs a DEALLOCATE first, which the thread path does).
    func canPrepareInPipeline(_ statement: PreparedStatement) -> Bool {
        prepared[statement.name].map { $0 == statement.sql } ?? true
    }

    /// Records a Parse queued in a pipeline (`LoopPipeline`) before its answer: later statements
    /// of the same pipeline may use it. `forgetPrepared` undoes it if the Parse fails.
    func markPrepared(_ statement: PreparedStatement) {
        prepared[statement.name] = statement.sql
    }

    func forgetPrepared(_ name: String) {
        prepared[name] = nil
    }

    /// Neither poisoned nor lost by libpq.
    var isSound: Bool { !isPoisoned && connection.isHealthy }

    /// Marks the connection for replacement after a client-side failure.
    func poison() {
        isPoisoned = true
    }

    /// The server no longer has our statements (SQLSTATE 26000): prepare again on next use.
    func forgetPreparedStatements() {
        prepared.removeAll()
    }

    func finish(_ result: LibPQResult) -> Result<PostgresResult, PostgresError> {
        if let error = result.error {
            return .failure(failure(error))
        }
        return .success(PostgresResult(result))
    }
}

/// `"name"` with embedded quotes doubled: the SQL spelling of an identifier.
func quotedIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
