import CLibPQ
import RuntimeSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only file that calls libpq. Most of it is synchronous and blocking and runs on a
/// connection's own thread (`PostgresConnection`); the non-blocking calls below run on the event
/// loop that drives a `ReactorQuery`. A connection is used by one of the two at a time, never
/// both. Rows stay in libpq's result memory (`LibPQRows`); no other libpq pointer escapes this
/// file.
enum LibPQ {
    /// Parses a connection string (URI or `key=value` form) with libpq's own parser, so every
    /// parameter libpq knows (sslmode, target_session_attrs, …) is accepted and nothing else is.
    /// Returns the parameters that were set, in libpq's order, or libpq's error message.
    static func parseConnectionString(_ text: String) -> Result<[(key: String, value: String)], LibPQParseError> {
        var errorPointer: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(text, &errorPointer) else {
            let message = errorPointer.map { String(cString: $0) } ?? "out of memory"
            if let errorPointer { PQfreemem(errorPointer) }
            return .failure(LibPQParseError(message: trimmed(message)))
        }
        defer { PQconninfoFree(options) }
        var pairs: [(key: String, value: String)] = []
        var cursor = options
        while let keyword = cursor.pointee.keyword {
            if let value = cursor.pointee.val {
                pairs.append((key: String(cString: keyword), value: String(cString: value)))
            }
            cursor += 1
        }
        return .success(pairs)
    }

    /// Whether this libpq was built thread-safe; one connection per thread needs it.
    static var isThreadSafe: Bool { PQisthreadsafe() != 0 }

    /// libpq messages end with a newline and sometimes carry a "FATAL:  " prefix; logs want one line.
    static func trimmed(_ message: String) -> String {
        var text = Substring(message)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " | ")
    }
}

/// libpq rejected a connection string.
struct LibPQParseError: Error, Sendable {
    var message: String
}

/// One open libpq connection. Not `Sendable`: it lives and dies on one `ConnectionThread`.
final class LibPQConnection {
    fileprivate let handle: OpaquePointer
    /// The server sent a FATAL report outside any command (libpq hands those to the notice
    /// receiver): it ends the session right after, so the connection is as good as closed.
    fileprivate var receivedFatal = false

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        PQfinish(handle)
    }

    /// Opens a connection (blocking). On failure returns libpq's message, one line.
    static func connect(_ parameters: [(key: String, value: String)]) -> Result<LibPQConnection, LibPQConnectError> {
        let handle = withCStringArray(parameters.map(\.key)) { keys in
            withCStringArray(parameters.map(\.value)) { values in
                PQconnectdbParams(keys, values, 0)
            }
        }
        guard let handle else { return .failure(LibPQConnectError(message: "out of memory")) }
        let connection = LibPQConnection(handle: handle)  // frees the handle on every path
        guard PQstatus(handle) == CONNECTION_OK else {
            return .failure(LibPQConnectError(message: LibPQ.trimmed(String(cString: PQerrorMessage(handle)))))
        }
        // libpq prints NOTICEs ("relation already exists, skipping") to stderr by default; they are
        // not errors and must not garble the logfmt stream. The receiver drops them, except that it
        // notes a FATAL report that arrived while idle (`closedByServerWhileIdle`). It runs only
        // inside libpq calls on this connection, i.e. on whichever thread owns it at the time, and
        // the connection outlives the handle (`deinit` finishes it), so the unretained pointer is safe.
        PQsetNoticeReceiver(
            handle,
            { context, result in
                guard let context, let result, let severity = PQresultErrorField(result, Int32(UInt8(ascii: "V"))) else { return }
                let text = String(cString: severity)
                guard text == "FATAL" || text == "PANIC" else { return }
                Unmanaged<LibPQConnection>.fromOpaque(context).takeUnretainedValue().receivedFatal = true
            }, Unmanaged.passUnretained(connection).toOpaque())
        return .success(connection)
    }

    /// False once libpq has noticed the socket is gone; such a connection is never reused.
    var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Whether the session is outside any transaction block (so it can go back to the pool).
    var isIdle: Bool { PQtransactionStatus(handle) == PQTRANS_IDLE }

    /// TLS or GSSAPI encryption is in use on this connection.
    var isEncrypted: Bool { PQsslInUse(handle) == 1 || PQgssEncInUse(handle) == 1 }

    /// Inside a transaction block that is still healthy.
    var isInTransaction: Bool { PQtransactionStatus(handle) == PQTRANS_INTRANS }

    /// Inside a transaction block that has already failed: everything but ROLLBACK is refused.
    var isInFailedTransaction: Bool { PQtransactionStatus(handle) == PQTRANS_INERROR }

    var errorMessage: String { LibPQ.trimmed(String(cString: PQerrorMessage(handle))) }

    /// Simple-query protocol: no parameters, may hold several statements. DDL and control only.
    func execute(_ sql: String) -> LibPQResult {
        LibPQResult(PQexec(handle, sql), connection: self)
    }

    /// Creates a named (or, with "", the unnamed) prepared statement on the server.
    func prepare(name: String, sql: String) -> LibPQResult {
        LibPQResult(PQprepare(handle, name, sql, 0, nil), connection: self)
    }

    /// Parameter and result types of the unnamed statement, after `prepare(name: "", …)`
    /// succeeded: type OIDs, and per column its name, type OID and type modifier.
    func describeUnnamed() -> (parameters: [UInt32], columns: [(name: String, type: UInt32, modifier: Int32)])? {
        guard let result = PQdescribePrepared(handle, "") else { return nil }
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_COMMAND_OK else { return nil }
        let parameters = (0..<PQnparams(result)).map { UInt32(PQparamtype(result, $0)) }
        let columns = (0..<PQnfields(result)).map { index in
            (
                name: PQfname(result, index).map { String(cString: $0) } ?? "", type: UInt32(PQftype(result, index)),
                modifier: PQfmod(result, index)
            )
        }
        return (parameters, columns)
    }

    /// Runs a statement prepared on this connection. Parameters are text; nil is SQL NULL.
    func executePrepared(name: String, parameters: [String?]) -> LibPQResult {
        let result = withParameterArray(parameters) { count, values in
            PQexecPrepared(handle, name, count, values, nil, nil, 0)
        }
        return LibPQResult(result, connection: self)
    }

    /// Parse, bind and execute in one round trip through the unnamed statement (PgBouncer-safe).
    func executeUnnamed(sql: String, parameters: [String?]) -> LibPQResult {
        let result = withParameterArray(parameters) { count, values in
            PQexecParams(handle, sql, count, nil, values, nil, nil, 0)
        }
        return LibPQResult(result, connection: self)
    }
}

