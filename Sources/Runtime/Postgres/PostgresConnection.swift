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
    /// Set by the thread after each job: libpq lost the socket, or a transaction block is still
    /// open. Read by the pool when the connection is returned.
    let replaceable = Locked(false)
    /// The session, for statements run on an event loop (PostgresConnection+Reactor.swift).
    let sessionSlot = SessionSlot()

    /// `@unchecked Sendable`, and why that is safe: `session` is written by the connection's
    /// thread only twice: before it resumes the opener (every later reader is ordered after that
    /// resumption), and when the thread stops, which the pool asks for only for a connection
    /// nobody leases. It is read only by the task holding the lease, between its own awaited
    /// jobs (each job is queued under a lock and awaited through a continuation), so the thread
    /// and that task never use the session at the same time, and each sees the other's writes.
    final class SessionSlot: @unchecked Sendable {
        var session: ConnectionSession?
    }

    private struct JobQueue {
        var jobs: [Job] = []
        var stopped = false
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
        replaceable.withLock { $0 }
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
                        // Recorded before resuming, so the caller's release sees this job's outcome.
                        let replace = session.needsReplacement
                        self.replaceable.withLock { $0 = replace }
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

    private func serve(_ session: ConnectionSession) {
        while true {
            wakeup.wait()
            guard let job = queue.withLock({ $0.jobs.isEmpty ? nil : $0.jobs.removeFirst() }) else { continue }
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
