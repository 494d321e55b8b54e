import RuntimeCore
import Synchronization

/// The connection pool and the entry point for queries.
///
/// The pool's decisions live in `PoolStateMachine`, changed under one lock; the actions it returns
/// (resume a waiter, open or close a connection, start a timer) run after the lock is released.
/// Queries run on the connection's own thread (`PostgresConnection`).
public final class PostgresClient: Sendable {
    typealias Machine = PoolStateMachine<PostgresConnection, CheckedContinuation<PoolLease, any Error>>

    let configuration: PostgresConfiguration
    let logger: Logger
    private let parameters: Result<[ConnectionParameter], PostgresConfigurationError>
    private let state: Mutex<State>

    private struct State {
        var machine: Machine
        var nextWaiterID = 0
        /// Acquire-timeout timers of queued waiters.
        var timers: [Int: Task<Void, Never>] = [:]
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
            idlePingInterval: configuration.idlePingInterval)
        state = Mutex(State(machine: Machine(configuration: machineConfiguration)))
    }

    /// Runs one statement on a pooled connection.
    public func query(_ statement: PreparedStatement, _ binds: PostgresBindings = PostgresBindings()) async throws -> PostgresResult {
        let unnamed = configuration.unnamedStatements
        return try await withConnection { connection in
            try await connection.run { $0.query(statement, binds, unnamed: unnamed) }.get()
        }
    }

    /// Runs several independent statements on one connection in a single round trip (libpq
    /// pipeline mode), e.g. a page of rows and their total count. Not a transaction: each
    /// statement commits on its own; after a failure the rest are skipped and the first error is
    /// thrown.
    public func queries(_ statements: [(PreparedStatement, PostgresBindings)]) async throws -> [PostgresResult] {
        let unnamed = configuration.unnamedStatements
        return try await withConnection { connection in
            try await connection.run { $0.queries(statements, unnamed: unnamed) }.get()
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

    /// Pool counters, for tests and metrics.
    public var statistics: PoolStatistics {
        state.withLock { state in
            PoolStatistics(
                open: state.machine.openCount, idle: state.machine.idleCount, leased: state.machine.leasedCount,
                waiting: state.machine.waiterCount, databaseDown: state.machine.isInOutage)
        }
    }

    // MARK: Leasing

    /// Leases a connection for `body` and returns it afterwards, closing it if it broke or was
    /// left inside a transaction block.
    func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let lease = try await acquire()
        do {
            let value = try await body(lease.connection)
            release(lease)
            return value
        } catch {
            release(lease)
            throw error
        }
    }

    /// A healthy connection, pinging one that sat idle too long (and replacing it if dead).
    func acquire() async throws -> PoolLease {
        for _ in 0..<3 {
            let lease = try await acquireSlot()
            guard lease.needsPing else { return lease }
            if case .success = await lease.connection.run({ $0.ping() }) { return lease }
            release(lease)
        }
        throw PostgresError.unavailable
    }

    func release(_ lease: PoolLease) {
        let reusable = !lease.connection.needsReplacement
        let actions = state.withLock { $0.machine.release(slot: lease.slot, reusable: reusable, now: .now) }
        perform(actions)
    }

    private func acquireSlot() async throws -> PoolLease {
        let waiterID = state.withLock { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let actions = state.withLock { $0.machine.acquire(waiterID: waiterID, waiter: continuation, now: .now) }
                perform(actions)
            }
        } onCancel: {
            let actions = state.withLock { $0.machine.cancel(waiterID: waiterID) }
            perform(actions)
        }
    }

    // MARK: Performing actions (never under the lock)

    private func perform(_ actions: Machine.Actions) {
        if actions.outageBegan { logger.error("database unavailable; failing requests fast until it answers again") }
        if actions.outageEnded { logger.info("database available again") }
        if let waiterID = actions.startTimer { startTimer(waiterID) }
        let finishedWaiters = actions.leases.map(\.waiterID) + actions.failures.map(\.waiterID)
        if !finishedWaiters.isEmpty {
            let timers = state.withLock { state in finishedWaiters.compactMap { state.timers.removeValue(forKey: $0) } }
            timers.forEach { $0.cancel() }
        }
        for lease in actions.leases {
            lease.waiter.resume(returning: PoolLease(slot: lease.slot, connection: lease.connection, needsPing: lease.needsPing))
        }
        for failure in actions.failures {
            failure.waiter.resume(throwing: Self.error(for: failure.failure, timeout: configuration.acquireTimeout))
        }
        for connection in actions.closes { connection.close() }
        for slot in actions.connects { open(slot) }
        if !actions.closes.isEmpty { resumeDrainWaitersIfDrained() }
    }

    private func startTimer(_ waiterID: Int) {
        let timeout = configuration.acquireTimeout
        let timer = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            guard !Task.isCancelled, let self else { return }
            let actions = self.state.withLock { $0.machine.timeout(waiterID: waiterID) }
            self.perform(actions)
        }
        // The waiter may already be gone (served between the lock and here): then cancel at once.
        let keep = state.withLock { state in
            let stillWaiting = state.machine.isWaiting(waiterID)
            if stillWaiting { state.timers[waiterID] = timer }
            return stillWaiting
        }
        if !keep { timer.cancel() }
    }

    private func open(_ slot: Int) {
        let parameters: [ConnectionParameter]
        switch self.parameters {
        case .failure(let error):
            logger.error("cannot connect: \(error)")
            let actions = state.withLock { $0.machine.connectFailed(slot: slot, now: .now) }
            perform(actions)
            return
        case .success(let values):
            parameters = values
        }
        let setup = configuration.sessionSetup
        Task {
            let result = await PostgresConnection.open(slot: slot, parameters: parameters.map { (key: $0.key, value: $0.value) }, setup: setup)
            let actions = state.withLock { state in
                switch result {
                case .success(let connection): state.machine.connected(slot: slot, connection: connection, now: .now)
                case .failure: state.machine.connectFailed(slot: slot, now: .now)
                }
            }
            if case .failure(let error) = result {
                logger.warning("connect failed", [("slot", String(slot)), ("error", error.message)])
            }
            perform(actions)
        }
    }

    private func resumeDrainWaitersIfDrained() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            guard state.machine.isShuttingDown, state.machine.isDrained else { return [] }
            defer { state.drainWaiters.removeAll() }
            return state.drainWaiters
        }
        waiters.forEach { $0.resume() }
    }

    private static func error(for failure: Machine.Failure, timeout: Duration) -> any Error {
        switch failure {
        case .unavailable: return PostgresError.unavailable
        case .timeout: return PostgresError(kind: .poolTimeout, message: "no connection became free within \(timeout)")
        case .shutdown: return PostgresError(kind: .shutdown, message: "the database client is shut down")
        case .cancelled: return CancellationError()
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
