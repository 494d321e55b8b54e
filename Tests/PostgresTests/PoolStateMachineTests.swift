import XCTest

@testable import RuntimePostgres

/// The pool's decisions as transcripts, with no database and a hand-driven clock.
final class PoolStateMachineTests: XCTestCase {
    typealias Machine = PoolStateMachine<String, String>

    private let t0 = ContinuousClock.now

    private func machine(poolSize: Int = 2, maxOverflow: Int = 1) -> Machine {
        Machine(configuration: .init(poolSize: poolSize, maxOverflow: maxOverflow, idlePingInterval: .seconds(30)))
    }

    func testFirstAcquireOpensAConnectionAndLeasesItWhenConnected() {
        var pool = machine()
        let acquire = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        XCTAssertEqual(acquire.connects, [0])
        XCTAssertTrue(acquire.startTimer)
        XCTAssertTrue(acquire.leases.isEmpty)
        let connected = pool.connected(slot: 0, connection: "c0", now: t0)
        XCTAssertEqual(connected.leases.map(\.waiter), ["w1"])
        XCTAssertEqual(connected.leases.map(\.connection), ["c0"])
        XCTAssertEqual(pool.leasedCount, 1)
    }

    func testReleasedConnectionIsReusedWithoutConnecting() {
        var pool = machine()
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        XCTAssertTrue(pool.release(slot: 0, reusable: true, now: t0).closes.isEmpty)
        XCTAssertEqual(pool.idleCount, 1)
        let again = pool.acquire(waiterID: 2, waiter: "w2", now: t0 + .seconds(1))
        XCTAssertEqual(again.leases.map(\.connection), ["c0"])
        XCTAssertEqual(again.leases.first?.needsPing, false)
        XCTAssertTrue(again.connects.isEmpty)
    }

    func testConnectionIdleLongerThanThePingIntervalIsPinged() {
        var pool = machine()
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        _ = pool.release(slot: 0, reusable: true, now: t0)
        let late = pool.acquire(waiterID: 2, waiter: "w2", now: t0 + .seconds(31))
        XCTAssertEqual(late.leases.first?.needsPing, true)
    }

    func testOverflowConnectionsAreClosedWhenReturnedAndLimitIsHonoured() {
        var pool = machine(poolSize: 1, maxOverflow: 1)
        XCTAssertEqual(pool.acquire(waiterID: 1, waiter: "w1", now: t0).connects, [0])
        XCTAssertEqual(pool.acquire(waiterID: 2, waiter: "w2", now: t0).connects, [1])
        XCTAssertEqual(pool.acquire(waiterID: 3, waiter: "w3", now: t0).connects, [], "pool + overflow reached")
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        _ = pool.connected(slot: 1, connection: "c1", now: t0)
        XCTAssertEqual(pool.waiterCount, 1)
        // A release hands the connection straight to the queued waiter.
        XCTAssertEqual(pool.release(slot: 0, reusable: true, now: t0).leases.map(\.waiter), ["w3"])
        // With nobody waiting, returned connections are kept idle; the one beyond poolSize starts
        // the timer and is closed once it has been idle for overflowIdleTimeout (10 s) unused.
        let first = pool.release(slot: 1, reusable: true, now: t0)
        XCTAssertTrue(first.closes.isEmpty)
        XCTAssertFalse(first.startTimer, "within poolSize: no timer")
        let surplus = pool.release(slot: 0, reusable: true, now: t0 + .seconds(1))
        XCTAssertTrue(surplus.closes.isEmpty, "a burst's surplus connection is not closed at once")
        XCTAssertTrue(surplus.startTimer)
        XCTAssertEqual(pool.idleCount, 2)
        XCTAssertEqual(pool.nextDeadline, t0 + .seconds(10), "the longest-idle surplus connection expires first")
        XCTAssertTrue(pool.tick(now: t0 + .seconds(9)).closes.isEmpty)
        XCTAssertEqual(pool.tick(now: t0 + .seconds(10)).closes, ["c1"], "the longest-idle connection is closed")
        XCTAssertEqual(pool.openCount, 1)
        XCTAssertEqual(pool.idleCount, 1)
        XCTAssertNil(pool.nextDeadline, "nothing left for the timer")
    }

