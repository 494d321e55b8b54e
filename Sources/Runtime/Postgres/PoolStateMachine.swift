/// The pool's decisions, with no I/O and no clock of its own: every event comes in with `now`, and
/// every method returns the `Actions` the caller performs after leaving the lock.
///
/// Semantics follow SQLAlchemy's `QueuePool`: at most `poolSize + maxOverflow` connections,
/// `poolSize` of them kept when idle, waiters served first come first served until their acquire
/// timeout (a timer the caller runs). One difference: `QueuePool` closes a connection returned
/// while `poolSize` are already idle; here such a surplus connection stays idle for
/// `overflowIdleTimeout` first and is closed only if nobody takes it meanwhile. Under bursty load
/// (a few requests finish together, the next ones arrive a moment later) closing at once churned
/// a new server process per handful of requests, which cost PostgreSQL more CPU than the queries.
///
/// A connection slot moves `connecting → idle ⇄ leased → (closed)`; `connecting` may also end in
/// a failure. A failed connect starts an *outage*: until `retryAt`, acquires that find no idle
/// connection fail at once instead of queueing, so requests get a 503 immediately while the
/// database is down. The first acquire after `retryAt` opens one probe connection; its failure
/// doubles the backoff (up to `maxBackoff`), its success ends the outage.
struct PoolStateMachine<Connection, Waiter> {
    typealias Instant = ContinuousClock.Instant

    struct Configuration {
        var poolSize: Int
        var maxOverflow: Int
        var idlePingInterval: Duration
        /// How long a connection beyond `poolSize` may sit idle before it is closed.
        var overflowIdleTimeout: Duration = .seconds(10)
        /// How long a waiter stays queued before `expireWaiters` fails it.
        var acquireTimeout: Duration = .seconds(5)
        var initialBackoff: Duration = .milliseconds(100)
        var maxBackoff: Duration = .seconds(2)
    }

    enum Failure: Hashable, Sendable {
        /// The database is down (or a connect just failed).
        case unavailable
        /// No connection within the acquire timeout.
        case timeout
        case shutdown
        case cancelled
    }

    struct Lease {
        var slot: Int
        var connection: Connection
        var waiterID: Int
        var waiter: Waiter
        /// The connection sat idle longer than `idlePingInterval`: check it before use.
        var needsPing: Bool
    }

    struct WaiterFailure {
        var waiterID: Int
        var waiter: Waiter
        var failure: Failure
    }

    /// Everything the caller must do, outside the lock.
    struct Actions {
        var leases: [Lease] = []
        var failures: [WaiterFailure] = []
        /// Open a connection for each of these slots, then report `connected` or `connectFailed`.
        var connects: [Int] = []
        var closes: [Connection] = []
        /// A waiter was queued or a surplus connection went idle: make sure the timer that calls
        /// `tick` runs.
        var startTimer = false
        var outageBegan = false
        var outageEnded = false
    }

    private enum Slot {
        case connecting
        case idle(Connection, since: Instant)
        case leased(Connection)
    }

    private struct Outage {
        var backoff: Duration
        var retryAt: Instant
    }

    let configuration: Configuration
    private var slots: [Int: Slot] = [:]
    /// Idle slots, most recently returned last: reused LIFO so surplus connections age out.
    private var idleStack: [Int] = []
    /// FIFO; every waiter has the same timeout, so deadlines are in order too.
    private var waiters: [(id: Int, waiter: Waiter, deadline: Instant)] = []
    private var nextSlot = 0
    private var outage: Outage?
    private(set) var isShuttingDown = false

    init(configuration: Configuration) {
        self.configuration = configuration
    }

    // MARK: Events

    /// A caller wants a connection.
    mutating func acquire(waiterID: Int, waiter: Waiter, now: Instant) -> Actions {
        var actions = Actions()
        if isShuttingDown {
            actions.failures.append(WaiterFailure(waiterID: waiterID, waiter: waiter, failure: .shutdown))
            return actions
        }
        if let slot = idleStack.popLast(), case .idle(let connection, let since) = slots[slot] {
            slots[slot] = .leased(connection)
            let needsPing = now - since > configuration.idlePingInterval
            actions.leases.append(Lease(slot: slot, connection: connection, waiterID: waiterID, waiter: waiter, needsPing: needsPing))
            return actions
        }
        if let outage, now < outage.retryAt || connectingCount > 0 {
            actions.failures.append(WaiterFailure(waiterID: waiterID, waiter: waiter, failure: .unavailable))
            return actions
        }
        waiters.append((id: waiterID, waiter: waiter, deadline: now + configuration.acquireTimeout))
        actions.startTimer = true
        openConnectionsIfNeeded(&actions)
        return actions
    }

