import Glibc
import RuntimeCore
import RuntimeSystem
import Synchronization

/// The HTTP/1.1 server: `configuration.loops` epoll threads, each with its own SO_REUSEPORT
/// listener, feeding `responder` (usually `Router.handler`) through tasks.
///
///     let server = HTTPServer(configuration: config, cors: policy, logger: logger, responder: router.handler)
///     try await server.run()   // returns after SIGTERM/SIGINT and a graceful drain
///
/// Tests use `start()` (returns the bound port), `shutdown()` and `waitUntilStopped()`.
public final class HTTPServer: Sendable {
    private enum State {
        case idle
        case running(ServerShared)
        case stopped
    }

    public let configuration: ServerConfiguration
    private let pipeline: ResponderPipeline
    private let logger: Logger
    private let state = Mutex<State>(.idle)

    public init(configuration: ServerConfiguration, cors: CORSPolicy? = nil, logger: Logger, responder: @escaping Handler) {
        self.configuration = configuration
        self.logger = logger
        pipeline = ResponderPipeline(responder: responder, cors: cors, logger: logger)
    }

    /// The port listened on, once started (useful with `port: 0`).
    public var boundPort: Int? {
        state.withLock { state in
            if case .running(let shared) = state { return shared.port }
            return nil
        }
    }

    /// Connections currently open, across loops.
    public var openConnectionCount: Int {
        state.withLock { state in
            if case .running(let shared) = state { return shared.openConnectionCount }
            return 0
        }
    }

    /// How often the server has given freed memory back to the system (`MemoryReclaimer`).
    public var memoryTrimCount: Int {
        state.withLock { state in
            if case .running(let shared) = state { return shared.memory.trimCount }
            return 0
        }
    }

    /// Binds the listeners and starts the loops; returns the bound port. Does not handle signals.
    @discardableResult
    public func start() throws -> Int {
        try start(signalFD: nil)
    }

    /// Starts the server, serves until SIGTERM/SIGINT (when `handlesSignals`) or `shutdown()`,
    /// drains in-flight requests, and returns. After an explicit `start()` it only waits: the
    /// signal relay is wired into the loops when they are created.
    public func run() async throws {
        guard boundPort == nil else {
            await waitUntilStopped()
            return
        }
        var signalFD: Int32?
        if configuration.handlesSignals {
            let fd = try Syscall.eventFD()
            signalFD = fd
            SignalRelay.install(wakeFD: fd)
        }
        defer {
            if let signalFD {
                SignalRelay.uninstall()
                Syscall.close(signalFD)
            }
        }
        let port = try start(signalFD: signalFD)
        logger.info("listening", [("host", configuration.host), ("port", String(port))])
        await waitUntilStopped()
        logger.info("server stopped")
    }

    /// Starts a graceful shutdown: stop accepting, close idle connections, let in-flight
    /// requests finish within `shutdownGrace`. Safe from any thread, any number of times.
    public func shutdown() {
        let shared = state.withLock { state -> ServerShared? in
            switch state {
            case .running(let shared): return shared
            case .idle:
                state = .stopped
                return nil
            case .stopped: return nil
            }
        }
        shared?.requestShutdown()
    }

    /// Returns once every loop has exited.
    public func waitUntilStopped() async {
        let shared = state.withLock { state -> ServerShared? in
            if case .running(let shared) = state { return shared }
            return nil
        }
        await shared?.waitUntilStopped()
    }

    private func start(signalFD: Int32?) throws -> Int {
        let listeners = try ListenerSet.open(configuration)
        var inboxes: [LoopInbox] = []
        do {
            for _ in listeners.fds { inboxes.append(try LoopInbox()) }
        } catch {
            listeners.closeAll()
            throw error
        }
        let shared = ServerShared(
            configuration: configuration, pipeline: pipeline, logger: logger, inboxes: inboxes, port: listeners.port
        )
        let accepted = state.withLock { state -> Bool in
            guard case .idle = state else { return false }
            state = .running(shared)
            return true
        }
        guard accepted else {
            listeners.closeAll()
            throw SyscallError(call: "HTTPServer.start (already started or shut down)", errno: EALREADY)
        }
        for (index, fd) in listeners.fds.enumerated() {
            let inbox = inboxes[index]
            let loopSignalFD = index == 0 ? signalFD : nil
            do {
                try Syscall.spawnThread(name: "http-loop-\(index)") {
                    do {
                        let loop = try EventLoop(shared: shared, inbox: inbox, listener: fd, signalFD: loopSignalFD)
                        loop.run()
                    } catch {
                        Syscall.close(fd)
                        shared.logger.error("event loop failed to start", [("error", String(describing: error))])
                    }
                    shared.loopFinished()
                }
            } catch {
                Syscall.close(fd)
                shared.loopFinished()
                shared.requestShutdown()
                throw error
            }
        }
        return listeners.port
    }
}
