import RuntimeCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The autocommit statements of the requests on one event loop, sent down one pooled connection
/// in libpq pipeline mode (docs/decisions/0008-one-pipelined-connection-per-loop.md).
///
/// Tasks on a loop run one after another between socket events, so the statements a turn's tasks
/// send can travel together: each is queued with a Sync of its own (its own implicit
/// transaction, so one statement's failure touches no other), the socket is corked while they are
/// queued, and one write at the end of the turn (`IOReactor.afterTurn`) carries them all. While
/// a batch is in flight the next one gathers, and leaves when the first is answered (the server
/// would not read it sooner anyway). The server reads a batch in one go and answers in order; the
/// answers are matched to the statements first in, first out, as they arrive on this loop.
///
/// The connection is leased only while statements are in flight: the pipeline takes an idle one
/// when a turn sends its first statement (`PostgresClient.leaseIdleNow`, which never waits) and
/// gives it back when the last answer is in, so idle pings, outages, replacement and shutdown
/// stay the pool's business. When no idle connection is free, too many statements are in
/// flight, or the statement does not fit (NUL in a parameter, a name prepared with other SQL),
/// `submit` says nil and the caller takes the ordinary path.
///
/// Confined to its loop's thread (kept as the loop's `attachment`), hence not `Sendable` and not
/// locked; the connection is claimed with `beginLoopUse` for as long as the lease is held.
final class LoopPipeline {
    /// How many statements got their answer through a pipeline (server errors included),
    /// process-wide: tests check the path is taken.
    static let answered = Atomic<Int>(0)

    /// Statements in flight at most; beyond, callers take the ordinary path, so one slow
    /// statement holds back a bounded number of others.
    static let maximumInFlight = 64
    /// While the oldest statement in flight has waited this long, new ones take the ordinary path
    /// instead of queueing behind it (a slow statement holds back only what was already sent).
    static let stallThreshold: Duration = .milliseconds(20)

    private let client: PostgresClient
    private let reactor: any IOReactor
    private var lease: PoolLease?
    private var session: ConnectionSession?
    /// In flight, oldest first from `head` (the array is reset when it drains).
    private var queue: [Entry] = []
    private var head = 0
    /// Entries before this index have gone to the server; those from it on wait, corked, until
    /// the ones sent are answered: one batch in flight at a time, so a batch carries what the
    /// turns spent waiting for the previous one gathered.
    private var sentEnd = 0
    /// TCP_CORK is set on the socket.
    private var corked = false
    /// A flush is due at the end of the turn.
    private var flushScheduled = false
    /// libpq holds output the socket did not take yet.
    private var outputPending = false
    /// A readiness wait on the socket is armed.
    private var watching = false
    /// Prepares that failed in the current lease, by name: the executes queued behind them fail
    /// with their error rather than "prepared statement does not exist".
    private var failedPrepares: [String: LibPQResult] = [:]

    private struct Entry {
        enum Kind {
            case prepare(name: String)
            case execute(name: String, completion: (Result<PostgresResult, PostgresError>?) -> Void)
        }
        var kind: Kind
        var sentAt: ContinuousClock.Instant
        var result: LibPQResult?
    }

    /// Entries the queue holds, answered ones not yet dropped included (for tests).
    var retainedEntries: Int { queue.count }

    init(client: PostgresClient, reactor: any IOReactor) {
        self.client = client
        self.reactor = reactor
    }

    /// Runs `statement` in the pipeline, or returns nil at once (or, rarely, after the server
    /// said it no longer knows the statement) when the caller must take the ordinary path.
    func submit(_ statement: PreparedStatement, _ bindings: PostgresBindings) async -> Result<PostgresResult, PostgresError>? {
        let now = ContinuousClock.now
        guard queue.count - head < Self.maximumInFlight, bindings.firstValueWithNUL == nil,
            head == queue.count || now - queue[head].sentAt < Self.stallThreshold,
            let session = sessionForSending()
        else { return nil }
        guard session.canPrepareInPipeline(statement) else {
            if head == queue.count, !flushScheduled { releaseLease() }
            return nil
        }
        let connection = session.connection
        if !session.isPrepared(statement) {
            guard connection.sendPrepare(name: statement.name, sql: statement.sql), connection.pipelineSync() else {
                return .failure(failAll(connection.errorMessage))
            }
            session.markPrepared(statement)
            queue.append(Entry(kind: .prepare(name: statement.name), sentAt: now))
        }
        guard connection.sendPrepared(name: statement.name, parameters: bindings.values), connection.pipelineSync() else {
            return .failure(failAll(connection.errorMessage))
        }
        return await withCheckedContinuation { continuation in
            queue.append(Entry(kind: .execute(name: statement.name) { continuation.resume(returning: $0) }, sentAt: now))
            hold()
        }
    }

    // MARK: The lease

    /// The leased session, leasing an idle connection when none is held.
    private func sessionForSending() -> ConnectionSession? {
        if let session { return session }
        guard let lease = client.leaseIdleNow() else { return nil }
        guard lease.connection.beginLoopUse() else {
            client.release(lease)
            return nil
        }
        guard let session = lease.connection.sessionSlot.session, session.isSound, session.connection.isIdle,
            !session.connection.isEncrypted, session.connection.setNonBlocking(true)
        else {
            lease.connection.endLoopUse()
            client.release(lease)
            return nil
        }
        guard session.connection.enterPipelineMode() else {
            _ = session.connection.setNonBlocking(false)
            lease.connection.endLoopUse()
            client.release(lease)
            return nil
        }
        self.lease = lease
        self.session = session
        return session
    }