    func testSurplusConnectionTakenAgainBeforeItsTimeoutStaysOpen() {
        var pool = twoIdleConnections(poolSize: 1, maxOverflow: 1)
        // The next burst takes both again (LIFO: c1 first), so nothing is closed or reopened.
        XCTAssertEqual(pool.acquire(waiterID: 3, waiter: "w3", now: t0 + .seconds(5)).leases.map(\.connection), ["c1"])
        XCTAssertEqual(pool.acquire(waiterID: 4, waiter: "w4", now: t0 + .seconds(5)).leases.map(\.connection), ["c0"])
        XCTAssertTrue(pool.tick(now: t0 + .seconds(20)).closes.isEmpty)
        XCTAssertEqual(pool.openCount, 2)
    }

    func testWaiterTimesOutOnlyIfStillQueued() {
        var pool = machine(poolSize: 1, maxOverflow: 0)
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        XCTAssertTrue(pool.acquire(waiterID: 2, waiter: "w2", now: t0).startTimer)
        let timeout = pool.timeout(waiterID: 2)
        XCTAssertEqual(timeout.failures.map(\.failure), [.timeout])
        XCTAssertTrue(pool.timeout(waiterID: 2).failures.isEmpty, "a second timeout is a no-op")
        XCTAssertTrue(pool.timeout(waiterID: 1).failures.isEmpty, "a served waiter cannot time out")
    }

    func testExpiredWaitersFailInOrderAtTheirDeadline() {
        var pool = Machine(configuration: .init(poolSize: 1, maxOverflow: 0, idlePingInterval: .seconds(30), acquireTimeout: .seconds(5)))
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        _ = pool.acquire(waiterID: 2, waiter: "w2", now: t0 + .seconds(1))
        _ = pool.acquire(waiterID: 3, waiter: "w3", now: t0 + .seconds(2))
        XCTAssertEqual(pool.nextDeadline, t0 + .seconds(6))
        XCTAssertTrue(pool.tick(now: t0 + .milliseconds(5999)).failures.isEmpty)
        XCTAssertEqual(pool.tick(now: t0 + .seconds(6)).failures.map(\.waiter), ["w2"])
        XCTAssertEqual(pool.nextDeadline, t0 + .seconds(7))
        XCTAssertEqual(pool.release(slot: 0, reusable: true, now: t0 + .seconds(6)).leases.map(\.waiter), ["w3"])
        XCTAssertNil(pool.nextDeadline, "nobody waits: the timer can stop")
    }

    func testCancelledWaiterIsRemoved() {
        var pool = machine(poolSize: 1, maxOverflow: 0)
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        XCTAssertEqual(pool.cancel(waiterID: 1).failures.map(\.failure), [.cancelled])
        // The connection still opening becomes idle for the next caller.
        let connected = pool.connected(slot: 0, connection: "c0", now: t0)
        XCTAssertTrue(connected.leases.isEmpty)
        XCTAssertEqual(pool.idleCount, 1)
    }

