import RuntimeCore

/// The connection pool and the entry point for queries.
///
/// The pool's decisions live in `PoolStateMachine`, changed under one lock; the actions it returns
/// (resume a waiter, open or close a connection, start a timer) run after the lock is released.
/// Queries run on the connection's own thread (`PostgresConnection`), or, for a prepared
/// statement called from an event loop, on that loop (`ReactorQuery`).
public final class PostgresClient: Sendable {
    typealias Machine = PoolStateMachine<PostgresConnection, CheckedContinuation<PoolLease, any Error>>

    let configuration: PostgresConfiguration
    let logger: Logger
    let parameters: Result<[ConnectionParameter], PostgresConfigurationError>
    let state: Locked<State>

    struct State {
        var machine: Machine
        var nextWaiterID = 0
        /// Whether the task that expires queued waiters is running (one per client, only while
        /// someone waits: cheaper than a timer per waiter).
        var timerRunning = false
        /// Tasks waiting in `shutdown()` for the last connection to close.
        var drainWaiters: [CheckedContinuation<Void, Never>] = []
    }

    public init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        parameters = Result { () throws(PostgresConfigurationError) in
            try configuration.connectionParameters().map { ConnectionParameter(key: $0.key, value: $0.value) }
        }
        let machineConfiguration = Machine.Configuration(
            poolSize: max(configuration.poolSize, 1),
            maxOverflow: max(configuration.maxOverflow, 0),
            idlePingInterval: configuration.idlePingInterval,
            overflowIdleTimeout: configuration.overflowIdleTimeout,
            acquireTimeout: configuration.acquireTimeout)
        state = Locked(State(machine: Machine(configuration: machineConfiguration)))
        if !LibPQ.isThreadSafe {
            logger.error("libpq was built without thread safety; connections on several threads may corrupt memory")
        }
    }

    /// Runs one statement on a pooled connection.
    public func query(_ statement: PreparedStatement, _ binds: PostgresBindings = PostgresBindings()) async throws -> PostgresResult {
        let unnamed = configuration.unnamedStatements
        return try await logged(statement.name) {
            if configuration.loopPipelining, !unnamed, let reactor = IOReactorContext.current {
                let pipeline = reactor.attachment(for: ObjectIdentifier(self)) { LoopPipeline(client: self, reactor: reactor) }
                if let answer = await pipeline.submit(statement, binds) { return try answer.get() }
            }
            return try await retryingUnsent {
                try await withConnection { connection in
                    try await connection.query(statement, binds, unnamed: unnamed, inTransaction: false).get()
                }
            }
        }
    }

    /// Runs several independent statements on one connection in a single round trip (libpq
    /// pipeline mode), e.g. a page of rows and their total count. The server runs the statements
    /// of one pipeline as one implicit transaction: if one fails, none take effect, and the first
    /// error is thrown.
    public func queries(_ statements: [(PreparedStatement, PostgresBindings)]) async throws -> [PostgresResult] {
        let unnamed = configuration.unnamedStatements
        return try await logged(statements.map(\.0.name).joined(separator: "+")) {
            try await retryingUnsent {
                try await withConnection { connection in
                    try await connection.run { $0.queries(statements, unnamed: unnamed) }.get()
                }
            }
        }
    }

    /// Runs SQL without parameters through the simple-query protocol (several statements allowed).
    /// For DDL and migrations only: never build this string from request data.
    public func execute(_ sql: String) async throws {
        try await withConnection { connection in
            _ = try await connection.run { $0.execute(sql) }.get()
        }
    }

    /// A round trip to the database, for `/ready`.
    public func ping() async throws {
        try await withConnection { connection in
            try await connection.run { $0.ping() }.get()
        }
    }

    /// Closes idle connections at once, fails queued callers, and returns when every leased
    /// connection has come back and been closed.
    public func shutdown() async {
        let actions = state.withLock { $0.machine.shutdown() }
        perform(actions)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let drained = state.withLock { state in
                if state.machine.isDrained { return true }
                state.drainWaiters.append(continuation)
                return false
            }
            if drained { continuation.resume() }
        }
    }

    /// Runs `body`; a `PostgresError` it throws is logged (the response will not show it) and
    /// rethrown. Expected outcomes such as unique violations log at debug level only.
    func logged<T>(_ what: @autoclosure () -> String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as PostgresError {
            let level: LogLevel =
                switch error.kind {
                case .uniqueViolation, .foreignKeyViolation, .checkViolation, .notNullViolation, .invalidValue: .debug
                case .serializationFailure: .info
                case .queryTimeout, .connectionUnavailable, .poolTimeout, .shutdown: .warning
                case .other: .error
                }
            logger.log(
                level, "database error",
                [
                    ("statement", what()), ("kind", "\(error.kind)"), ("sqlstate", error.sqlState ?? ""), ("message", error.message),
                ])
            throw error
        }
    }

    /// Pool counters, for tests and metrics.
    public var statistics: PoolStatistics {
        state.withLock { state in
            PoolStatistics(
                open: state.machine.openCount, idle: state.machine.idleCount, leased: state.machine.leasedCount,
                waiting: state.machine.waiterCount, databaseDown: state.machine.isInOutage)
        }
    }
}

/// A connection checked out of the pool.
struct PoolLease: Sendable {
    var slot: Int
    var connection: PostgresConnection
    var needsPing: Bool
}

/// One libpq connection parameter (a named struct because tuples are not `Sendable` in a `Result`).
struct ConnectionParameter: Sendable {
    var key: String
    var value: String
}

/// A snapshot of the pool.
public struct PoolStatistics: Sendable, Hashable {
    public var open: Int
    public var idle: Int
    public var leased: Int
    public var waiting: Int
    public var databaseDown: Bool
}
