import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// epoll and eventfd.
extension Syscall {
    package static func epollCreate() throws(SyscallError) -> Int32 {
        try retrying("epoll_create1") { CLinux.epoll_create1(Int32(EPOLL_CLOEXEC)) }
    }

    /// Adds, changes or removes `fd` in an epoll set. EBADF is a bug only when the epoll
    /// descriptor is the bad one: the loops also watch libpq's sockets, which libpq closes when a
    /// connection breaks (closing removes a descriptor from every set; removing it again, or
    /// adding the -1 that `PQsocket` then returns, fails with EBADF and is reported).
    package static func epollControl(_ epoll: Int32, _ operation: Int32, _ fd: Int32, events: UInt32, id: UInt64) throws(SyscallError) {
        var event = epoll_event()
        event.events = events
        event.data.u64 = id
        while CLinux.epoll_ctl(epoll, operation, fd, &event) == -1 {
            let code = errno
            if code == EINTR { continue }
            if code != EBADF || Glibc.fcntl(epoll, F_GETFD) == -1 { preconditionIsNotUnacceptableErrno(code, "epoll_ctl") }
            throw SyscallError(call: "epoll_ctl", errno: code)
        }
    }

    /// Waits up to `timeoutMilliseconds`. An EINTR counts as a wake-up with no events, so the
    /// caller's timers are re-checked instead of waiting a full timeout again.
    package static func epollWait(_ epoll: Int32, into events: UnsafeMutableBufferPointer<epoll_event>, timeoutMilliseconds: Int32)
        throws(SyscallError) -> Int
    {
        let count = CLinux.epoll_wait(epoll, events.baseAddress, Int32(events.count), timeoutMilliseconds)
        if count >= 0 { return Int(count) }
        let code = errno
        if code == EINTR { return 0 }
        preconditionIsNotUnacceptableErrno(code, "epoll_wait")
        throw SyscallError(call: "epoll_wait", errno: code)
    }

    package static func eventFD() throws(SyscallError) -> Int32 {
        try retrying("eventfd") { CLinux.eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
    }

    /// Adds one to an eventfd's counter. A full counter (EAGAIN) already means "wake up".
    /// Async-signal-safe (the signal relay calls it from a handler), so it checks nothing: a
    /// precondition message would allocate, and a signal can arrive just after the server
    /// closed its eventfd. Errors are ignored.
    package static func signalEventFD(_ fd: Int32) {
        var one: UInt64 = 1
        while Glibc.write(fd, &one, 8) == -1 && errno == EINTR {}
    }

    /// Resets an eventfd's counter.
    package static func drainEventFD(_ fd: Int32) {
        var value: UInt64 = 0
        _ = try? nonBlocking("read") { Glibc.read(fd, &value, 8) }
    }
}
