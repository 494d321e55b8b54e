import Glibc

/// A TCP port on 127.0.0.1 nobody listens on right now: bind to port 0, ask the kernel which
/// port it gave, close. A fixed or random port can collide with a port another test (or an
/// outgoing connection's ephemeral port) holds; this one can only be taken in the short window
/// before the server binds it, and the callers that start servers retry on a failed bind.
public func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw RawClientError(description: "socket: errno \(errno)") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
            bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
        }
    }
    guard bound else { throw RawClientError(description: "bind: errno \(errno)") }
    return Int(UInt16(bigEndian: address.sin_port))
}
