/// Who holds one connection's session and what it may do next, with no I/O
/// (docs/decisions/0011-one-connection-state-machine.md).
///
/// A statement can reach the session three ways: a job on the connection's own thread (blocking
/// libpq, 0003), one statement answered on an event loop (`ReactorQuery`, 0006), or a loop's
/// pipeline that holds the session for its lease (`LoopPipeline`, 0008). Every hand-over between
/// them is an event of this machine, changed under the connection's lock; the action it returns
/// is performed after the lock is released (`PostgresConnection.handle`). Events come from the
/// thread (`connectedReceived`, `threadReadyReceived`, `jobFinishedReceived`), from callers
/// (`jobReceived`, `closeReceived`) and from event loops (`loopClaimReceived`,
/// `loopReleaseReceived`); the transcript tests drive it without a socket.
///
/// The session moves, it is never shared: the machine hands it out with `.runJob` or
/// `.useSession` and takes it back with `jobFinishedReceived` or `loopReleaseReceived`, each
/// checked (`precondition`) to come from the party the state says holds it. That is why a
/// non-`Sendable` session may cross threads here: one party has it at a time, and each
/// hand-over goes through the lock, so each party sees the previous one's writes.
///
///     connecting ──connected──▶ idle ◀──jobFinished── thread
///          │                    │  ▲ └────threadReady (a job queued)────▲
///     connectFailed             │  └──loopRelease── loop(.statement | .pipeline)
///          ▼                    │                        ▲
///        closed ◀─threadReady (close asked, no job)      └─loopClaim (no job queued, not closing)
struct ConnectionStateMachine<Session: AnyObject, Job> {
    /// Who uses the session.
    enum State {
        /// The thread is opening the connection and running the session setup.
        /// → `idle` (`connectedReceived`), `closed` (`connectFailedReceived`).
        case connecting
        /// Open and unused; the thread is parked or about to ask for work.
        /// → `thread` (the thread takes a queued job), `loop` (a loop's claim, only while no job is
        /// queued and no close asked), `closed` (the thread stops once no job is left).
        case idle(Session)
        /// The connection's thread runs a job (blocking libpq). → `idle` (`jobFinishedReceived`),
        /// or straight on to the next queued job.
        case thread(Session)
        /// An event loop sends and awaits statements (non-blocking libpq), confined to that loop's
        /// thread. Jobs queued meanwhile wait. → `idle` (`loopReleaseReceived`).
        case loop(LoopUser, Session)
        /// The thread has dropped the session (libpq's connection closed) or never had one.
        /// Terminal: jobs fail at once, claims are refused.
        case closed
    }

    /// The kind of loop user, checked again when the session comes back.
    enum LoopUser: Equatable, Sendable {
        /// One statement (`PostgresConnection.query`/`control` on a loop, `ReactorQuery`).
        case statement
        /// A loop's pipeline, for as long as it holds its lease (`LoopPipeline`).
        case pipeline
    }

    /// What the caller does after leaving the lock.
    enum Action {
        /// Nothing.
        case none
        /// Signal the parked thread (once per park).
        case wakeThread
        /// Fail this job without running it: the connection is closing or closed.
        case rejectJob(Job)
        /// (thread) Run this job with the session, then report `jobFinishedReceived`.
        case runJob(Job, Session)
        /// (thread) Sleep until woken, then report `threadReadyReceived`.
        case park
        /// (thread) Drop the session (closing libpq's connection on this thread, outside the lock)
        /// and end.
        case stop(Session)
        /// (loop) The claim is granted: use the session, then report `loopReleaseReceived`.
        case useSession(Session)
        /// (loop) The claim is refused: take the thread path.
        case refuseClaim
        /// (thread, after a failed connect) Fail these jobs and end.
        case failJobsAndStop([Job])
    }

    private(set) var state: State = .connecting
    /// Jobs for the thread, oldest first; they run before a close.
    private var jobs: [Job] = []
    private var jobHead = 0
    private var closeRequested = false
    /// The thread sleeps and must be woken (exactly once) when there is something for it.
    private var threadParked = false
    private(set) var status: SessionStatus = .ready

    // MARK: Events from the connection's thread

