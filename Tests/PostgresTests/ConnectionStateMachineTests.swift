import XCTest

@testable import RuntimePostgres

/// Who holds a connection's session, as transcripts: events in, actions out, no socket and no
/// thread (docs/decisions/0010-one-connection-state-machine.md).
final class ConnectionStateMachineTests: XCTestCase {
    private final class Session {}
    private typealias Machine = ConnectionStateMachine<Session, String>

    private let session = Session()

    /// An action as text: the jobs it carries by name, sessions only by whether they are ours.
    private func text(_ action: Machine.Action) -> String {
        switch action {
        case .none: "none"
        case .wakeThread: "wakeThread"
        case .rejectJob(let job): "rejectJob(\(job))"
        case .runJob(let job, let held): "runJob(\(job))" + (held === session ? "" : " with another session")
        case .park: "park"
        case .stop(let held): "stop" + (held === session ? "" : " with another session")
        case .useSession(let held): "useSession" + (held === session ? "" : " with another session")
        case .refuseClaim: "refuseClaim"
        case .failJobsAndStop(let jobs): "failJobsAndStop(\(jobs.joined(separator: ",")))"
        }
    }

    /// A machine whose thread has connected and parked.
    private func connected() -> Machine {
        var machine = Machine()
        XCTAssertEqual(text(machine.connectedReceived(session)), "park")
        return machine
    }

    func testJobsRunOneAtATimeWithOneWakeUpPerPark() {
        var machine = connected()
        XCTAssertEqual(text(machine.jobReceived("j1")), "wakeThread")
        XCTAssertEqual(text(machine.jobReceived("j2")), "none", "already woken")
        XCTAssertEqual(text(machine.threadReadyReceived()), "runJob(j1)")
        XCTAssertEqual(text(machine.jobReceived("j3")), "none", "the thread is running")
        XCTAssertEqual(text(machine.jobFinishedReceived(session, status: .ready)), "runJob(j2)")
        XCTAssertEqual(text(machine.jobFinishedReceived(session, status: .ready)), "runJob(j3)")
        XCTAssertEqual(text(machine.jobFinishedReceived(session, status: .ready)), "park")
        XCTAssertEqual(machine.queuedJobs, 0)
        XCTAssertEqual(text(machine.jobReceived("j4")), "wakeThread")
    }

    func testJobsQueuedWhileConnectingRunOnceConnected() {
        var machine = Machine()
        XCTAssertEqual(text(machine.jobReceived("j1")), "none", "the thread is busy connecting")
        XCTAssertEqual(text(machine.connectedReceived(session)), "runJob(j1)")
    }

