import CLinux
import Glibc
import RuntimeSystem

/// One listening socket per event loop on the same address, all with SO_REUSEPORT so the
/// kernel spreads new connections across loops with no accept hand-off between threads.
/// With port 0 the first socket picks the port and the others join it.
///
/// SO_REUSEPORT would also let a second server of the same user join a port that one already
/// serves, silently splitting its traffic (a stale instance answering half the requests with
/// old code). So a fixed port is first claimed without SO_REUSEPORT and released at once:
/// that bind fails with EADDRINUSE while anybody listens there. (Two servers started in the
/// same millisecond can still both pass it; no bind option closes that window.)
struct ListenerSet {
    var fds: [Int32]
    var port: Int

    static func open(_ configuration: ServerConfiguration) throws -> ListenerSet {
        guard let firstAddress = SocketAddress(host: configuration.host, port: configuration.port) else {
            throw SyscallError(call: "listen address \(configuration.host):\(configuration.port)", errno: EINVAL)
        }
        var set = ListenerSet(fds: [], port: configuration.port)
        if configuration.port != 0 {
            try ensureUnused(firstAddress, named: "\(configuration.host):\(configuration.port)")
        }
        do {
            var address = firstAddress
            for _ in 0..<configuration.resolvedLoopCount {
                let fd = try bind(address)
                set.fds.append(fd)
                if set.fds.count == 1 {
                    set.port = try Syscall.boundPort(fd)
                    address = SocketAddress(host: configuration.host, port: set.port) ?? firstAddress
                }
            }
        } catch {
            set.closeAll()
            throw error
        }
        return set
    }

    private static func bind(_ address: SocketAddress) throws(SyscallError) -> Int32 {
        let fd = try Syscall.socket(domain: address.family)
        do {
            try Syscall.setOption(fd, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1)
            try Syscall.setOption(fd, level: SOL_SOCKET, name: SO_REUSEPORT, value: 1)
            try Syscall.bind(fd, address)
            try Syscall.listen(fd, backlog: 1024)
            return fd
        } catch {
            Syscall.close(fd)
            throw error
        }
    }

    private static func ensureUnused(_ address: SocketAddress, named name: String) throws(SyscallError) {
        let probe = try Syscall.socket(domain: address.family)
        defer { Syscall.close(probe) }
        // SO_REUSEADDR only so that connections of an earlier run still in TIME_WAIT do not count.
        try Syscall.setOption(probe, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1)
        do {
            try Syscall.bind(probe, address)
        } catch {
            throw SyscallError(call: "bind \(name)", errno: error.errno)  // names the address in use
        }
    }

    func closeAll() {
        for fd in fds { Syscall.close(fd) }
    }
}
