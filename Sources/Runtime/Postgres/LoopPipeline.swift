import RuntimeCore
import RuntimeSystem
import Synchronization

/// The autocommit statements of the requests on one event loop, sent down one pooled connection
/// in libpq pipeline mode (docs/decisions/0008-one-pipelined-connection-per-loop.md).
///
/// Tasks on a loop run one after another between socket events, so the statements a turn's tasks
/// send can travel together. The first statement of a turn with nothing in flight leaves at once;
/// the turn's others are queued here and handed to libpq at the end of the turn
/// (`IOReactor.afterTurn`), each with a Sync of its own (its own implicit transaction, so one
/// statement's failure touches no other), with the socket corked so they leave as one segment and
/// wake the server once. While a batch is in flight the next one
/// gathers, and leaves when the first is answered (the server would not read it sooner anyway).
/// The server answers in order; answers are matched to statements first in, first out, as they
/// arrive on this loop.
///
/// The connection is leased only while statements are in flight: the pipeline takes an idle one
/// when a turn queues its first statement (`PostgresClient.leaseIdleNow`, which never waits) and
/// gives it back at the end of the turn in which the last answer came, so idle pings, outages,
/// replacement and shutdown stay the pool's business. When no idle connection is free, too many
/// statements are in flight, or the statement does not fit (NUL in a parameter, too many
/// parameters, a name prepared with other SQL), `submit` says nil and the caller takes the
/// ordinary path.
///
/// Confined to its loop's thread (kept as the loop's `attachment`; its entry points check it with
/// `preconditionInEventLoop`), hence not `Sendable` and not locked; the session is claimed from
/// the connection's state machine (`claimForLoop(.pipeline, …)`) for as long as the lease is held.
final class LoopPipeline {
    /// How many statements got their answer through a pipeline (server errors included),
    /// process-wide: tests check the path is taken.
    static let answered = Atomic<Int>(0)

    /// Statements queued or in flight at most; beyond, callers take the ordinary path, so one slow
    /// statement holds back a bounded number of others.
    static let maximumInFlight = 64
    /// While the oldest statement in the queue has waited this long, new ones take the ordinary
    /// path instead of queueing behind it (a slow statement holds back only what was already
    /// queued).
    static let stallThreshold: Duration = .milliseconds(20)

    private let client: PostgresClient
    private let reactor: any IOReactor
    /// The lease and what belongs to it; nil between leases, so nothing of one lease outlives it.
    private var held: Held?
    /// Counts leases: a socket wait armed under an earlier lease finds it changed and does nothing.
    private var generation: UInt64 = 0
    /// Queued and in flight, oldest first from `head`; answered entries are dropped as it moves.
    private var queue: [Entry] = []
    private var head = 0
    /// Entries before this index have been handed to libpq; those from it on wait for the end of
    /// the turn, or, while a batch is in flight, for its answers. `head <= sentEnd` always.
    private var sentEnd = 0
    /// A send is due at the end of the turn.
    private var flushScheduled = false
    /// This turn sent a statement at once: its other statements leave at the end of the turn
    /// rather than wait for that answer.
    private var startedTurn = false

    private struct Held {
        let lease: PoolLease
        /// Claimed from the lease's connection (`claimForLoop(.pipeline, …)`) for the lease.
        let session: ConnectionSession
        /// libpq holds output the socket did not take yet.
        var outputPending = false
        /// A readiness wait on the socket is armed.
        var watching = false
        /// Parses that failed in this lease, by name: the executes queued behind them fail with
        /// their error rather than "prepared statement does not exist".
        var failedPrepares: [String: LibPQResult] = [:]
    }

    private var session: ConnectionSession? { held?.session }

    private struct Entry {
        enum Kind {
            case prepare(PreparedStatement)
            case execute(PreparedStatement, parameters: [String?], completion: (Result<PostgresResult, PostgresError>?) -> Void)
        }
        var kind: Kind
        var queuedAt: ContinuousClock.Instant
        var result: LibPQResult?
    }

    /// Entries the queue holds, answered ones not yet dropped included (for tests).
    var retainedEntries: Int { queue.count }

    init(client: PostgresClient, reactor: any IOReactor) {
        self.client = client
        self.reactor = reactor
    }