    /// The connection and its session setup succeeded.
    mutating func connectedReceived(_ session: Session) -> Action {
        guard case .connecting = state else { preconditionFailure("connected in state \(state)") }
        state = .idle(session)
        return nextForThread()
    }

    /// The connection or its session setup failed.
    mutating func connectFailedReceived() -> Action {
        guard case .connecting = state else { preconditionFailure("connect failed in state \(state)") }
        state = .closed
        status = .broken
        return .failJobsAndStop(takeJobs())
    }

    /// The thread woke from `park`.
    mutating func threadReadyReceived() -> Action {
        precondition(!threadParked, "the thread reported ready while parked")
        return nextForThread()
    }

    /// The thread finished a job with `session`, leaving it in `status`.
    mutating func jobFinishedReceived(_ session: Session, status: SessionStatus) -> Action {
        guard case .thread(let held) = state, held === session else { preconditionFailure("job finished in state \(state)") }
        self.status = status
        state = .idle(session)
        return nextForThread()
    }

    // MARK: Events from callers

    /// A caller queued a job for the thread.
    mutating func jobReceived(_ job: Job) -> Action {
        if closeRequested || isClosed { return .rejectJob(job) }
        jobs.append(job)
        return wakeThreadIfParked()
    }

    /// The pool closes the connection: queued jobs still run, later ones are rejected, loop
    /// claims are refused, and the thread ends once the session is back and no job is left.
    mutating func closeReceived() -> Action {
        if closeRequested || isClosed { return .none }
        closeRequested = true
        return wakeThreadIfParked()
    }

    // MARK: Events from event loops

    /// A loop wants the session: granted only while nobody uses it, no job waits for the thread
    /// (the thread would otherwise wait behind every loop statement) and no close was asked.
    mutating func loopClaimReceived(_ user: LoopUser) -> Action {
        guard case .idle(let session) = state, jobHead == jobs.count, !closeRequested else { return .refuseClaim }
        state = .loop(user, session)
        return .useSession(session)
    }

    /// The loop user gives the session back, leaving it in `status`; a thread parked meanwhile
    /// is woken when jobs (or a close) wait.
    mutating func loopReleaseReceived(_ session: Session, by user: LoopUser, status: SessionStatus) -> Action {
        guard case .loop(let holder, let held) = state, holder == user, held === session else {
            preconditionFailure("\(user) released a session in state \(state)")
        }
        self.status = status
        state = .idle(session)
        return jobHead < jobs.count || closeRequested ? wakeThreadIfParked() : .none
    }

    // MARK: Observations

    var isClosed: Bool {
        if case .closed = state { true } else { false }
    }

    /// Jobs waiting for the thread (for tests).
    var queuedJobs: Int { jobs.count - jobHead }

    // MARK: Helpers

    /// What the thread does now that it is awake and holds nothing: the oldest job, the end
    /// (close asked and no job left), or sleep.
    private mutating func nextForThread() -> Action {
        guard case .idle(let session) = state else {
            // A loop holds the session: its release wakes the thread.
            threadParked = true
            return .park
        }
        if jobHead < jobs.count {
            let job = jobs[jobHead]
            jobHead += 1
            if jobHead == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                jobHead = 0
            }
            state = .thread(session)
            return .runJob(job, session)
        }
        if closeRequested {
            state = .closed
            return .stop(session)
        }
        threadParked = true
        return .park
    }

    /// Only an idle session wakes the thread: while a loop holds it, its release will.
    private mutating func wakeThreadIfParked() -> Action {
        guard threadParked, case .idle = state else { return .none }
        threadParked = false
        return .wakeThread
    }

    private mutating func takeJobs() -> [Job] {
        defer {
            jobs.removeAll()
            jobHead = 0
        }
        return Array(jobs[jobHead...])
    }
}

/// What the last holder left a session in, recorded at each hand-back
/// (`ConnectionStateMachine.status`): what the pool reads on release, and a transaction before
/// its ROLLBACK.
enum SessionStatus: Equatable, Sendable {
    /// Sound and outside any transaction block: reusable.
    case ready
    /// Sound, inside a transaction block (or one that failed): not reusable as is.
    case inTransaction
    /// Lost by libpq or poisoned by a client-side failure: even a ROLLBACK is pointless (and
    /// could block behind an unread result).
    case broken
}
