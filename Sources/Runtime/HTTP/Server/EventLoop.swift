import CLinux
import RuntimeCore
import RuntimeSystem

/// One epoll event loop on its own thread: accepts on its SO_REUSEPORT listener, reads, parses,
/// starts a task per request (which prefers this loop as its executor), and writes the responses
/// the tasks hand back through `inbox`.
///
/// Everything in this class is confined to the loop's thread (it is created there and never
/// escapes), which is why it is neither `Sendable` nor locked. The only cross-thread inputs are
/// the inbox and the shared connection counter. The loop never blocks: sockets are non-blocking,
/// handlers run in tasks on this thread between socket events, other components wait for their
/// own sockets here (`IOReactor`), and work that blocks or burns CPU (blocking libpq calls,
/// password hashing) runs on other threads while the task is suspended. See
/// docs/decisions/0002-event-loop-and-task-hand-off.md and 0006-database-io-on-the-event-loop.md.
final class EventLoop {
    static let listenerID: UInt64 = 1
    static let wakeID: UInt64 = 2
    static let signalID: UInt64 = 3
    static let firstConnectionID: UInt64 = 16

    /// Stop parsing and reading from a connection while this much output is queued.
    static let outputHighWater = 256 * 1024
    /// Pipelined input buffered while a request is in flight, at most.
    static let pipelineBufferLimit = 64 * 1024
    /// How long a closing connection is drained before it is closed regardless.
    static let lingerMilliseconds: Int64 = 2000

    let shared: ServerShared
    let inbox: LoopInbox
    let epoll: Int32
    var listener: Int32
    let signalFD: Int32?
    var connections: [UInt64: Connection] = [:]
    /// Connections waiting for a request, oldest first: the ones given up when the server is full.
    var waitingForRequest = EvictionQueue()
    /// Sockets of other components waiting on this loop (see EventLoop+Reactor.swift).
    var watchers: [UInt64: SocketWatcher] = [:]
    var nextWatchID = EventLoop.firstWatchID
    /// Work for the end of the current turn (`IOReactor.afterTurn`).
    var afterTurnCallbacks: [() -> Void] = []
    /// Per-loop state of other components (`IOReactor.attachment`), dropped when the loop ends.
    var attachments: [ObjectIdentifier: AnyObject] = [:]
    var nextConnectionID = EventLoop.firstConnectionID
    var dates = DateCache()
    var requestIDs = RequestIDGenerator()
    var now: Int64
    var stopping = false
    var graceDeadline = Int64.max
    var acceptPausedUntil: Int64?
    var lastSweep: Int64
    let sweepInterval: Int64
    let readBuffer: UnsafeMutableRawBufferPointer
    let events: UnsafeMutableBufferPointer<epoll_event>

    init(shared: ServerShared, inbox: LoopInbox, listener: Int32, signalFD: Int32?) throws(SyscallError) {
        self.shared = shared
        self.inbox = inbox
        self.listener = listener
        self.signalFD = signalFD
        epoll = try Syscall.epollCreate()
        now = Syscall.monotonicMilliseconds()
        lastSweep = now
        sweepInterval = shared.sweepIntervalMilliseconds
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        events = .allocate(capacity: 256)
        do {
            let readable = EPOLLIN.rawValue
            try Syscall.epollControl(epoll, EPOLL_CTL_ADD, listener, events: readable, id: Self.listenerID)
            try Syscall.epollControl(epoll, EPOLL_CTL_ADD, inbox.wakeFD, events: readable, id: Self.wakeID)
            if let signalFD {
                try Syscall.epollControl(epoll, EPOLL_CTL_ADD, signalFD, events: readable, id: Self.signalID)
            }
        } catch {
            Syscall.close(epoll)
            readBuffer.deallocate()
            events.deallocate()
            throw error
        }
    }

    deinit {
        Syscall.close(epoll)
        readBuffer.deallocate()
        events.deallocate()
    }

    /// Runs until shutdown has drained every connection (or the grace period ran out).
    func run() {
        IOReactorContext.install(self)
        defer { IOReactorContext.install(nil) }
        while !(stopping && connections.isEmpty) {
            let parked = runQueuedMessages()
            let count: Int
            do {
                count = try Syscall.epollWait(epoll, into: events, timeoutMilliseconds: parked ? Int32(sweepInterval) : 0)
            } catch {
                shared.logger.error("event loop stopped", [("error", String(describing: error))])
                break
            }
            inbox.unpark()
            now = Syscall.monotonicMilliseconds()
            for index in 0..<count {
                handle(events[index])
            }
            if now - lastSweep >= sweepInterval {
                lastSweep = now
                sweep()
            }
        }
        closeListener()
        for connection in Array(connections.values) { close(connection) }
        closeWatchers()
        // What the closed waits asked for at the end of a turn will not run: drop it, and the
        // per-loop state (which such callbacks would keep alive).
        afterTurnCallbacks.removeAll()
        attachments.removeAll()
        for message in inbox.close() { inbox.runOrphaned(message) }
    }

    /// Runs task steps and delivers responses until the inbox is empty (then the loop is parked
    /// and may sleep) or for a bounded number of rounds, so tasks that keep re-enqueueing
    /// themselves cannot starve the sockets (then the next `epoll_wait` only polls). What the
    /// steps of a round asked to do at the end of the turn (`afterTurn`) runs after the round.
    private func runQueuedMessages() -> Bool {
        for _ in 0..<16 {
            let messages = inbox.take(mayPark: afterTurnCallbacks.isEmpty)
            if messages.isEmpty {
                if afterTurnCallbacks.isEmpty { return true }
                runAfterTurnCallbacks()
                continue
            }
            for message in messages { receive(message) }
            runAfterTurnCallbacks()
        }
        return false
    }

    private func handle(_ event: epoll_event) {
        switch event.data.u64 {
        case Self.listenerID:
            acceptConnections()
        case Self.wakeID:
            inbox.acknowledgeWakeUp()
        case Self.signalID:
            if let signalFD { Syscall.drainEventFD(signalFD) }
            shared.logger.info("shutdown signal received")
            shared.requestShutdown()
        case let id where id >= Self.firstWatchID:
            fireWatcher(id)
        case let id:
            guard let connection = connections[id] else { return }
            connectionEvent(connection, flags: event.events)
        }
    }

    private func receive(_ message: LoopMessage) {
        switch message {
        case .response(let id, let response):
            deliver(response, to: id)
        case .job(let job):
            inbox.run(job)
        case .shutdown:
            beginShutdown()
        }
    }
}