/// The non-blocking calls, for a query driven by an event loop (`ReactorQuery`): send, flush,
/// then consume input whenever the socket is readable until the result is complete.
extension LibPQConnection {
    /// The connection's socket, to wait on.
    var socket: Int32 { PQsocket(handle) }

    /// In non-blocking mode sends and flushes return instead of waiting for the socket; the
    /// blocking calls used on the connection's thread (`PQexec…`) ignore the mode.
    func setNonBlocking(_ on: Bool) -> Bool {
        PQsetnonblocking(handle, on ? 1 : 0) == 0
    }

    /// Queues the Bind/Execute/Sync of a prepared statement; false when libpq refused.
    func sendPrepared(name: String, parameters: [String?]) -> Bool {
        withParameterArray(parameters) { count, values in
            PQsendQueryPrepared(handle, name, count, values, nil, nil, 0)
        } == 1
    }

    /// Queues a parameterless statement (simple-query protocol); false when libpq refused.
    func sendSimple(_ sql: String) -> Bool {
        PQsendQuery(handle, sql) == 1
    }

    /// Writes queued output: `.done`, `.wouldBlock` (wait until writable) or `.failed`.
    func flush() -> LibPQFlush {
        switch PQflush(handle) {
        case 0: .done
        case 1: .wouldBlock
        default: .failed
        }
    }

    /// Reads what the socket has; false when the connection failed.
    func consumeInput() -> Bool { PQconsumeInput(handle) == 1 }

    /// Whether `nextResult` would have to wait for more input.
    var isBusy: Bool { PQisBusy(handle) == 1 }

    /// The next result of the current command (call only when not busy); nil when the command
    /// is complete.
    func nextResult() -> LibPQResult? {
        guard let result = PQgetResult(handle) else { return nil }
        return LibPQResult(result, connection: self)
    }
}

enum LibPQFlush {
    case done, wouldBlock, failed
}

/// Noticing, before a statement is sent, that the server has already ended an idle connection
/// (`pg_terminate_backend`, `idle_session_timeout`, a restart). Nothing of the statement has then
/// reached the server, so it may go to another connection instead (`ConnectionSession.closedBeforeSending`).
extension LibPQConnection {
    /// Whether the server has closed this connection while it was idle, i.e. outside any command
    /// (call only then: while a command runs its answers are expected input). An idle
    /// connection's socket has nothing to read unless the server spoke unasked: this polls it
    /// without waiting and, if readable, lets libpq read and parse what came. A dying backend sends
    /// a FATAL report and closes the socket; either one proves it. A ParameterStatus or NOTIFY
    /// also reads as readable, and leaves the connection open. At most a few rounds, so a chatty
    /// server cannot hold the caller.
    func closedByServerWhileIdle() -> Bool {
        for _ in 0..<4 {
            guard isHealthy, !receivedFatal else { return true }
            guard Syscall.isReadable(socket) else { return false }
            // Reads (end of file or a reset marks the connection bad), then parses: a report
            // that came outside a command goes to the notice receiver.
            guard consumeInput() else { return true }
            _ = isBusy
        }
        return !isHealthy || receivedFatal
    }
}

