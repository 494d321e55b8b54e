import CLinux
#if canImport(Glibc)
import Glibc
#endif

/// Every system call the HTTP runtime makes, and nothing else does.
///
/// Each wrapper retries EINTR, turns EAGAIN/EWOULDBLOCK into `.wouldBlock` where the call can
/// block, and throws a `SyscallError` naming the call otherwise. Modelled on SwiftNIO's
/// `System.swift`. `close` is the exception to EINTR retrying: on Linux the descriptor is gone
/// even when close reports EINTR, and retrying could close a descriptor another thread just got.
enum Syscall {
    /// Runs `body` until it does not fail with EINTR; -1 becomes a thrown error.
    @inline(__always)
    private static func retrying<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SyscallError) -> T {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = errno
            if code == EINTR { continue }
            throw SyscallError(call: call, errno: code)
        }
    }

    /// Like `retrying`, but EAGAIN/EWOULDBLOCK is `.wouldBlock`.
    @inline(__always)
    private static func nonBlocking<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SyscallError) -> IOResult<T> {
        while true {
            let result = body()
            if result != -1 { return .done(result) }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
            throw SyscallError(call: call, errno: code)
        }
    }

    // MARK: sockets

    static func socket(domain: Int32) throws(SyscallError) -> Int32 {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        return try retrying("socket") { Glibc.socket(domain, type, 0) }
    }

    static func setOption(_ fd: Int32, level: Int32, name: Int32, value: Int32) throws(SyscallError) {
        var value = value
        _ = try retrying("setsockopt") {
            Glibc.setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    static func bind(_ fd: Int32, _ address: SocketAddress) throws(SyscallError) {
        _ = try retrying("bind") {
            address.withSockAddr { pointer, length in Glibc.bind(fd, pointer, length) }
        }
    }

    static func listen(_ fd: Int32, backlog: Int32) throws(SyscallError) {
        _ = try retrying("listen") { Glibc.listen(fd, backlog) }
    }

    /// The port a socket is bound to (for port 0 listeners).
    static func boundPort(_ fd: Int32) throws(SyscallError) -> Int {
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
    static func accept(_ fd: Int32) throws(SyscallError) -> IOResult<Int32> {
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        return try nonBlocking("accept4") { clinux_accept4(fd, flags) }
    }

    /// Reads into `buffer`; `.done(0)` is end of stream.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SyscallError) -> IOResult<Int> {
        try nonBlocking("recv") { Glibc.recv(fd, buffer.baseAddress, buffer.count, 0) }
    }

    /// Whether a read would return something now (bytes, or the peer's end of stream), without
    /// consuming it. A reset or other error counts as nothing to read.
    static func hasInputWaiting(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        return Glibc.recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) >= 0
    }

    /// Writes from `buffer`. MSG_NOSIGNAL: a peer that went away is an EPIPE error, not a
    /// process-killing SIGPIPE.
    static func write(_ fd: Int32, from buffer: UnsafeRawBufferPointer) throws(SyscallError) -> IOResult<Int> {
        try nonBlocking("send") { Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL)) }
    }

    static func shutdownWrite(_ fd: Int32) throws(SyscallError) {
        _ = try retrying("shutdown") { Glibc.shutdown(fd, Int32(SHUT_WR)) }
    }

    /// Closes without retrying (see the type's comment). Errors are ignored: nothing useful can
    /// be done about them and the descriptor is released either way.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    // MARK: epoll and eventfd

    static func epollCreate() throws(SyscallError) -> Int32 {
        try retrying("epoll_create1") { CLinux.epoll_create1(Int32(EPOLL_CLOEXEC)) }
    }

    static func epollControl(_ epoll: Int32, _ operation: Int32, _ fd: Int32, events: UInt32, id: UInt64) throws(SyscallError) {
        var event = epoll_event()
        event.events = events
        event.data.u64 = id
        _ = try retrying("epoll_ctl") { CLinux.epoll_ctl(epoll, operation, fd, &event) }
    }

    /// Waits up to `timeoutMilliseconds`. An EINTR counts as a wake-up with no events, so the
    /// caller's timers are re-checked instead of waiting a full timeout again.
    static func epollWait(_ epoll: Int32, into events: UnsafeMutableBufferPointer<epoll_event>, timeoutMilliseconds: Int32) throws(SyscallError) -> Int {
        let count = CLinux.epoll_wait(epoll, events.baseAddress, Int32(events.count), timeoutMilliseconds)
        if count >= 0 { return Int(count) }
        let code = errno
        if code == EINTR { return 0 }
        throw SyscallError(call: "epoll_wait", errno: code)
    }

    static func eventFD() throws(SyscallError) -> Int32 {
        try retrying("eventfd") { CLinux.eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
    }

    /// Adds one to an eventfd's counter. A full counter (EAGAIN) already means "wake up".
    static func signalEventFD(_ fd: Int32) {
        var one: UInt64 = 1
        _ = try? nonBlocking("write") { Glibc.write(fd, &one, 8) }
    }

    /// Resets an eventfd's counter.
    static func drainEventFD(_ fd: Int32) {
        var value: UInt64 = 0
        _ = try? nonBlocking("read") { Glibc.read(fd, &value, 8) }
    }

    // MARK: clocks

    /// Monotonic milliseconds, for deadlines. The coarse clock is a vDSO read (no kernel entry)
    /// with jiffy resolution, plenty for second-scale timeouts.
    static func monotonicMilliseconds() -> Int64 {
        var spec = timespec()
        _ = Glibc.clock_gettime(CLOCK_MONOTONIC_COARSE, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }

    /// Monotonic nanoseconds, for measuring request durations.
    static func monotonicNanoseconds() -> UInt64 {
        var spec = timespec()
        _ = Glibc.clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Wall-clock seconds since the epoch, for the `Date` header.
    static func wallClockSeconds() -> Int64 {
        var spec = timespec()
        _ = Glibc.clock_gettime(CLOCK_REALTIME_COARSE, &spec)
        return Int64(spec.tv_sec)
    }

    // MARK: process

    /// Processors online, for the default number of event loops.
    /// Gives the allocator's free pages back to the system (glibc keeps freed heap memory for
    /// reuse; after a spike of large buffers that can be gigabytes). Costs a walk of the heaps.
    static func releaseFreeMemory() {
        _ = clinux_malloc_trim()
    }

    static func onlineProcessorCount() -> Int {
        max(1, Int(Glibc.sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Starts a detached thread running `body`. The closure travels through pthread's `void *`
    /// argument as a retained box, released by the thread.
    /// Starts a detached thread named `name` (at most 15 bytes show in `top -H` and `perf`).
    static func spawnThread(name: String, _ body: @escaping @Sendable () -> Void) throws(SyscallError) {
        final class Box: Sendable {
            let name: String
            let body: @Sendable () -> Void
            init(_ name: String, _ body: @escaping @Sendable () -> Void) {
                self.name = String(decoding: name.utf8.prefix(15), as: UTF8.self)
                self.body = body
            }
        }
        let argument = Unmanaged.passRetained(Box(name, body)).toOpaque()
        var thread = pthread_t()
        let result = Glibc.pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
            clinux_set_thread_name(box.name)
            box.body()
            return nil
        }, argument)
        guard result == 0 else {
            Unmanaged<Box>.fromOpaque(argument).release()
            throw SyscallError(call: "pthread_create", errno: result)
        }
        _ = Glibc.pthread_detach(thread)
    }

    // MARK: signals

    /// Installs `handler` for `signal` (BSD semantics: stays installed, restarts calls).
    static func installSignalHandler(_ signal: Int32, _ handler: @escaping @convention(c) (Int32) -> Void) {
        _ = Glibc.signal(signal, handler)
    }

    static func restoreDefaultSignalHandler(_ signal: Int32) {
        _ = Glibc.signal(signal, SIG_DFL)
    }
}
