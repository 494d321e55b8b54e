import RuntimeCore

/// Leasing connections and carrying out the pool state machine's actions (never under the lock).
extension PostgresClient {
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

    /// Runs `attempt`, and once more if it failed on a connection the server had already closed
    /// before anything was sent (`PostgresError.wasNotSent`): nothing ran, so even an INSERT is
    /// safe to repeat. The dead connection went back broken, which closed the pool's other idle
    /// ones too (they usually died with it), so the second attempt gets a live or new connection.
    /// A failure after anything was sent is never retried here: the statement may have run.
    func retryingUnsent<T>(_ attempt: () async throws -> T) async throws -> T {
        do {
            return try await attempt()
        } catch let error as PostgresError where error.wasNotSent {
            logger.debug("connection closed by the server while idle; statement sent on another", [("error", error.message)])
            return try await attempt()
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

    /// An idle connection now, without waiting (`PoolStateMachine.leaseIdleNow`), or nil.
    func leaseIdleNow() -> PoolLease? {
        state.withLock { $0.machine.leaseIdleNow(now: .now) }.map { PoolLease(slot: $0.slot, connection: $0.connection, needsPing: false) }
    }

    func release(_ lease: PoolLease) {
        let reusable = !lease.connection.needsReplacement
        let actions = state.withLock { $0.machine.release(slot: lease.slot, reusable: reusable, now: .now) }
        perform(actions)
    }

    fileprivate func acquireSlot() async throws -> PoolLease {
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

    func perform(_ actions: Machine.Actions) {
        if actions.outageBegan { logger.error("database unavailable; failing requests fast until it answers again") }
        if actions.outageEnded { logger.info("database available again") }
        if actions.startTimer { startTimerIfNeeded() }
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

    /// Runs the pool's timer while anyone waits or a surplus connection is idle: it sleeps until
    /// the next deadline (`PoolStateMachine.nextDeadline`), lets the machine act on it, and ends
    /// when there is none.
    fileprivate func startTimerIfNeeded() {
        let start = state.withLock { state in
            defer { state.timerRunning = true }
            return !state.timerRunning
        }
        guard start else { return }
        Task { [weak self] in
            while let deadline = self?.nextDeadlineOrStopTimer() {
                // At most a quarter second at a time: a deadline earlier than the one slept
                // towards (a surplus connection going idle while a waiter's timeout is pending)
                // is then acted on at most that late, without cancelling and restarting the task.
                try? await Task.sleep(until: min(deadline, .now + .milliseconds(250)), clock: .continuous)
                guard let self else { return }
                let actions = state.withLock { $0.machine.tick(now: .now) }
                perform(actions)
            }
        }
    }

    private func nextDeadlineOrStopTimer() -> ContinuousClock.Instant? {
        state.withLock { state in
            guard let deadline = state.machine.nextDeadline else {
                state.timerRunning = false
                return nil
            }
            return deadline
        }
    }

    fileprivate func open(_ slot: Int) {
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
            let result = await PostgresConnection.open(
                slot: slot, parameters: parameters.map { (key: $0.key, value: $0.value) }, setup: setup)
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

    fileprivate func resumeDrainWaitersIfDrained() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            guard state.machine.isShuttingDown, state.machine.isDrained else { return [] }
            defer { state.drainWaiters.removeAll() }
            return state.drainWaiters
        }
        for waiter in waiters { waiter.resume() }
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
