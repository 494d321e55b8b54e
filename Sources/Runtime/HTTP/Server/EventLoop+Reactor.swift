import CLinux
import RuntimeCore
import RuntimeSystem

/// The loop as an `IOReactor`: other components (the Postgres client) wait for their own sockets
/// on this epoll set, so a handler's database round trip needs no other thread.
extension EventLoop: IOReactor {
    /// Watch ids live above every connection id (which count up from 16 and never get near).
    static let firstWatchID: UInt64 = 1 << 48

    struct SocketWatcher {
        var fd: Int32
        var handler: (IOReadiness) -> Void
    }

    func watchOnce(_ fd: Int32, orWritable: Bool, _ handler: @escaping (IOReadiness) -> Void) -> Bool {
        preconditionInEventLoop()
        let id = nextWatchID
        let events = orWritable ? EPOLLIN.rawValue | EPOLLOUT.rawValue : EPOLLIN.rawValue
        do {
            try Syscall.epollControl(epoll, EPOLL_CTL_ADD, fd, events: events, id: id)
        } catch {
            return false
        }
        nextWatchID += 1
        watchers[id] = SocketWatcher(fd: fd, handler: handler)
        return true
    }

    /// An epoll event for a watch: the descriptor leaves the set before the handler runs, so the
    /// handler may watch it again.
    func fireWatcher(_ id: UInt64) {
        guard let watcher = watchers.removeValue(forKey: id) else { return }
        _ = try? Syscall.epollControl(epoll, EPOLL_CTL_DEL, watcher.fd, events: 0, id: id)
        watcher.handler(.ready)
    }

    func afterTurn(_ body: @escaping () -> Void) {
        preconditionInEventLoop()
        afterTurnCallbacks.append(body)
    }

    func attachment<T: AnyObject>(for key: ObjectIdentifier, _ make: () -> T) -> T {
        preconditionInEventLoop()
        if let existing = attachments[key] as? T { return existing }
        let made = make()
        attachments[key] = made
        return made
    }

    /// What `afterTurn` collected, including what those callbacks add.
    func runAfterTurnCallbacks() {
        while !afterTurnCallbacks.isEmpty {
            let callbacks = afterTurnCallbacks
            afterTurnCallbacks.removeAll(keepingCapacity: true)
            for callback in callbacks { callback() }
        }
    }

    /// The loop is stopping: every pending wait ends with `.reactorClosed`.
    func closeWatchers() {
        runAfterTurnCallbacks()
        while let (id, watcher) = watchers.first {
            watchers[id] = nil
            _ = try? Syscall.epollControl(epoll, EPOLL_CTL_DEL, watcher.fd, events: 0, id: id)
            watcher.handler(.reactorClosed)
        }
    }
}