/// Pipeline mode driven from an event loop (`LoopPipeline`): statements are queued with a Sync
/// after each, so each is its own implicit transaction, and their results are read back in order
/// as they arrive.
extension LibPQConnection {
    func enterPipelineMode() -> Bool { PQenterPipelineMode(handle) == 1 }

    /// Only when every result has been read; false otherwise (the connection stays in it).
    func exitPipelineMode() -> Bool { PQexitPipelineMode(handle) == 1 }

    /// Queues the Parse of a named statement; false when libpq refused.
    func sendPrepare(name: String, sql: String) -> Bool {
        PQsendPrepare(handle, name, sql, 0, nil) == 1
    }

    /// Queues a Sync, ending the implicit transaction of what was queued before it. libpq 15
    /// also tries to flush here (non-blocking mode: what does not fit stays queued for `flush`).
    func pipelineSync() -> Bool { PQpipelineSync(handle) == 1 }

    /// The next thing the pipeline reports (call only when not busy): a statement's result, the
    /// end of that statement's results, or a Sync reached.
    func nextPipelineEvent() -> LibPQPipelineEvent {
        guard let result = PQgetResult(handle) else { return .endOfStatement }
        switch PQresultStatus(result) {
        case PGRES_PIPELINE_SYNC:
            PQclear(result)
            return .sync
        case PGRES_PIPELINE_ABORTED:
            PQclear(result)
            return .result(LibPQResult(nil, connection: self, message: "skipped: an earlier statement of the pipeline failed"))
        default:
            return .result(LibPQResult(result, connection: self))
        }
    }
}

enum LibPQPipelineEvent {
    case result(LibPQResult)
    case endOfStatement
    case sync
}

/// One statement of a pipeline (see `LibPQConnection.executePipeline`).
enum LibPQPipelineStep {
    case prepare(name: String, sql: String)
    case executePrepared(name: String, parameters: [String?])
    case executeUnnamed(sql: String, parameters: [String?])
}

extension LibPQConnection {
    /// Sends every step, then one Sync, then reads one result per step: a single round trip for
    /// several statements (libpq pipeline mode, PostgreSQL 14+ client). After a failed step the
    /// server skips the rest until the Sync; those steps come back as failures too.
    func executePipeline(_ steps: [LibPQPipelineStep]) -> [LibPQResult] {
        guard PQenterPipelineMode(handle) == 1 else { return steps.map { _ in failure(errorMessage) } }
        defer { _ = PQexitPipelineMode(handle) }
        var sent = 0
        for step in steps {
            guard send(step) else { break }
            sent += 1
        }
        guard sent == steps.count, PQpipelineSync(handle) == 1 else {
            let message = errorMessage
            drain()
            return steps.map { _ in failure(message) }
        }
        var results: [LibPQResult] = []
        for _ in steps {
            results.append(nextPipelineResult())
        }
        drain()
        return results
    }

    private func send(_ step: LibPQPipelineStep) -> Bool {
        switch step {
        case .prepare(let name, let sql):
            return PQsendPrepare(handle, name, sql, 0, nil) == 1
        case .executePrepared(let name, let parameters):
            return withParameterArray(parameters) { count, values in
                PQsendQueryPrepared(handle, name, count, values, nil, nil, 0)
            } == 1
        case .executeUnnamed(let sql, let parameters):
            return withParameterArray(parameters) { count, values in
                PQsendQueryParams(handle, sql, count, nil, values, nil, nil, 0)
            } == 1
        }
    }

    /// One step's result, then the NULL that ends it.
    private func nextPipelineResult() -> LibPQResult {
        guard let result = PQgetResult(handle) else { return failure(errorMessage) }
        if PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
            PQclear(result)
            _ = PQgetResult(handle)
            return failure("skipped: an earlier statement of the pipeline failed")
        }
        let converted = LibPQResult(result, connection: self)
        while let extra = PQgetResult(handle) { PQclear(extra) }
        return converted
    }

    /// Reads up to and including the Sync's result, so the connection is usable again.
    private func drain() {
        while isHealthy, let result = PQgetResult(handle) {
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_PIPELINE_SYNC { return }
        }
    }

    private func failure(_ message: String) -> LibPQResult {
        LibPQResult(nil, connection: self, message: message)
    }
}

