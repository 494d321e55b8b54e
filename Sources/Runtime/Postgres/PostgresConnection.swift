import Dispatch
import Foundation
import RuntimeCore

/// One pooled connection and the thread that owns it.
///
/// libpq calls block, so each connection gets a dedicated OS thread that runs jobs from a locked
/// queue, one at a time, and resumes the caller's continuation with the result (see
/// docs/decisions/0003-postgres-io-model.md). Event loops and the Swift concurrency pool never
/// wait on the network; a caller's task is merely suspended.
final class PostgresConnection: Sendable {
    /// The pool's slot number, for logs and the state machine.
    let slot: Int
    private let queue = Locked(JobQueue())
    /// Counts queued jobs; the thread sleeps on it.
    private let wakeup = DispatchSemaphore(value: 0)
    /// What the last job or loop statement left behind (`record`), read by the pool when the
    /// connection is returned and by a transaction's ROLLBACK.
    private let health = Locked(Health())

    private struct Health {
        /// libpq lost the socket, the session is poisoned, or a transaction block is still open.
        var needsReplacement = false
        /// Poisoned or lost: even a ROLLBACK is pointless (and could block behind an unread result).
        var isBroken = false
    }
    /// The session, for statements run on an event loop (PostgresConnection+Reactor.swift).
    let sessionSlot = SessionSlot()

    /// `@unchecked Sendable`, and why that is safe: `session` is written by the connection's
    /// thread only twice: before it resumes the opener (every later reader is ordered after that
    /// resumption), and when the thread stops (a `.stop` job, which the pool queues only for a
    /// connection nobody leases). The session itself is used by exactly one party at a time,
    /// enforced under `queue`'s lock: the thread runs a job only while no loop statement is in
    /// flight (`JobQueue.loopInFlight`), and a loop statement starts (`beginLoopUse`) only while
    /// no job is queued or running. Each hand-over goes through that lock, so each side sees the
    /// other's writes. This holds even when several tasks share a lease (`async let` on one
    /// transaction): they queue behind each other instead of racing.
    final class SessionSlot: @unchecked Sendable {
        var session: ConnectionSession?
    }

    private struct JobQueue {
        var jobs: [Job] = []
        var stopped = false
        /// A job taken from `jobs` has not resumed its caller yet.
        var jobRunning = false
        /// A statement is being sent or answered on an event loop (PostgresConnection+Reactor).
        var loopInFlight = false
    }

    private enum Job {
        case run(@Sendable (ConnectionSession) -> Void)
        case stop
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

    /// Whether the pool must close rather than reuse this connection.
    var needsReplacement: Bool {
        health.withLock { $0.needsReplacement }
    }

    /// Runs `job` on the connection's thread and returns its result. After `close()` it fails
    /// with `connectionUnavailable` without running.
    func run<T: Sendable>(_ job: @escaping @Sendable (ConnectionSession) -> Result<T, PostgresError>) async -> Result<T, PostgresError> {
        await withCheckedContinuation { continuation in
            let accepted = queue.withLock { queue in
                guard !queue.stopped else { return false }
                queue.jobs.append(
                    .run { session in
                        let result = job(session)
                        // Recorded before resuming, so the caller's release sees this job's outcome,
                        // and the caller's next statement may go out on its loop at once.
                        self.record(session)
                        self.queue.withLock { $0.jobRunning = false }
                        continuation.resume(returning: result)
                    })
                return true
            }
            if accepted {
                wakeup.signal()
            } else {
                continuation.resume(returning: .failure(PostgresError.unavailable))
            }
        }
    }

    /// Ends the thread after the queued jobs; libpq's connection is closed on that thread.
    func close() {
        let wasRunning = queue.withLock { queue in
            defer { queue.stopped = true }
            if !queue.stopped { queue.jobs.append(.stop) }
            return !queue.stopped
        }
        if wasRunning { wakeup.signal() }
    }

    private func threadMain(parameters: [(key: String, value: String)], setup: String, opened: (Result<Void, PostgresError>) -> Void) {
        let session: ConnectionSession
        switch LibPQConnection.connect(parameters) {
        case .failure(let error):
            opened(.failure(PostgresError(kind: .connectionUnavailable, message: error.message)))
            return
        case .success(let connection):
            session = ConnectionSession(connection: connection)
        }
        if case .failure(let error) = session.execute(setup) {
            opened(
                .failure(
                    error.kind == .connectionUnavailable
                        ? error : PostgresError(kind: .other, sqlState: error.sqlState, message: "session setup failed: \(error.message)")))
            return
        }
        sessionSlot.session = session
        opened(.success(()))
        serve(session)
    }

    /// Runs queued jobs, all of them per wake-up, but never while a loop statement is in flight
    /// (`endLoopUse` wakes the thread again when jobs queued meanwhile).
    private func serve(_ session: ConnectionSession) {
        while true {
            wakeup.wait()
            while let job = nextJob() {
                switch job {
                case .stop:
                    sessionSlot.session = nil  // libpq's connection is closed here, on this thread
                    return
                case .run(let work):
                    work(session)
                }
            }
        }
    }

    private func nextJob() -> Job? {
        queue.withLock { queue in
            guard !queue.loopInFlight, !queue.jobs.isEmpty else { return nil }
            queue.jobRunning = true
            return queue.jobs.removeFirst()
        }
    }

    /// Claims the session for one statement on an event loop: only when no job is queued or
    /// running and no other loop statement is in flight. Pair with `endLoopUse`.
    func beginLoopUse() -> Bool {
        queue.withLock { queue in
            guard !queue.stopped, !queue.loopInFlight, !queue.jobRunning, queue.jobs.isEmpty else { return false }
            queue.loopInFlight = true
            return true
        }
    }

    func endLoopUse() {
        let jobsWaiting = queue.withLock { queue in
            queue.loopInFlight = false
            return !queue.jobs.isEmpty
        }
        if jobsWaiting { wakeup.signal() }
    }

    /// What the pool (and a transaction's ROLLBACK) must know after each job or loop statement.
    func record(_ session: ConnectionSession) {
        let now = Health(needsReplacement: session.needsReplacement, isBroken: !session.isSound)
        health.withLock { $0 = now }
    }

    /// The connection was found unusable by its last job or loop statement.
    var isBroken: Bool { health.withLock { $0.isBroken } }
}