    func testBrokenConnectionIsClosedWithTheIdleOnesAndReplacedForWaiters() {
        var pool = machine(poolSize: 2, maxOverflow: 0)
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.acquire(waiterID: 2, waiter: "w2", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        _ = pool.connected(slot: 1, connection: "c1", now: t0)
        _ = pool.release(slot: 1, reusable: true, now: t0)
        _ = pool.acquire(waiterID: 3, waiter: "w3", now: t0)  // takes c1
        _ = pool.release(slot: 1, reusable: true, now: t0)
        XCTAssertEqual(pool.acquire(waiterID: 4, waiter: "w4", now: t0).leases.map(\.connection), ["c1"])
        XCTAssertTrue(pool.acquire(waiterID: 5, waiter: "w5", now: t0).startTimer)
        let broken = pool.release(slot: 0, reusable: false, now: t0)
        XCTAssertEqual(broken.closes, ["c0"])
        XCTAssertEqual(broken.connects.count, 1, "a replacement is opened for the queued waiter")
        XCTAssertEqual(pool.openCount, 1)
    }

    func testBrokenReleaseAlsoDropsIdleConnections() {
        var pool = machine(poolSize: 2, maxOverflow: 0)
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.acquire(waiterID: 2, waiter: "w2", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        _ = pool.connected(slot: 1, connection: "c1", now: t0)
        _ = pool.release(slot: 1, reusable: true, now: t0)
        let broken = pool.release(slot: 0, reusable: false, now: t0)
        XCTAssertEqual(Set(broken.closes), ["c0", "c1"])
        XCTAssertEqual(pool.openCount, 0)
    }

    func testOutageFailsFastUntilTheBackoffThenProbesOnce() {
        var pool = machine()
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        let failed = pool.connectFailed(slot: 0, now: t0)
        XCTAssertTrue(failed.outageBegan)
        XCTAssertEqual(failed.failures.map(\.waiter), ["w1"], "the waiter fails at once, not at its timeout")
        XCTAssertEqual(failed.failures.map(\.failure), [.unavailable])

        let duringBackoff = pool.acquire(waiterID: 2, waiter: "w2", now: t0 + .milliseconds(50))
        XCTAssertEqual(duringBackoff.failures.map(\.failure), [.unavailable])
        XCTAssertTrue(duringBackoff.connects.isEmpty)

        let probe = pool.acquire(waiterID: 3, waiter: "w3", now: t0 + .milliseconds(150))
        XCTAssertEqual(probe.connects.count, 1, "after the backoff one probe connect")
        let whileProbing = pool.acquire(waiterID: 4, waiter: "w4", now: t0 + .milliseconds(151))
        XCTAssertEqual(whileProbing.failures.map(\.failure), [.unavailable], "others still fail fast")

        // The probe fails: the backoff doubles (100 → 200 ms).
        let probeSlot = probe.connects[0]
        XCTAssertFalse(pool.connectFailed(slot: probeSlot, now: t0 + .milliseconds(160)).outageBegan)
        XCTAssertEqual(pool.acquire(waiterID: 5, waiter: "w5", now: t0 + .milliseconds(300)).failures.count, 1)
        let secondProbe = pool.acquire(waiterID: 6, waiter: "w6", now: t0 + .milliseconds(361))
        XCTAssertEqual(secondProbe.connects.count, 1)

        let recovered = pool.connected(slot: secondProbe.connects[0], connection: "c", now: t0 + .milliseconds(370))
        XCTAssertTrue(recovered.outageEnded)
        XCTAssertEqual(recovered.leases.map(\.waiter), ["w6"])
        XCTAssertFalse(pool.isInOutage)
    }

    func testBackoffIsCapped() {
        var pool = machine()
        var now = t0
        for _ in 0..<10 {
            let probe = pool.acquire(waiterID: 1, waiter: "w", now: now)
            guard let slot = probe.connects.first else { return XCTFail("expected a probe") }
            _ = pool.connectFailed(slot: slot, now: now)
            now = now + .seconds(2)  // the cap: a probe is allowed again after at most 2 s
        }
    }

    func testShutdownClosesIdleFailsWaitersAndClosesLeasedOnReturn() {
        var pool = machine(poolSize: 2, maxOverflow: 0)
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.acquire(waiterID: 2, waiter: "w2", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        _ = pool.connected(slot: 1, connection: "c1", now: t0)
        _ = pool.release(slot: 1, reusable: true, now: t0)
        _ = pool.acquire(waiterID: 3, waiter: "w3", now: t0)
        _ = pool.acquire(waiterID: 4, waiter: "w4", now: t0)  // queued
        let shutdown = pool.shutdown()
        XCTAssertEqual(shutdown.failures.map(\.failure), [.shutdown])
        XCTAssertFalse(pool.isDrained)
        XCTAssertEqual(pool.release(slot: 0, reusable: true, now: t0).closes, ["c0"])
        XCTAssertEqual(pool.release(slot: 1, reusable: true, now: t0).closes, ["c1"])
        XCTAssertTrue(pool.isDrained)
        XCTAssertEqual(pool.acquire(waiterID: 5, waiter: "w5", now: t0).failures.map(\.failure), [.shutdown])
    }

    func testIdleConnectionsAreReusedLastInFirstOut() {
        var pool = twoIdleConnections(poolSize: 2, maxOverflow: 0)
        XCTAssertEqual(pool.acquire(waiterID: 3, waiter: "w3", now: t0).leases.map(\.connection), ["c1"])
    }

    /// c0 and c1 opened for two callers and returned in that order at `t0`.
    private func twoIdleConnections(poolSize: Int, maxOverflow: Int) -> Machine {
        var pool = machine(poolSize: poolSize, maxOverflow: maxOverflow)
        _ = pool.acquire(waiterID: 1, waiter: "w1", now: t0)
        _ = pool.acquire(waiterID: 2, waiter: "w2", now: t0)
        _ = pool.connected(slot: 0, connection: "c0", now: t0)
        _ = pool.connected(slot: 1, connection: "c1", now: t0)
        _ = pool.release(slot: 0, reusable: true, now: t0)
        _ = pool.release(slot: 1, reusable: true, now: t0)
        return pool
    }
}
