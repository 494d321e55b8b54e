import RuntimeSystem

/// What a socket wait ended with.
public enum IOReadiness: Sendable {
    /// The socket is readable (or writable, when that was asked for), or has an error or hang-up
    /// to report: the next read or write will not block.
    case ready
    /// The reactor stopped before the socket became ready; the wait is over for good.
    case reactorClosed
}

/// An event loop as seen by code that wants to wait for a socket without a thread of its own.
///
/// The HTTP event loops implement it, and install themselves as the current thread's reactor
/// (`IOReactorContext`) while they run. Request handlers run on the loop that owns their HTTP
/// connection, so a database call made by a handler can send its query, wait for the answer on
/// this loop's epoll set and resume the handler, all on one thread
/// (docs/decisions/0006-database-io-on-the-event-loop.md). Not `Sendable`: a reactor is used
/// only on its own thread.
public protocol IOReactor: AnyObject {
    /// Calls `handler` once, on this reactor's thread, when `fd` is ready for reading (or, when
    /// `orWritable`, for reading or writing), or with `.reactorClosed` when the reactor stops
    /// first. Returns false, without calling `handler`, when the descriptor cannot be watched.
    func watchOnce(_ fd: Int32, orWritable: Bool, _ handler: @escaping (IOReadiness) -> Void) -> Bool

    /// Runs `body` on this reactor's thread once the work already queued for this turn has run
    /// (every task step enqueued so far), before the reactor next waits for events; when the
    /// reactor stops first, before its pending waits end with `.reactorClosed`. A component
    /// gathers what a turn's tasks ask of it and acts once (one write for many statements).
    func afterTurn(_ body: @escaping () -> Void)

    /// The object this reactor keeps for `key` (made by `make` on first use), for as long as the
    /// reactor runs: state a component keeps per event loop, confined to the loop's thread.
    func attachment<T: AnyObject>(for key: ObjectIdentifier, _ make: () -> T) -> T
}

/// Loop confinement, checked: code that must run on its reactor's thread (state a component keeps
/// per loop, unlocked) says so with `preconditionInEventLoop()`, as swift-nio's
/// `EventLoop.preconditionInEventLoop` does.
extension IOReactor {
    /// Whether the calling thread is this reactor's (its `IOReactorContext.current`).
    public var isInEventLoop: Bool {
        guard let current = IOReactorContext.current else { return false }
        return current === self
    }

    /// Stops the program when called off this reactor's thread. Checked in debug builds (one
    /// thread-local read); compiled out of release builds, like `assert`.
    @inlinable
    public func preconditionInEventLoop(file: StaticString = #fileID, line: UInt = #line) {
        assert(isInEventLoop, "must run on its event loop's thread", file: file, line: line)
    }
}

/// The reactor of the running thread, in thread-local storage.
public enum IOReactorContext {
    private final class Holder {
        let reactor: any IOReactor
        init(_ reactor: any IOReactor) { self.reactor = reactor }
    }

    /// nil only when the process ran out of keys (1,024): then no thread has a reactor and every
    /// caller takes its thread-based path.
    private static let key = Syscall.ThreadLocalKey()

    /// The reactor running this thread, if any.
    public static var current: (any IOReactor)? {
        guard let raw = key?.value else { return nil }
        return Unmanaged<Holder>.fromOpaque(raw).takeUnretainedValue().reactor
    }

    /// Makes `reactor` the current thread's (nil removes it). The reactor must call this with
    /// nil before it stops.
    public static func install(_ reactor: (any IOReactor)?) {
        guard let key else { return }
        if let old = key.value {
            Unmanaged<Holder>.fromOpaque(old).release()
        }
        let new = reactor.map { Unmanaged.passRetained(Holder($0)).toOpaque() }
        key.set(new)
    }
}
