import RuntimeCore
import Synchronization

/// State shared by a running server's loops and its owner: configuration, the responder
/// pipeline, the open-connection count, the loops' inboxes and the wait-for-stop bookkeeping.
final class ServerShared: Sendable {
    struct Timeouts: Sendable {
        var header: Int64
        var idle: Int64
        var write: Int64
        var body: Int64
        var bodyTotal: Int64
        var shutdownGrace: Int64
    }

    let configuration: ServerConfiguration
    let pipeline: ResponderPipeline
    let logger: Logger
    let inboxes: [LoopInbox]
    let port: Int
    let timeouts: Timeouts
    let bodyBudget: BodyBudget
    let memory = MemoryReclaimer()
    private let openConnections = Atomic<Int>(0)
    private let lifecycle: Mutex<(running: Int, waiters: [CheckedContinuation<Void, Never>])>

    init(configuration: ServerConfiguration, pipeline: ResponderPipeline, logger: Logger, inboxes: [LoopInbox], port: Int) {
        self.configuration = configuration
        self.pipeline = pipeline
        self.logger = logger
        self.inboxes = inboxes
        self.port = port
        timeouts = Timeouts(
            header: configuration.headerTimeout.milliseconds, idle: configuration.idleTimeout.milliseconds,
            write: configuration.writeTimeout.milliseconds, body: configuration.bodyTimeout.milliseconds,
            bodyTotal: configuration.bodyDeadline.milliseconds, shutdownGrace: configuration.shutdownGrace.milliseconds
        )
        bodyBudget = BodyBudget(limit: max(1, configuration.bodyBufferBudget))
        lifecycle = Mutex((inboxes.count, []))
    }

    /// Deadlines are checked this often: a quarter of the shortest timeout, within 10–250 ms.
    var sweepIntervalMilliseconds: Int64 {
        let shortest = min(timeouts.header, timeouts.idle, timeouts.write, timeouts.body)
        return min(250, max(10, shortest / 4))
    }

    /// Counts a new connection, or refuses it when `maxConnections` are open.
    func reserveConnection() -> Bool {
        let count = openConnections.wrappingAdd(1, ordering: .relaxed).newValue
        guard count <= configuration.maxConnections else {
            openConnections.wrappingSubtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func releaseConnection() {
        openConnections.wrappingSubtract(1, ordering: .relaxed)
    }

    var openConnectionCount: Int { openConnections.load(ordering: .relaxed) }

    func requestShutdown() {
        for inbox in inboxes { inbox.send(.shutdown) }
    }

    func loopFinished() {
        let waiters = lifecycle.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.running -= 1
            guard state.running == 0 else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func waitUntilStopped() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let stopped = lifecycle.withLock { state in
                if state.running == 0 { return true }
                state.waiters.append(continuation)
                return false
            }
            if stopped { continuation.resume() }
        }
    }
}