    /// Runs `statement` in the pipeline, or returns nil (at once, or for a statement the
    /// pipeline could not send or the server no longer knew) when the caller must take the
    /// ordinary path; nil always means the statement did not run.
    func submit(_ statement: PreparedStatement, _ bindings: PostgresBindings) async -> Result<PostgresResult, PostgresError>? {
        reactor.preconditionInEventLoop()
        let now = ContinuousClock.now
        guard queue.count - head < Self.maximumInFlight, bindings.firstValueWithNUL == nil,
            bindings.values.count <= Int(UInt16.max),  // the protocol's limit; libpq refuses more
            head == queue.count || now - queue[head].queuedAt < Self.stallThreshold,
            let session = sessionForSending()
        else { return nil }
        guard session.canPrepareInPipeline(statement) else {
            if head == queue.count, !flushScheduled { releaseLease() }
            return nil
        }
        if !session.isPrepared(statement) {
            // Recorded now, so statements queued behind it use it; undone if the Parse fails.
            session.markPrepared(statement)
            queue.append(Entry(kind: .prepare(statement), queuedAt: now))
        }
        return await withCheckedContinuation { continuation in
            let completion: (Result<PostgresResult, PostgresError>?) -> Void = { continuation.resume(returning: $0) }
            queue.append(Entry(kind: .execute(statement, parameters: bindings.values, completion: completion), queuedAt: now))
            if head == sentEnd {
                // Nothing in flight: this one leaves at once, so the server starts on it while
                // the turn goes on; the rest of the turn's statements follow at its end.
                sendQueued()
                startedTurn = true
                reactor.afterTurn { [self] in startedTurn = false }
            } else if startedTurn {
                scheduleSend()
            }
        }
    }

    // MARK: The lease

    /// The leased session, leasing an idle connection when none is held.
    private func sessionForSending() -> ConnectionSession? {
        if let session { return session }
        guard let lease = client.leaseIdleNow() else { return nil }
        guard let session = lease.connection.claimForLoop(.pipeline, on: reactor) else {
            client.release(lease)
            return nil
        }
        let connection = session.connection
        guard session.isSound, connection.isIdle, !connection.isEncrypted, connection.setNonBlocking(true) else {
            giveBack(session, lease)
            return nil
        }
        guard connection.enterPipelineMode() else {
            _ = connection.setNonBlocking(false)
            giveBack(session, lease)
            return nil
        }
        held = Held(lease: lease, session: session)
        generation &+= 1
        return session
    }

    /// Hands the session back to its connection's state machine and the lease to the pool.
    private func giveBack(_ session: ConnectionSession, _ lease: PoolLease) {
        lease.connection.releaseFromLoop(session, by: .pipeline)
        client.release(lease)
    }

    /// Gives the connection back once nothing is queued or in flight (or it failed).
    private func releaseLease() {
        guard let held else { return }
        let session = held.session
        if session.isSound {
            // Every result has been read, so leaving pipeline mode cannot fail; if it did, the
            // connection would refuse the thread path's calls: have the pool replace it.
            if !session.connection.exitPipelineMode() { session.poison() }
            _ = session.connection.setNonBlocking(false)
        }
        // A wait armed on this connection is abandoned: its handler sees the new generation.
        self.held = nil
        generation &+= 1
        queue.removeAll(keepingCapacity: true)
        head = 0
        sentEnd = 0
        giveBack(session, held.lease)
    }

    // MARK: Sending

    private func scheduleSend() {
        guard !flushScheduled else { return }
        flushScheduled = true
        reactor.afterTurn { [self] in
            flushScheduled = false
            sendQueued()
        }
    }

    /// Hands what waits to libpq, corked so that libpq 15's write at every Sync only fills the
    /// socket buffer and one segment leaves at the end, then flushes and waits for the answers.
    private func sendQueued() {
        reactor.preconditionInEventLoop()
        guard let session, sentEnd < queue.count else { return }
        let connection = session.connection
        // With nothing in flight the connection is idle: if the server has closed it meanwhile
        // (a terminated backend), nothing queued has been sent, so all of it takes the ordinary
        // path (`failAll`), which runs it on another connection, and this one is replaced.
        if head == sentEnd, session.closedBeforeSending() {
            return failAll("the server had closed the connection; nothing was sent")
        }
        let cork = queue.count - sentEnd > 1
        if cork { Self.setCork(connection.socket, true) }
        var sent = true
        while sent, sentEnd < queue.count {
            let entry = queue[sentEnd]
            sentEnd += 1  // from here on it may reach the server
            switch entry.kind {
            case .prepare(let statement):
                sent = connection.sendPrepare(name: statement.name, sql: statement.sql) && connection.pipelineSync()
            case .execute(let statement, let parameters, _):
                sent = connection.sendPrepared(name: statement.name, parameters: parameters) && connection.pipelineSync()
            }
        }
        // Uncorked before anything else can happen: a corked socket would hold a partial segment
        // for up to 200 ms, and the connection may go back to the pool.
        if cork { Self.setCork(connection.socket, false) }
        guard sent else { return failAll(connection.errorMessage) }
        flush()
    }

