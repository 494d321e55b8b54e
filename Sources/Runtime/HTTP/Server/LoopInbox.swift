import RuntimeCore
import Synchronization

/// What other threads ask an event loop to do.
enum LoopMessage: Sendable {
    /// A handler finished; write its response on the connection (if it is still open).
    case response(connection: UInt64, Response)
    /// Stop accepting, drain, and exit.
    case shutdown
}

/// The only way into an event loop from another thread: a locked queue plus an eventfd the loop
/// watches. The eventfd is written only when the queue goes from "loop has been woken" to
/// "needs waking", so a burst of completions costs one wake-up, not one per response.
/// The inbox owns the eventfd and closes it on deinit, after every task holding it is gone, so
/// a late completion can never write to a descriptor number that was reused.
final class LoopInbox: Sendable {
    let wakeFD: Int32
    private let state = Mutex<(messages: [LoopMessage], wakePending: Bool)>(([], false))

    init() throws(SyscallError) {
        wakeFD = try Syscall.eventFD()
    }

    deinit {
        Syscall.close(wakeFD)
    }

    func send(_ message: LoopMessage) {
        let mustWake = state.withLock { state in
            state.messages.append(message)
            if state.wakePending { return false }
            state.wakePending = true
            return true
        }
        if mustWake { Syscall.signalEventFD(wakeFD) }
    }

    /// Takes every queued message. Reading the eventfd first means a message sent after the
    /// read either is taken here or finds `wakePending` false and wakes the loop again.
    func drain() -> [LoopMessage] {
        Syscall.drainEventFD(wakeFD)
        return state.withLock { state in
            let messages = state.messages
            state.messages = []
            state.wakePending = false
            return messages
        }
    }
}