    /// Gives the connection back once nothing is in flight (or it failed).
    private func releaseLease() {
        guard let lease, let session else { return }
        if corked {
            Self.setCork(session.connection.socket, false)
            corked = false
        }
        if session.isSound {
            // Every result has been read, so leaving pipeline mode cannot fail; if it did, the
            // connection would refuse the thread path's calls: have the pool replace it.
            if !session.connection.exitPipelineMode() { session.poison() }
            _ = session.connection.setNonBlocking(false)
        }
        self.lease = nil
        self.session = nil
        queue.removeAll(keepingCapacity: true)
        head = 0
        sentEnd = 0
        failedPrepares.removeAll()
        outputPending = false
        lease.connection.record(session)
        lease.connection.endLoopUse()
        client.release(lease)
    }

    // MARK: Sending

    /// A statement was queued: it leaves with this turn's others at the end of the turn, or, while
    /// a batch is in flight, with the next batch when that one is answered.
    private func hold() {
        guard let session else { return }
        if !corked {
            Self.setCork(session.connection.socket, true)
            corked = true
        }
        if head == sentEnd { scheduleFlush() }
    }

    private func scheduleFlush() {
        guard !flushScheduled else { return }
        flushScheduled = true
        reactor.afterTurn { [self] in
            flushScheduled = false
            sendHeld()
        }
    }

    /// Uncorks, so what waited leaves as one segment, and flushes what libpq still holds.
    private func sendHeld() {
        guard let session, sentEnd < queue.count else { return }
        if corked {
            Self.setCork(session.connection.socket, false)
            corked = false
        }
        sentEnd = queue.count
        flush()
    }

    private func flush() {
        guard let session else { return }
        switch session.connection.flush() {
        case .done: outputPending = false
        case .wouldBlock: outputPending = true
        case .failed: return failAfterReadingWhatArrived(session.connection.errorMessage)
        }
        watch()
    }

    /// TCP_CORK holds the statements' small writes (libpq 15 writes at every Sync) in the kernel
    /// until the batch is complete, so they leave as one segment and wake the server once. Not a
    /// TCP socket (a Unix socket): nothing to do.
    private static func setCork(_ fd: Int32, _ on: Bool) {
        var value: Int32 = on ? 1 : 0
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_CORK, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    // MARK: Receiving

    private func watch() {
        guard !watching, let session else { return }
        let watching = reactor.watchOnce(session.connection.socket, orWritable: outputPending) { [self] readiness in
            self.watching = false
            switch readiness {
            case .reactorClosed: _ = failAll("the event loop stopped while the statement was running")
            case .ready: readable()
            }
        }
        if watching {
            self.watching = true
        } else {
            _ = failAll("cannot wait for the database socket")
        }
    }

    private func readable() {
        guard let session else { return }
        let connection = session.connection
        guard connection.consumeInput() else { return failAfterReadingWhatArrived(connection.errorMessage) }
        while head < queue.count, !connection.isBusy {
            switch connection.nextPipelineEvent() {
            case .result(let result):
                if queue[head].result == nil { queue[head].result = result }
            case .endOfStatement:
                break
            case .sync:
                complete(queue[head])
                head += 1
            }
        }
        // Under steady load the queue never drains: drop the answered entries (and the results
        // and continuations they hold) as it goes.
        if head >= 32, head < queue.count {
            queue.removeFirst(head)
            sentEnd -= head
            head = 0
        }
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
            sentEnd = 0
            // Kept to the end of the turn: the tasks this turn runs (the requests whose answers
            // just came, new requests read in the same turn) usually send again at once.
            reactor.afterTurn { [self] in
                if head == queue.count, !flushScheduled { releaseLease() }
            }
            return
        }
        if head >= sentEnd { return scheduleFlush() }  // the batch in flight is answered
        if outputPending { return flush() }
        watch()
    }

    /// Hands a statement's answer to its caller (a Parse's answer is only noted).
    private func complete(_ entry: Entry) {
        guard let session else { return }
        switch entry.kind {
        case .prepare(let name):
            if let result = entry.result, result.error != nil {
                session.forgetPrepared(name)
                failedPrepares[name] = result
            }
        case .execute(let name, let completion):
            guard let result = entry.result else {
                return completion(.failure(PostgresError(kind: .connectionUnavailable, message: "the server sent no result")))
            }
            var answer = result
            if result.error?.sqlState == "26000" {
                guard let failedPrepare = failedPrepares[name] else {
                    // The server forgot the statement (a proxy ran DISCARD ALL): nothing ran, and
                    // the ordinary path prepares it again.
                    session.forgetPreparedStatements()
                    return completion(nil)
                }
                answer = failedPrepare
            }
            Self.answered.add(1, ordering: .relaxed)
            completion(session.finish(answer))
        }
    }

    // MARK: Failure

    /// The connection failed: a complete error the server sent first (such as "terminating
    /// connection due to administrator command") is the better report.
    private func failAfterReadingWhatArrived(_ message: String) {
        var reported = message
        if let session, !session.connection.isBusy, case .result(let result) = session.connection.nextPipelineEvent(),
            let error = result.error, error.sqlState != nil
        {
            reported = error.message
        }
        _ = failAll(reported)
    }

    /// Every statement in flight fails (each may or may not have run, as with a connection that
    /// dies mid-statement on the ordinary path), and the connection goes back to be replaced.
    @discardableResult
    private func failAll(_ message: String) -> PostgresError {
        let error = PostgresError(kind: .connectionUnavailable, message: message)
        session?.poison()
        let failing = queue[head...]
        queue.removeAll()
        head = 0
        sentEnd = 0
        for entry in failing {
            if case .execute(_, let completion) = entry.kind { completion(.failure(error)) }
        }
        releaseLease()
        return error
    }
}