    private func flush() {
        guard let session else { return }
        switch session.connection.flush() {
        case .done: held?.outputPending = false
        case .wouldBlock: held?.outputPending = true
        case .failed: return failAfterReadingWhatArrived(session.connection.errorMessage)
        }
        watch()
    }

    /// TCP_CORK holds the batch's small writes in the kernel until the last one, so they leave as
    /// one segment. Not a TCP socket (a Unix socket): nothing to do.
    private static func setCork(_ fd: Int32, _ on: Bool) {
        Syscall.setCork(fd, on)
    }

    // MARK: Receiving

    private func watch() {
        guard let held, !held.watching else { return }
        let generation = self.generation
        let armed = reactor.watchOnce(held.session.connection.socket, orWritable: held.outputPending) { [self] readiness in
            guard generation == self.generation else { return }  // armed under a lease given back since
            self.held?.watching = false
            switch readiness {
            case .reactorClosed: failAll("the event loop stopped while the statement was running")
            case .ready: readable()
            }
        }
        if armed {
            self.held?.watching = true
        } else {
            failAll("cannot wait for the database socket")
        }
    }

    private func readable() {
        reactor.preconditionInEventLoop()
        guard let session else { return }
        let connection = session.connection
        guard connection.consumeInput() else { return failAfterReadingWhatArrived(connection.errorMessage) }
        // Per statement libpq reports its result, a NULL, then the Sync. Two NULLs in a row (or a
        // connection libpq gave up on, where PQisBusy is false and PQgetResult NULL for ever)
        // mean the answers are out of step: fail rather than spin.
        var endsInARow = 0
        while head < sentEnd {
            guard connection.isHealthy, endsInARow < 2 else {
                return failAfterReadingWhatArrived(connection.isHealthy ? "the server's answers are out of step" : connection.errorMessage)
            }
            if connection.isBusy { break }
            switch connection.nextPipelineEvent() {
            case .result(let result):
                endsInARow = 0
                if queue[head].result == nil { queue[head].result = result }
            case .endOfStatement:
                endsInARow += 1
            case .sync:
                endsInARow = 0
                complete(queue[head])
                head += 1
            }
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
        // Under steady load the queue never drains: drop the answered entries (and the results
        // and continuations they hold) as it goes.
        if head >= 32 {
            queue.removeFirst(head)
            sentEnd -= head
            head = 0
        }
        if head == sentEnd { return scheduleSend() }  // the batch in flight is answered
        if held?.outputPending == true { return flush() }
        watch()
    }

    /// Hands a statement's answer to its caller (a Parse's answer is only noted).
    private func complete(_ entry: Entry) {
        guard let session else { return }
        switch entry.kind {
        case .prepare(let statement):
            if let result = entry.result, result.error != nil {
                session.forgetPrepared(statement.name)
                held?.failedPrepares[statement.name] = result
            } else {
                // Again: a 26000 answered in between may have cleared the whole map.
                session.markPrepared(statement)
                held?.failedPrepares[statement.name] = nil
            }
        case .execute(let statement, _, let completion):
            guard let result = entry.result else {
                return completion(.failure(PostgresError(kind: .connectionUnavailable, message: "the server sent no result")))
            }
            var answer = result
            if result.error?.sqlState == "26000" {
                guard let failedPrepare = held?.failedPrepares[statement.name] else {
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
        if head < sentEnd, let error = queue[head].result?.error, error.sqlState != nil {
            reported = error.message
        } else if let session, !session.connection.isBusy, case .result(let result) = session.connection.nextPipelineEvent(),
            let error = result.error, error.sqlState != nil
        {
            reported = error.message
        }
        failAll(reported)
    }

    /// Every statement handed to libpq fails (each may or may not have run, as with a connection
    /// that dies mid-statement on the ordinary path); those not yet handed over never ran and
    /// take the ordinary path. The connection goes back to be replaced.
    private func failAll(_ message: String) {
        let error = PostgresError(kind: .connectionUnavailable, message: message)
        session?.poison()
        let failing = queue[head..<sentEnd]
        let unsent = queue[sentEnd...]
        queue.removeAll()
        head = 0
        sentEnd = 0
        for entry in failing {
            if case .execute(_, _, let completion) = entry.kind { completion(.failure(error)) }
        }
        for entry in unsent {
            if case .execute(_, _, let completion) = entry.kind { completion(nil) }
        }
        releaseLease()
    }
}
