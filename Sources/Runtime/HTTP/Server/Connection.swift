import RuntimeCore

/// One client connection, owned by one event loop thread and never touched by another.
///
/// Phases (one request in flight at a time, so responses leave in request order):
///
///     reading ──(request parsed)──▶ awaitingResponse ──(response queued, keep-alive)──▶ reading
///        │                                   └──(response queued, close)──▶ closingAfterWrite
///        └──(parse error / EOF)──▶ closingAfterWrite ──(output flushed)──▶ lingering ──▶ closed
///
/// `lingering` is half-closed: the server has sent FIN and drains what the client still sends,
/// so the kernel does not answer unread input with a RST that would destroy the last response
/// (e.g. a 413 sent while the client is still uploading).
final class Connection {
    enum Phase {
        case reading
        case awaitingResponse(ResponseSerializer.Framing)
        case closingAfterWrite
        case lingering(deadline: Int64)
    }

    let id: UInt64
    let fd: Int32
    var parser: HTTPRequestParser
    var phase: Phase = .reading
    var isClosed = false
    /// The peer sent FIN (or the read side failed): nothing more will arrive.
    var readClosed = false
    var registeredEvents: UInt32 = 0
    var servedRequests = 0

    private(set) var output: [UInt8] = []
    private var outputSent = 0

    /// When the connection became ready for its next request (accept or last response).
    var readyAt: Int64
    /// When the first byte of the current request head arrived.
    var headStartedAt: Int64?
    var lastReadAt: Int64
    /// Last time the output queue was empty or shrank.
    var writeProgressAt: Int64
    /// When the current request's body started (its head ended), while it is being read.
    var bodyStartedAt: Int64?
    /// Bound to each request's task; marked gone when the client leaves (see `ClientPresence`).
    /// Made at the first request, so connections that never send one do not pay for it.
    var presence: ClientPresence?
    /// What the current request's body counts in the server's `BodyBudget` until its response.
    var bodyReservation = (total: 0, large: 0)

    init(id: UInt64, fd: Int32, limits: HTTPParserLimits, now: Int64) {
        self.id = id
        self.fd = fd
        parser = HTTPRequestParser(limits: limits)
        readyAt = now
        lastReadAt = now
        writeProgressAt = now
    }

    var pendingOutputCount: Int { output.count - outputSent }

    /// Open, between requests (or before the first), with nothing left to send: closing it
    /// loses no request and no response.
    var isWaitingForRequest: Bool {
        guard !isClosed, case .reading = phase else { return false }
        return pendingOutputCount == 0 && !parser.isReadingBody
    }

    func enqueue(_ bytes: [UInt8], now: Int64) {
        if pendingOutputCount == 0 { writeProgressAt = now }
        // Usually nothing is pending: take the response's buffer instead of copying it.
        if output.isEmpty {
            output = bytes
        } else {
            output.append(contentsOf: bytes)
        }
    }

    /// Bytes of buffers this connection holds (its input and its output), freed when it closes.
    var retainedCapacity: Int { parser.retainedCapacity + output.capacity }

    /// The unsent part of the output.
    func withPendingOutput<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        output.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[outputSent...])) }
    }

    func markSent(_ count: Int, now: Int64) {
        outputSent += count
        writeProgressAt = now
        if outputSent == output.count {
            // Keep a small buffer for the next response; give back a large one.
            output.removeAll(keepingCapacity: output.capacity <= 65_536)
            outputSent = 0
        }
    }
}
