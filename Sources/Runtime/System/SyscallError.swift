#if canImport(Glibc)
    import Glibc
#endif

/// A failed system call: which call and its errno. Thrown by `Syscall`, the only place that
/// talks to the kernel.
public struct SyscallError: Error, Sendable, Equatable, CustomStringConvertible {
    public var call: String
    public var errno: Int32

    public init(call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    /// The C library's text for `errno` (`strerror`).
    public var reason: String { String(cString: strerror(errno)) }

    public var description: String {
        "\(call) failed: \(reason) (errno \(errno))"
    }
}

/// The outcome of a non-blocking call: done, or the kernel said EAGAIN/EWOULDBLOCK.
package enum IOResult<Value> {
    case done(Value)
    case wouldBlock
}
