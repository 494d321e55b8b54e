import Glibc
import RuntimeSystem
import Synchronization

/// The eventfd that SIGTERM/SIGINT handlers poke; -1 while no server listens for signals.
/// An atomic, so the handler reads it without locks (async-signal-safe).
private let signalWakeFD = Atomic<Int32>(-1)

/// Turns SIGTERM/SIGINT into a readable eventfd that event loop 0 watches.
///
/// A handler, not signalfd: signalfd only works if the signals are blocked in every thread,
/// and the Swift concurrency pool's threads exist before the server starts, so their masks
/// cannot be changed. The handler does the one async-signal-safe thing, `write(2)` to the
/// eventfd, and preserves errno for the code it interrupted.
enum SignalRelay {
    static func install(wakeFD: Int32) {
        signalWakeFD.store(wakeFD, ordering: .sequentiallyConsistent)
        Syscall.installSignalHandler(SIGTERM, handler)
        Syscall.installSignalHandler(SIGINT, handler)
    }

    static func uninstall() {
        Syscall.restoreDefaultSignalHandler(SIGTERM)
        Syscall.restoreDefaultSignalHandler(SIGINT)
        signalWakeFD.store(-1, ordering: .sequentiallyConsistent)
    }

    private static let handler: @convention(c) (Int32) -> Void = { _ in
        let saved = errno
        let fd = signalWakeFD.load(ordering: .relaxed)
        if fd >= 0 { Syscall.signalEventFD(fd) }
        errno = saved
    }
}