    /// The most recently returned idle connection, leased at once and only when that needs no
    /// queueing and no ping: nobody waits, it has not sat idle past `idlePingInterval`, and the
    /// pool is up. For a caller that has another way to run its work when this says nil (an
    /// event loop's pipeline, `LoopPipeline`).
    mutating func leaseIdleNow(now: Instant) -> (slot: Int, connection: Connection)? {
        guard !isShuttingDown, outage == nil, waiters.isEmpty, let slot = idleStack.last,
            case .idle(let connection, let since) = slots[slot], now - since <= configuration.idlePingInterval
        else { return nil }
        idleStack.removeLast()
        slots[slot] = .leased(connection)
        return (slot, connection)
    }

    /// A connection was returned. `reusable` is false when it broke or is mid-transaction.
    mutating func release(slot: Int, reusable: Bool, now: Instant) -> Actions {
        var actions = Actions()
        guard case .leased(let connection) = slots[slot] else { return actions }
        if !reusable || isShuttingDown {
            slots[slot] = nil
            actions.closes.append(connection)
            if !reusable {
                // One broken connection usually means the server restarted: the idle ones are
                // most likely dead too, and handing them out would fail one request each.
                closeIdle(&actions)
            }
            openConnectionsIfNeeded(&actions)
            failStrandedWaiters(&actions, now: now)
            return actions
        }
        if let (id, waiter) = popWaiter() {
            actions.leases.append(Lease(slot: slot, connection: connection, waiterID: id, waiter: waiter, needsPing: false))
        } else {
            makeIdle(slot, connection, now: now, &actions)
        }
        return actions
    }

    /// A connect asked for by `Actions.connects` succeeded.
    mutating func connected(slot: Int, connection: Connection, now: Instant) -> Actions {
        var actions = Actions()
        guard case .connecting = slots[slot] else {
            actions.closes.append(connection)
            return actions
        }
        if outage != nil {
            outage = nil
            actions.outageEnded = true
        }
        if isShuttingDown {
            slots[slot] = nil
            actions.closes.append(connection)
        } else if let (id, waiter) = popWaiter() {
            slots[slot] = .leased(connection)
            actions.leases.append(Lease(slot: slot, connection: connection, waiterID: id, waiter: waiter, needsPing: false))
        } else {
            makeIdle(slot, connection, now: now, &actions)
        }
        openConnectionsIfNeeded(&actions)
        return actions
    }

    /// A connect asked for by `Actions.connects` failed: the database is considered down.
    mutating func connectFailed(slot: Int, now: Instant) -> Actions {
        var actions = Actions()
        guard case .connecting = slots[slot] else { return actions }
        slots[slot] = nil
        // Connects of one burst failing together count once; only a failed probe backs off more.
        if outage == nil || now >= outage?.retryAt ?? now {
            let backoff = outage.map { min($0.backoff * 2, configuration.maxBackoff) } ?? configuration.initialBackoff
            actions.outageBegan = outage == nil
            outage = Outage(backoff: backoff, retryAt: now + backoff)
        }
        failStrandedWaiters(&actions, now: now)
        return actions
    }

    /// The acquire timeout of a queued waiter fired.
    mutating func timeout(waiterID: Int) -> Actions {
        removeWaiter(waiterID, failure: .timeout)
    }

    /// The pool's timer fired: fails every waiter whose acquire timeout has passed and closes
    /// surplus connections idle for `overflowIdleTimeout`.
    mutating func tick(now: Instant) -> Actions {
        var actions = Actions()
        while let first = waiters.first, first.deadline <= now {
            waiters.removeFirst()
            actions.failures.append(WaiterFailure(waiterID: first.id, waiter: first.waiter, failure: .timeout))
        }
        // The bottom of the LIFO stack has been idle longest.
        while idleStack.count > configuration.poolSize, let slot = idleStack.first,
            case .idle(let connection, let since) = slots[slot], now - since >= configuration.overflowIdleTimeout
        {
            idleStack.removeFirst()
            slots[slot] = nil
            actions.closes.append(connection)
        }
        return actions
    }

