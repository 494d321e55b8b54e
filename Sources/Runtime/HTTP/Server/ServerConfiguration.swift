import RuntimeSystem

/// Listen address, concurrency and the limits that keep one client from hurting the others.
public struct ServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port; read it back from `HTTPServer.start()` or `boundPort`.
    public var port: Int
    /// Event-loop threads, each with its own SO_REUSEPORT listener; 0 means one per core.
    public var loops: Int
    /// Open connections allowed across all loops; beyond it new connections are closed at once.
    public var maxConnections: Int
    /// Largest request body; exactly this many bytes is accepted, one more is 413.
    public var maxBodySize: Int
    /// Time allowed for a request head to arrive completely (slowloris defence).
    public var headerTimeout: Duration
    /// How long a keep-alive connection may sit between requests.
    public var idleTimeout: Duration
    /// How long a response may sit unsent because the client stopped reading.
    public var writeTimeout: Duration
    /// How long a started body may go without a new byte.
    public var bodyTimeout: Duration
    /// How long a body may take in all, from the end of its head: however steadily a client
    /// trickles bytes, it cannot hold its share of `bodyBufferBudget` for longer.
    public var bodyDeadline: Duration
    /// Bytes of request bodies held at once across all connections (from head to response);
    /// a request that would go over is answered 503 with `Retry-After` before its body is read.
    /// Bodies' bytes beyond their first 64 KiB may use only half of it (see `BodyBudget`).
    public var bodyBufferBudget: Int
    /// After shutdown starts, how long in-flight requests get before connections are cut.
    public var shutdownGrace: Duration
    /// Whether `run()` installs SIGTERM/SIGINT handlers that start a graceful shutdown.
    public var handlesSignals: Bool

    public init(
        host: String = "127.0.0.1",
        port: Int = 8000,
        loops: Int = 0,
        maxConnections: Int = 10_000,
        maxBodySize: Int = 1_048_576,
        headerTimeout: Duration = .seconds(5),
        idleTimeout: Duration = .seconds(60),
        writeTimeout: Duration = .seconds(30),
        bodyTimeout: Duration = .seconds(10),
        shutdownGrace: Duration = .seconds(10),
        handlesSignals: Bool = true,
        bodyDeadline: Duration = .seconds(30),
        bodyBufferBudget: Int = 64 * 1_048_576
    ) {
        self.host = host
        self.port = port
        self.loops = max(0, loops)
        self.maxConnections = maxConnections
        self.maxBodySize = maxBodySize
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
        self.writeTimeout = writeTimeout
        self.bodyTimeout = bodyTimeout
        self.shutdownGrace = shutdownGrace
        self.handlesSignals = handlesSignals
        self.bodyDeadline = bodyDeadline
        self.bodyBufferBudget = bodyBufferBudget
    }

    /// `loops`, with 0 resolved to the number of online processors.
    var resolvedLoopCount: Int {
        loops > 0 ? loops : Syscall.onlineProcessorCount()
    }

    var parserLimits: HTTPParserLimits {
        HTTPParserLimits(maxBodySize: maxBodySize)
    }
}

extension Duration {
    /// Whole milliseconds, saturating; timeouts are compared against a millisecond clock.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        return overflow ? Int64.max : scaled + attoseconds / 1_000_000_000_000_000
    }
}
