import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// Every system call the runtime makes, and nothing else does: every runtime module imports this
/// one (`RuntimeSystem`), and no other file calls libc for the kernel.
///
/// Each wrapper retries EINTR, turns EAGAIN/EWOULDBLOCK into `.wouldBlock` where the call can
/// block, and throws a `SyscallError` naming the call otherwise. Modelled on SwiftNIO's
/// `System.swift`. `close` is the exception to EINTR retrying: on Linux the descriptor is gone
/// even when close reports EINTR, and retrying could close a descriptor another thread just got.
///
/// Like SwiftNIO, EBADF and EFAULT stop the process (`preconditionFailure` naming the call):
/// a descriptor that is not open or a pointer outside our memory is a bug in the caller, and
/// carrying on could read, write or close a descriptor that meanwhile belongs to someone else
/// (for `close`, EBADF). The exceptions, each documented at its wrapper, are calls on descriptors
/// that libpq owns and may close itself (`epollControl`, `setCork`, `isReadable`), the write
/// from a signal handler (`signalEventFD`), and the log line to standard error
/// (`writeToStandardError`), whose descriptor the parent process may have closed. No test
/// covers the preconditions: a failing one ends the test process.
package enum Syscall {
    /// Runs `body` until it does not fail with EINTR; -1 becomes a thrown error.
    @inline(__always)
    static func retrying<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SyscallError) -> T {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = errno
            if code == EINTR { continue }
            preconditionIsNotUnacceptableErrno(code, call)
            throw SyscallError(call: call, errno: code)
        }
    }

    /// Like `retrying`, but EAGAIN/EWOULDBLOCK is `.wouldBlock`.
    @inline(__always)
    static func nonBlocking<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SyscallError) -> IOResult<T> {
        while true {
            let result = body()
            if result != -1 { return .done(result) }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
            preconditionIsNotUnacceptableErrno(code, call)
            throw SyscallError(call: call, errno: code)
        }
    }

    /// EBADF and EFAULT are programming errors, not conditions to handle (SwiftNIO's
    /// `preconditionIsNotUnacceptableErrno`).
    static func preconditionIsNotUnacceptableErrno(_ code: Int32, _ call: String) {
        if code == EBADF || code == EFAULT {
            preconditionFailure("unacceptable errno \(code) \(String(cString: strerror(code))) in \(call)")
        }
    }

    // MARK: sockets

    package static func socket(domain: Int32) throws(SyscallError) -> Int32 {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        return try retrying("socket") { Glibc.socket(domain, type, 0) }
    }

    package static func setOption(_ fd: Int32, level: Int32, name: Int32, value: Int32) throws(SyscallError) {
        var value = value
        _ = try retrying("setsockopt") {
            Glibc.setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    /// TCP_CORK on or off for a socket libpq owns. Errors are ignored, EBADF included: on a Unix
    /// socket (EOPNOTSUPP) there is nothing to hold back, and libpq closes its socket when the
    /// connection breaks, which the next libpq call reports.
    package static func setCork(_ fd: Int32, _ on: Bool) {
        var value: Int32 = on ? 1 : 0
        _ = Glibc.setsockopt(fd, Int32(IPPROTO_TCP), TCP_CORK, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    package static func bind(_ fd: Int32, _ address: SocketAddress) throws(SyscallError) {
        _ = try retrying("bind") {
            address.withSockAddr { pointer, length in Glibc.bind(fd, pointer, length) }
        }
    }

    package static func listen(_ fd: Int32, backlog: Int32) throws(SyscallError) {
        _ = try retrying("listen") { Glibc.listen(fd, backlog) }
    }

    /// The port a socket is bound to (for port 0 listeners).
    package static func boundPort(_ fd: Int32) throws(SyscallError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = try retrying("getsockname") {
            withUnsafeMutablePointer(to: &storage) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.getsockname(fd, $0, &length) }
            }
        }
        return SocketAddress.port(of: storage)
    }

    /// Accepts one connection as a non-blocking, close-on-exec descriptor.
    package static func accept(_ fd: Int32) throws(SyscallError) -> IOResult<Int32> {
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        return try nonBlocking("accept4") { clinux_accept4(fd, flags) }
    }

    /// Reads into `buffer`; `.done(0)` is end of stream.
    package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SyscallError) -> IOResult<Int> {
        try nonBlocking("recv") { Glibc.recv(fd, buffer.baseAddress, buffer.count, 0) }
    }

    /// Whether a read would return something now (bytes, or the peer's end of stream), without
    /// consuming it. A reset or other error counts as nothing to read.
    package static func hasInputWaiting(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        return Glibc.recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) >= 0
    }

    /// Whether a socket libpq owns has input (or an error or hang-up) to report now, without
    /// waiting. A descriptor libpq has closed reports POLLNVAL, which counts as readable: the
    /// caller's next libpq call finds the connection bad.
    package static func isReadable(_ fd: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return (try? retrying("poll") { Glibc.poll(&descriptor, 1, 0) }).map { $0 > 0 } ?? false
    }

    /// Writes from `buffer`. MSG_NOSIGNAL: a peer that went away is an EPIPE error, not a
    /// process-killing SIGPIPE.
    package static func write(_ fd: Int32, from buffer: UnsafeRawBufferPointer) throws(SyscallError) -> IOResult<Int> {
        try nonBlocking("send") { Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL)) }
    }

    package static func shutdownWrite(_ fd: Int32) throws(SyscallError) {
        _ = try retrying("shutdown") { Glibc.shutdown(fd, Int32(SHUT_WR)) }
    }

    /// Closes without retrying (see the type's comment). Errors other than EBADF are ignored:
    /// nothing useful can be done about them and the descriptor is released either way. EBADF
    /// means it was closed already, perhaps reused since: a bug (SwiftNIO's
    /// `preconditionIsNotUnacceptableErrnoOnClose`).
    package static func close(_ fd: Int32) {
        guard Glibc.close(fd) == -1 else { return }
        let code = errno
        if code == EBADF {
            preconditionFailure("unacceptable errno \(code) \(String(cString: strerror(code))) in close")
        }
    }

    /// Writes a whole log line to standard error in one `write(2)` (see `Logger`), retrying
    /// EINTR. Other errors are ignored, EBADF included: a parent may start us with standard
    /// error closed, and a log line has nowhere else to go.
    package static func writeToStandardError(_ buffer: UnsafeRawBufferPointer) {
        while Glibc.write(2, buffer.baseAddress, buffer.count) == -1 && errno == EINTR {}
    }
}
