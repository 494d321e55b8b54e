import Dispatch
import RuntimeCore
import RuntimeSystem
import Synchronization

/// What other threads (and the loop's own tasks) ask an event loop to do.
enum LoopMessage: Sendable {
    /// A handler finished; write its response on the connection (if it is still open).
    case response(connection: UInt64, Response)
    /// A step of a task that prefers this loop as its executor.
    case job(UnownedJob)
    /// Stop accepting, drain, and exit.
    case shutdown
}

/// The only way into an event loop from another thread, and the loop's `TaskExecutor`.
///
/// A locked queue plus an eventfd the loop watches. The loop takes the queue after every round
/// of socket events and before it sleeps, so a message sent while it is awake (for example a
/// task step enqueued by a handler running on the loop) costs no system call; the eventfd is
/// written only when the loop is parked in `epoll_wait` and no wake-up is pending yet, so a
/// burst of completions costs one wake-up.
///
/// Request handlers run as tasks that prefer this executor (docs/decisions/0002): a handler
/// that awaits the database is resumed here, on the thread that owns its connection, instead of
/// hopping to the global pool and back. After the loop has exited, jobs still arriving (a
/// handler whose client went away finishes late) run on a dispatch queue, so no task is ever
/// stranded.
///
/// The inbox owns the eventfd and closes it on deinit, after every task holding it is gone, so
/// a late completion can never write to a descriptor number that was reused.
final class LoopInbox: TaskExecutor, Sendable {
    let wakeFD: Int32
    private let state = Mutex(State())
    /// Where jobs run once the loop is gone (serial: a task's steps never overlap anyway).
    private let orphanQueue = DispatchQueue(label: "event-loop-orphans")

    private struct State {
        var messages: [LoopMessage] = []
        /// The loop found the queue empty and is about to sleep, or sleeps, in `epoll_wait`.
        var parked = false
        /// The eventfd was written and the loop has not read it yet.
        var wakePending = false
        /// The loop has exited: jobs go to `orphanQueue`.
        var closed = false
    }

    init() throws(SyscallError) {
        wakeFD = try Syscall.eventFD()
    }

    deinit {
        Syscall.close(wakeFD)
    }

    func send(_ message: LoopMessage) {
        enum Route { case queued, wake, orphan }
        let route = state.withLock { state -> Route in
            if state.closed { return .orphan }
            state.messages.append(message)
            guard state.parked, !state.wakePending else { return .queued }
            state.wakePending = true
            return .wake
        }
        switch route {
        case .queued: break
        case .wake: Syscall.signalEventFD(wakeFD)
        case .orphan: runOrphaned(message)
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        send(.job(UnownedJob(job)))
    }

    /// Runs a task step; called by the loop for `.job` messages.
    func run(_ job: UnownedJob) {
        job.runSynchronously(on: asUnownedTaskExecutor())
    }

    /// Takes every queued message. When there are none and `mayPark`, the loop is marked parked:
    /// from here on a sender wakes it through the eventfd.
    func take(mayPark: Bool) -> [LoopMessage] {
        state.withLock { state in
            if state.messages.isEmpty {
                if mayPark { state.parked = true }
                return []
            }
            let messages = state.messages
            state.messages = []
            return messages
        }
    }

    /// The loop is awake again (back from `epoll_wait`).
    func unpark() {
        state.withLock { $0.parked = false }
    }

    /// The wake-up was seen: reset the eventfd, then allow the next wake-up. A message sent in
    /// between finds the loop awake (unparked) and is taken before it sleeps again.
    func acknowledgeWakeUp() {
        Syscall.drainEventFD(wakeFD)
        state.withLock { $0.wakePending = false }
    }

    /// The loop is exiting: returns what is still queued, and from now on runs jobs elsewhere.
    func close() -> [LoopMessage] {
        state.withLock { state in
            state.closed = true
            let messages = state.messages
            state.messages = []
            return messages
        }
    }

    /// A message for a loop that has exited: jobs still run, the rest has no one to receive it.
    func runOrphaned(_ message: LoopMessage) {
        guard case .job(let job) = message else { return }
        orphanQueue.async { self.run(job) }
    }
}
