import Dispatch
import Foundation
import RuntimeCore

/// One pooled connection and the thread that owns it.
///
/// libpq calls block, so each connection gets a dedicated OS thread that runs jobs one at a time
/// and resumes the caller's continuation with the result (see
/// docs/decisions/0003-postgres-io-model.md). Event loops and the Swift concurrency pool never
/// wait on the network; a caller's task is merely suspended. An event loop may instead claim the
/// session for one statement or for its pipeline's lease (PostgresConnection+Reactor.swift,
/// `LoopPipeline`). Who holds the session is decided by `ConnectionStateMachine`, changed under
/// one lock (`handle`), the only place the session is kept between uses
/// (docs/decisions/0011-one-connection-state-machine.md).
final class PostgresConnection: Sendable {
    typealias Machine = ConnectionStateMachine<ConnectionSession, Job>

    /// The pool's slot number, for logs and the state machine.
    let slot: Int
    /// `Locked` holds a non-`Sendable` session here; the machine hands it to one party at a time
    /// and checks (`precondition`) that it comes back from that party.
    private let machine = Locked(Machine())
    /// The thread sleeps on it while parked; signalled once per park (`Machine.Action.wakeThread`).
    private let wakeup = DispatchSemaphore(value: 0)

    /// Work for the connection's thread.
    struct Job: Sendable {
        /// Runs with the session; returns what resumes the caller, called after the session is
        /// back in the machine (so the caller's release sees this job's outcome, and its next
        /// statement may go out on its loop at once).
        let work: @Sendable (ConnectionSession) -> () -> Void
        /// Resumes the caller with `connectionUnavailable` when the job cannot run.
        let reject: @Sendable () -> Void
    }

    typealias Opened = Result<PostgresConnection, PostgresError>

    private init(slot: Int) {
        self.slot = slot
    }

    /// Opens a connection on a new thread. On failure the thread has already ended.
    static func open(slot: Int, parameters: [(key: String, value: String)], setup: String) async -> Opened {
        let connection = PostgresConnection(slot: slot)
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                // Named from inside: on Linux only the running thread's name reaches the kernel
                // (what `top -H` and `perf` show).
                Thread.current.name = "postgres-\(slot)"
                connection.threadMain(parameters: parameters, setup: setup) { result in
                    continuation.resume(returning: result.map { connection })
                }
            }
            thread.start()
        }
    }

    /// Whether the pool must close rather than reuse this connection: the last holder left it
    /// broken or inside a transaction block.
    var needsReplacement: Bool {
        machine.withLock { $0.status != .ready }
    }

    /// The connection was found unusable by its last job or loop statement.
    var isBroken: Bool { machine.withLock { $0.status == .broken } }

    /// Runs `job` on the connection's thread and returns its result. After `close()` it fails
    /// with `connectionUnavailable` without running.
    func run<T: Sendable>(_ job: @escaping @Sendable (ConnectionSession) -> Result<T, PostgresError>) async -> Result<T, PostgresError> {
        await withCheckedContinuation { continuation in
            let job = Job(
                work: { session in
                    let result = job(session)
                    return { continuation.resume(returning: result) }
                },
                reject: { continuation.resume(returning: .failure(PostgresError.unavailable)) })
            handle { $0.jobReceived(job) }
        }
    }

    /// Ends the thread after the queued jobs (and after a loop gives the session back); libpq's
    /// connection is closed on that thread.
    func close() {
        handle { $0.closeReceived() }
    }

    /// The session for `user` on `reactor`'s thread (the caller's), or nil when the thread path
    /// must be taken: the session is busy, a job waits for it, or the connection is closing.
    /// Pair with `releaseFromLoop`.
    func claimForLoop(_ user: Machine.LoopUser, on reactor: any IOReactor) -> ConnectionSession? {
        reactor.preconditionInEventLoop()
        guard case .useSession(let session) = handle({ $0.loopClaimReceived(user) }) else { return nil }
        return session
    }

    /// Gives the session back, recording what the loop left it in.
    func releaseFromLoop(_ session: ConnectionSession, by user: Machine.LoopUser) {
        let status = SessionStatus(session)
        handle { $0.loopReleaseReceived(session, by: user, status: status) }
    }

    /// Changes the machine under the lock, then performs, outside it, what needs nobody else:
    /// waking the thread, rejecting jobs. Returns the action for the caller's own part (the
    /// thread's next step, a loop's claimed session). Every event goes through here.
    @discardableResult
    private func handle(_ event: (inout Machine) -> Machine.Action) -> Machine.Action {
        let action = machine.withLock(event)
        switch action {
        case .wakeThread: wakeup.signal()
        case .rejectJob(let job): job.reject()
        case .failJobsAndStop(let jobs): for job in jobs { job.reject() }
        case .none, .runJob, .park, .stop, .useSession, .refuseClaim: break
        }
        return action
    }

    // MARK: The connection's thread

    private func threadMain(parameters: [(key: String, value: String)], setup: String, opened: (Result<Void, PostgresError>) -> Void) {
        switch Self.connect(parameters, setup: setup) {
        case .failure(let error):
            handle { $0.connectFailedReceived() }
            opened(.failure(error))
        case .success(let session):
            let first = handle { $0.connectedReceived(session) }
            opened(.success(()))
            serve(first)
        }
    }

    private static func connect(_ parameters: [(key: String, value: String)], setup: String) -> Result<ConnectionSession, PostgresError> {
        let session: ConnectionSession
        switch LibPQConnection.connect(parameters) {
        case .failure(let error):
            return .failure(PostgresError(kind: .connectionUnavailable, message: error.message))
        case .success(let connection):
            session = ConnectionSession(connection: connection)
        }
        if case .failure(let error) = session.execute(setup) {
            return .failure(
                error.kind == .connectionUnavailable
                    ? error : PostgresError(kind: .other, sqlState: error.sqlState, message: "session setup failed: \(error.message)"))
        }
        return .success(session)
    }

    /// Does what the machine says until it says stop: run a job (and report it finished before
    /// resuming its caller), or sleep until woken.
    private func serve(_ first: Machine.Action) {
        var action = first
        while true {
            switch action {
            case .park:
                wakeup.wait()
                action = handle { $0.threadReadyReceived() }
            case .runJob(let job, let session):
                let resume = job.work(session)
                let status = SessionStatus(session)
                action = handle { $0.jobFinishedReceived(session, status: status) }
                resume()
            case .stop(let session):
                // The last reference: libpq's connection is closed here, on this thread.
                withExtendedLifetime(session) {}
                return
            case .none, .wakeThread, .rejectJob, .useSession, .refuseClaim, .failJobsAndStop:
                preconditionFailure("not an action for the connection's thread: \(action)")
            }
        }
    }
}

extension SessionStatus {
    /// What `session` is in now (libpq's view plus our own poisoning).
    init(_ session: ConnectionSession) {
        if !session.isSound {
            self = .broken
        } else {
            self = session.connection.isIdle ? .ready : .inTransaction
        }
    }
}
