import CLinux
import Glibc
import RuntimeSystem

/// Accepting, timeouts and graceful shutdown.
extension EventLoop {
    /// Accepts up to `limit` waiting connections (64 per readiness report: fairness to the
    /// loop's other work; level-triggered epoll reports the rest).
    func acceptConnections(limit: Int = 64) {
        guard listener >= 0 else { return }
        for _ in 0..<limit {
            let result = Result { () throws(SyscallError) in try Syscall.accept(listener) }
            switch result {
            case .success(.done(let fd)):
                adopt(fd)
            case .success(.wouldBlock):
                return
            case .failure(let error) where [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(error.errno):
                // Out of descriptors: stop polling the listener briefly instead of spinning on it.
                shared.logger.warning("accept paused", [("error", String(describing: error))])
                _ = try? Syscall.epollControl(epoll, EPOLL_CTL_DEL, listener, events: 0, id: Self.listenerID)
                acceptPausedUntil = now + 100
                return
            case .failure:
                continue  // ECONNABORTED and friends concern that one connection only
            }
        }
    }

    /// Registers an accepted socket. When the server is full, the oldest of this loop's
    /// connections that is waiting for a request makes room for it (closed unread: a clean FIN);
    /// when none is waiting, the new one is closed at once.
    ///
    /// Preferring the new connection is what keeps the server usable while someone holds
    /// connections open without sending anything: the cap alone would let them lock every other
    /// client out. A connection with a request in flight is never given up.
    private func adopt(_ fd: Int32) {
        guard !stopping, shared.reserveConnection() || (evictOldestWaiting() && shared.reserveConnection()) else {
            Syscall.close(fd)
            return
        }
        try? Syscall.setOption(fd, level: Int32(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
        let connection = Connection(id: nextConnectionID, fd: fd, limits: shared.configuration.parserLimits, now: now)
        nextConnectionID += 1
        do {
            try Syscall.epollControl(epoll, EPOLL_CTL_ADD, fd, events: EPOLLIN.rawValue, id: connection.id)
        } catch {
            Syscall.close(fd)
            shared.releaseConnection()
            return
        }
        connection.registeredEvents = EPOLLIN.rawValue
        connections[connection.id] = connection
        waitingForRequest.append(connection)
    }

    /// Closes the connection that has waited longest for a request; false if none is waiting.
    private func evictOldestWaiting() -> Bool {
        while let (id, since) = waitingForRequest.popFirst() {
            guard let connection = connections[id], connection.isWaitingForRequest, connection.readyAt == since else {
                continue  // closed, busy, or waiting again since a later response (queued again then)
            }
            close(connection)
            return true
        }
        return false
    }

    /// Enforces every deadline; runs a few times a second.
    func sweep() {
        if let paused = acceptPausedUntil, now >= paused, listener >= 0 {
            acceptPausedUntil = nil
            _ = try? Syscall.epollControl(epoll, EPOLL_CTL_ADD, listener, events: EPOLLIN.rawValue, id: Self.listenerID)
        }
        shared.memory.reclaimIfDue(now: now)
        let graceOver = stopping && now >= graceDeadline
        let expired = connections.values.filter { graceOver || isExpired($0) }
        for connection in expired { close(connection) }
    }

    private func isExpired(_ connection: Connection) -> Bool {
        let limits = shared.timeouts
        if connection.pendingOutputCount > 0, now - connection.writeProgressAt > limits.write { return true }
        switch connection.phase {
        case .reading:
            if connection.parser.isReadingBody {
                let started = connection.bodyStartedAt ?? connection.lastReadAt
                return now - connection.lastReadAt > limits.body || now - started > limits.bodyTotal
            }
            if let started = connection.headStartedAt { return now - started > limits.header }
            if connection.pendingOutputCount > 0 { return false }
            // Before the first request the head timeout applies; between requests, the idle one.
            let limit = connection.servedRequests == 0 ? limits.header : limits.idle
            return now - connection.readyAt > limit
        case .awaitingResponse, .closingAfterWrite:
            return false
        case .lingering(let deadline):
            return now >= deadline
        }
    }

    /// Stop accepting; close idle keep-alive connections now, the others after their current
    /// response, and new ones that never sent a request when their head timeout runs out.
    ///
    /// What the kernel already holds for the loop was sent before the shutdown, so it is in
    /// flight, not idle: connections completed but not yet accepted are accepted first (closing
    /// the listener would reset them), and a connection with bytes waiting in its socket is read
    /// before it is judged idle. A loop that was busy when the signal came (a long turn, a
    /// starved thread) would otherwise drop requests its clients had already sent.
    func beginShutdown() {
        guard !stopping else { return }
        acceptConnections(limit: 4096)  // a full backlog at most (net.core.somaxconn's default)
        stopping = true
        graceDeadline = now + shared.timeouts.shutdownGrace
        closeListener()
        for connection in Array(connections.values) {
            switch connection.phase {
            case .reading where !connection.parser.isMidRequest && connection.pendingOutputCount == 0:
                if Syscall.hasInputWaiting(connection.fd) {
                    readAvailable(connection)  // serves what it finds, then closes (we are stopping)
                } else if connection.servedRequests > 0 {
                    close(connection)  // idle between requests: its client knows to retry elsewhere
                }
            // A new connection whose first request has not arrived yet keeps the head timeout
            // it was accepted with (bounded by the grace period), as Go's `Server.Shutdown`
            // does: its client opened it to send a request, which is served (with
            // `Connection: close`) if it comes in time. Otherwise it is closed unread: a
            // clean FIN, never a reset of a request already read.
            case .lingering(let deadline) where deadline > graceDeadline:
                connection.phase = .lingering(deadline: graceDeadline)
            default:
                break
            }
        }
    }

    func closeListener() {
        guard listener >= 0 else { return }
        Syscall.close(listener)
        listener = -1
    }
}