/// Why a connection could not be opened, as libpq says it.
struct LibPQConnectError: Error, Sendable {
    var message: String
}

/// The outcome of one libpq call: a successful result (rows kept in libpq's own memory, see
/// `LibPQRows`) or the error fields.
struct LibPQResult: Sendable {
    enum Status: Sendable {
        case commandOK
        case rows
        case failed
    }

    var status: Status
    var rows: LibPQRows?
    var rowsAffected = 0
    var error: LibPQServerError?

    init(_ result: OpaquePointer?, connection: LibPQConnection, message: String? = nil) {
        guard let result else {
            status = .failed
            error = LibPQServerError(message: message ?? connection.errorMessage)
            return
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            status = .commandOK
            rowsAffected = Self.affected(result)
            PQclear(result)
        case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
            status = .rows
            rowsAffected = Self.affected(result)
            rows = LibPQRows(result)  // takes ownership
        default:
            status = .failed
            error = LibPQServerError(result, fallback: connection.errorMessage)
            PQclear(result)
        }
    }

    private static func affected(_ result: OpaquePointer) -> Int {
        guard let text = PQcmdTuples(result) else { return 0 }
        return Int(String(cString: text)) ?? 0
    }
}

/// The rows of a successful result, read in place from libpq's memory (no copy per value).
///
/// `@unchecked Sendable`: libpq documents a `PGresult` as read-only after creation and safe to
/// share between threads ("PGresult objects are normally read-only after creation, and so can be
/// passed around freely between threads"); nothing here mutates it, and `PQclear` runs only in
/// `deinit`, when no row can reach it any more.
final class LibPQRows: @unchecked Sendable {
    private let result: OpaquePointer
    let rowCount: Int
    let columnCount: Int

    fileprivate init(_ result: OpaquePointer) {
        self.result = result
        rowCount = Int(PQntuples(result))
        columnCount = Int(PQnfields(result))
    }

    deinit {
        PQclear(result)
    }

    /// The text bytes of one value, or nil for NULL. The buffer is valid only inside `body`.
    @inline(__always)
    func withValue<R>(row: Int, column: Int, _ body: (UnsafeRawBufferPointer?) throws -> R) rethrows -> R {
        let r = Int32(truncatingIfNeeded: row)
        let c = Int32(truncatingIfNeeded: column)
        // A NULL reads as an empty string here, so only an empty value needs the NULL check
        // (three libpq calls per value were 3% of a list request).
        let length = Int(PQgetlength(result, r, c))
        guard let bytes = PQgetvalue(result, r, c), length > 0 || PQgetisnull(result, r, c) == 0 else { return try body(nil) }
        return try body(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    func columnName(_ column: Int) -> String? {
        guard column >= 0, column < columnCount, let name = PQfname(result, Int32(column)) else { return nil }
        return String(cString: name)
    }
}

/// The fields of a server (or client-side) error report, for mapping and logging only.
struct LibPQServerError: Sendable {
    var sqlState: String?
    var message: String
    var detail: String?
    var constraint: String?
    var table: String?
    var column: String?
    /// 1-based character offset into the statement text that the error is about, if any.
    var position: Int?

    init(sqlState: String? = nil, message: String, detail: String? = nil, constraint: String? = nil) {
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.constraint = constraint
    }

    init(_ result: OpaquePointer, fallback: String) {
        func field(_ code: UInt8) -> String? {
            PQresultErrorField(result, Int32(code)).map { String(cString: $0) }
        }
        sqlState = field(UInt8(ascii: "C"))
        message = field(UInt8(ascii: "M")) ?? fallback
        detail = field(UInt8(ascii: "D"))
        constraint = field(UInt8(ascii: "n"))
        table = field(UInt8(ascii: "t"))
        column = field(UInt8(ascii: "c"))
        position = field(UInt8(ascii: "P")).flatMap { Int($0) }
    }
}

/// Calls `body` with a NULL-terminated array of C strings that live for the call.
private func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
    defer { for pointer in copies { free(pointer) } }
    let pointers = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer { buffer in body(buffer.baseAddress) }
}

/// Calls `body` with libpq's parameter array: text values, nil for NULL.
private func withParameterArray<R>(_ parameters: [String?], _ body: (Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    guard !parameters.isEmpty else { return body(0, nil) }
    let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { value in value.flatMap { strdup($0) } }
    defer { for pointer in copies { free(pointer) } }
    let pointers = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer { buffer in
        body(Int32(parameters.count), buffer.baseAddress)
    }
}
