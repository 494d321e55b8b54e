import RuntimeCore
import Synchronization

/// One prepared statement sent and answered on an event loop instead of the connection's thread
/// (docs/decisions/0006-database-io-on-the-event-loop.md).
///
/// The statement is already queued in libpq (`LibPQConnection.sendPrepared`, non-blocking mode);
/// this flushes it, waits on the reactor until the socket is readable, consumes input until the
/// result is complete, and hands the result to `completion`, all on the reactor's thread. Any
/// failure (libpq error, reactor stopped) leaves the connection in an unknown protocol state, so
/// it completes with a result without SQLSTATE, which marks the connection for replacement.
final class ReactorQuery {
    /// How many statements got their answer this way (server errors included, client-side
    /// failures not), process-wide: tests check the path is taken.
    static let answered = Atomic<Int>(0)

    private let session: ConnectionSession
    private let reactor: any IOReactor
    private let completion: (LibPQResult) -> Void
    private var first: LibPQResult?
    private var finished = false

    init(session: ConnectionSession, reactor: any IOReactor, completion: @escaping (LibPQResult) -> Void) {
        self.session = session
        self.reactor = reactor
        self.completion = completion
    }

    func start() {
        reactor.preconditionInEventLoop()
        flushThenWait()
    }

    private var connection: LibPQConnection { session.connection }

    private func flushThenWait() {
        switch connection.flush() {
        case .done: wait(orWritable: false)
        case .wouldBlock: wait(orWritable: true)
        case .failed: failAfterReadingWhatArrived(connection.errorMessage)
        }
    }

    /// While output is pending, libpq asks to wait for readable *or* writable and to consume
    /// input when readable (the server may be blocked sending us a notice); then flush again.
    private func wait(orWritable: Bool) {
        let watching = reactor.watchOnce(connection.socket, orWritable: orWritable) { [self] readiness in
            switch readiness {
            case .reactorClosed:
                fail("the event loop stopped while the statement was running")
            case .ready where orWritable:
                guard connection.consumeInput() else { return failAfterReadingWhatArrived(connection.errorMessage) }
                flushThenWait()
            case .ready:
                read()
            }
        }
        if !watching { fail("cannot wait for the database socket") }
    }

    /// Consumes what arrived; completes once libpq has the whole answer (the command's results
    /// and the end marker), otherwise waits for more.
    private func read() {
        reactor.preconditionInEventLoop()
        guard connection.consumeInput() else { return failAfterReadingWhatArrived(connection.errorMessage) }
        while !connection.isBusy {
            guard let result = connection.nextResult() else {
                return complete(first ?? LibPQResult(nil, connection: connection, message: "the server sent no result"), succeeded: true)
            }
            if first == nil { first = result }
        }
        wait(orWritable: false)
    }

    /// The connection failed; a complete message already buffered (typically the server's own
    /// error, such as "terminating connection due to administrator command") is the better
    /// report than libpq's "server closed the connection".
    private func failAfterReadingWhatArrived(_ message: String) {
        if first == nil, !connection.isBusy, let buffered = connection.nextResult(), buffered.error?.sqlState != nil {
            first = buffered
        }
        session.poison()
        if let first, first.error != nil {
            complete(first, succeeded: false)
        } else {
            complete(LibPQResult(nil, connection: connection, message: message), succeeded: false)
        }
    }

    private func fail(_ message: String) {
        session.poison()
        complete(LibPQResult(nil, connection: connection, message: message), succeeded: false)
    }

    private func complete(_ result: LibPQResult, succeeded: Bool) {
        guard !finished else { return }
        finished = true
        if succeeded { Self.answered.add(1, ordering: .relaxed) }
        completion(result)
    }
}