    /// When the timer must next call `tick`: the oldest waiter's deadline or the expiry of the
    /// longest-idle surplus connection; nil when neither exists (the timer can stop).
    var nextDeadline: Instant? {
        var surplusExpiry: Instant?
        if idleStack.count > configuration.poolSize, let slot = idleStack.first, case .idle(_, let since) = slots[slot] {
            surplusExpiry = since + configuration.overflowIdleTimeout
        }
        switch (waiters.first?.deadline, surplusExpiry) {
        case (let a?, let b?): return min(a, b)
        case (let a, let b): return a ?? b
        }
    }

    /// The waiting task was cancelled.
    mutating func cancel(waiterID: Int) -> Actions {
        removeWaiter(waiterID, failure: .cancelled)
    }

    /// Closes what is idle and fails waiters; leased and connecting slots close when they come back.
    mutating func shutdown() -> Actions {
        var actions = Actions()
        isShuttingDown = true
        closeIdle(&actions)
        while let (id, waiter) = popWaiter() {
            actions.failures.append(WaiterFailure(waiterID: id, waiter: waiter, failure: .shutdown))
        }
        return actions
    }

    // MARK: Observations (tests, metrics)

    var openCount: Int { slots.values.filter { if case .connecting = $0 { false } else { true } }.count }
    var idleCount: Int { idleStack.count }
    var leasedCount: Int { slots.values.filter { if case .leased = $0 { true } else { false } }.count }
    var connectingCount: Int { slots.values.filter { if case .connecting = $0 { true } else { false } }.count }
    var waiterCount: Int { waiters.count }
    func isWaiting(_ waiterID: Int) -> Bool { waiters.contains { $0.id == waiterID } }
    var isInOutage: Bool { outage != nil }
    /// Every slot closed: shutdown is complete.
    var isDrained: Bool { slots.isEmpty }

    // MARK: Helpers

    /// Opens as many connections as queued waiters lack, within `poolSize + maxOverflow`; during an
    /// outage only one probe at a time.
    private mutating func openConnectionsIfNeeded(_ actions: inout Actions) {
        guard !isShuttingDown else { return }
        let connecting = connectingCount
        let capacity = configuration.poolSize + configuration.maxOverflow - slots.count
        var needed = min(waiters.count - connecting, capacity)
        if outage != nil { needed = min(needed, connecting == 0 ? 1 : 0) }
        for _ in 0..<max(needed, 0) {
            let slot = nextSlot
            nextSlot += 1
            slots[slot] = .connecting
            actions.connects.append(slot)
        }
    }

    /// During an outage, waiters that no connect will serve fail now rather than at their timeout.
    private mutating func failStrandedWaiters(_ actions: inout Actions, now: Instant) {
        guard let outage, connectingCount == 0 else { return }
        if now >= outage.retryAt {
            openConnectionsIfNeeded(&actions)
            if connectingCount > 0 { return }
        }
        while let (id, waiter) = popWaiter() {
            actions.failures.append(WaiterFailure(waiterID: id, waiter: waiter, failure: .unavailable))
        }
    }

    /// Parks a connection nobody waits for; one beyond `poolSize` starts the timer that closes it
    /// after `overflowIdleTimeout`.
    private mutating func makeIdle(_ slot: Int, _ connection: Connection, now: Instant, _ actions: inout Actions) {
        slots[slot] = .idle(connection, since: now)
        idleStack.append(slot)
        if idleStack.count > configuration.poolSize { actions.startTimer = true }
    }

    private mutating func closeIdle(_ actions: inout Actions) {
        for slot in idleStack {
            if case .idle(let connection, _) = slots[slot] { actions.closes.append(connection) }
            slots[slot] = nil
        }
        idleStack.removeAll()
    }

    private mutating func popWaiter() -> (Int, Waiter)? {
        guard !waiters.isEmpty else { return nil }
        let first = waiters.removeFirst()
        return (first.id, first.waiter)
    }

    private mutating func removeWaiter(_ waiterID: Int, failure: Failure) -> Actions {
        var actions = Actions()
        guard let index = waiters.firstIndex(where: { $0.id == waiterID }) else { return actions }
        let removed = waiters.remove(at: index)
        actions.failures.append(WaiterFailure(waiterID: removed.id, waiter: removed.waiter, failure: failure))
        return actions
    }
}