    func testAFailedConnectFailsWhatWaitsAndEverythingAfter() {
        var machine = Machine()
        XCTAssertEqual(text(machine.jobReceived("j1")), "none")
        XCTAssertEqual(text(machine.connectFailedReceived()), "failJobsAndStop(j1)")
        XCTAssertEqual(text(machine.jobReceived("j2")), "rejectJob(j2)")
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "refuseClaim")
        XCTAssertEqual(machine.status, .broken)
    }

    func testALoopClaimsTheIdleSessionAndGivesItBack() {
        var machine = connected()
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "useSession")
        XCTAssertEqual(text(machine.loopClaimReceived(.pipeline)), "refuseClaim", "one holder at a time")
        XCTAssertEqual(text(machine.loopReleaseReceived(session, by: .statement, status: .ready)), "none", "nothing waits")
        XCTAssertEqual(text(machine.loopClaimReceived(.pipeline)), "useSession")
        guard case .loop(.pipeline, _) = machine.state else { return XCTFail("held by the pipeline: \(machine.state)") }
    }

    /// The exclusivity rule of 0006: a loop statement starts only while no job is queued or
    /// running, and the thread takes no job while a loop holds the session.
    func testTheThreadAndALoopTakeTurns() {
        var machine = connected()
        XCTAssertEqual(text(machine.jobReceived("j1")), "wakeThread")
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "refuseClaim", "a job is queued")
        XCTAssertEqual(text(machine.threadReadyReceived()), "runJob(j1)")
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "refuseClaim", "a job is running")
        XCTAssertEqual(text(machine.jobFinishedReceived(session, status: .ready)), "park")
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "useSession")
        XCTAssertEqual(text(machine.jobReceived("j2")), "none", "queued behind the loop: no wake-up yet")
        XCTAssertEqual(text(machine.loopReleaseReceived(session, by: .statement, status: .ready)), "wakeThread")
        XCTAssertEqual(text(machine.threadReadyReceived()), "runJob(j2)")
    }

    /// A thread woken while a loop held the session (a job queued just before the claim) parks
    /// again and is woken by the release.
    func testAThreadWokenWhileALoopHoldsTheSessionParksAgain() {
        var machine = connected()
        XCTAssertEqual(text(machine.jobReceived("j1")), "wakeThread")
        XCTAssertEqual(text(machine.threadReadyReceived()), "runJob(j1)")
        XCTAssertEqual(text(machine.jobFinishedReceived(session, status: .ready)), "park")
        XCTAssertEqual(text(machine.loopClaimReceived(.pipeline)), "useSession")
        XCTAssertEqual(text(machine.jobReceived("j2")), "none")
        XCTAssertEqual(text(machine.loopReleaseReceived(session, by: .pipeline, status: .ready)), "wakeThread")
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "refuseClaim", "j2 goes first")
        XCTAssertEqual(text(machine.threadReadyReceived()), "runJob(j2)")
    }

    func testCloseRunsQueuedJobsThenStopsAndRejectsLaterOnes() {
        var machine = connected()
        XCTAssertEqual(text(machine.jobReceived("j1")), "wakeThread")
        XCTAssertEqual(text(machine.closeReceived()), "none", "already woken")
        XCTAssertEqual(text(machine.jobReceived("j2")), "rejectJob(j2)")
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "refuseClaim")
        XCTAssertEqual(text(machine.threadReadyReceived()), "runJob(j1)")
        XCTAssertEqual(text(machine.jobFinishedReceived(session, status: .ready)), "stop")
        XCTAssertTrue(machine.isClosed)
        XCTAssertEqual(text(machine.closeReceived()), "none")
        XCTAssertEqual(text(machine.jobReceived("j3")), "rejectJob(j3)")
    }

    func testCloseWhileALoopHoldsTheSessionWaitsForItsRelease() {
        var machine = connected()
        XCTAssertEqual(text(machine.loopClaimReceived(.pipeline)), "useSession")
        XCTAssertEqual(text(machine.closeReceived()), "none", "the session is not back yet")
        XCTAssertEqual(text(machine.loopReleaseReceived(session, by: .pipeline, status: .broken)), "wakeThread")
        XCTAssertEqual(text(machine.threadReadyReceived()), "stop")
    }

    func testCloseOfAnIdleConnectionWakesTheThreadToStop() {
        var machine = connected()
        XCTAssertEqual(text(machine.closeReceived()), "wakeThread")
        XCTAssertEqual(text(machine.threadReadyReceived()), "stop")
    }

    /// What the pool and a transaction read is what the last holder left behind.
    func testEachHandBackRecordsTheSessionsStatus() {
        var machine = connected()
        XCTAssertEqual(machine.status, .ready)
        XCTAssertEqual(text(machine.jobReceived("BEGIN")), "wakeThread")
        XCTAssertEqual(text(machine.threadReadyReceived()), "runJob(BEGIN)")
        XCTAssertEqual(text(machine.jobFinishedReceived(session, status: .inTransaction)), "park")
        XCTAssertEqual(machine.status, .inTransaction)
        XCTAssertEqual(text(machine.loopClaimReceived(.statement)), "useSession")
        XCTAssertEqual(text(machine.loopReleaseReceived(session, by: .statement, status: .broken)), "none")
        XCTAssertEqual(machine.status, .broken)
    }
}
