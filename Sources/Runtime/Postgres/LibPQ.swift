import CLibPQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only file that calls libpq. Everything here is synchronous and blocking: it runs on a
/// connection's own thread (see `ConnectionThread`), never on an event loop or the Swift
/// concurrency pool. Results are copied into Swift values and freed at once, so no libpq pointer
/// escapes this file.
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
    private let handle: OpaquePointer

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
        // not errors and must not garble the logfmt stream.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        return .success(connection)
    }

    /// False once libpq has noticed the socket is gone; such a connection is never reused.
    var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Whether the session is outside any transaction block (so it can go back to the pool).
    var isIdle: Bool { PQtransactionStatus(handle) == PQTRANS_IDLE }

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

/// Why a connection could not be opened, as libpq says it.
struct LibPQConnectError: Error, Sendable {
    var message: String
}

/// A libpq result copied into Swift values.
struct LibPQResult: Sendable {
    enum Status: Sendable {
        case commandOK
        case rows
        case failed
    }

    var status: Status
    var columns: [String] = []
    var rows: [[String?]] = []
    var rowsAffected = 0
    var error: LibPQServerError?

    init(_ result: OpaquePointer?, connection: LibPQConnection) {
        guard let result else {
            status = .failed
            error = LibPQServerError(message: connection.errorMessage)
            return
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            status = .commandOK
            rowsAffected = Self.affected(result)
        case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
            status = .rows
            columns = Self.columnNames(result)
            rows = Self.values(result)
            rowsAffected = Self.affected(result)
        default:
            status = .failed
            error = LibPQServerError(result, fallback: connection.errorMessage)
        }
    }

    private static func affected(_ result: OpaquePointer) -> Int {
        guard let text = PQcmdTuples(result) else { return 0 }
        return Int(String(cString: text)) ?? 0
    }

    private static func columnNames(_ result: OpaquePointer) -> [String] {
        (0..<PQnfields(result)).map { column in
            PQfname(result, column).map { String(cString: $0) } ?? ""
        }
    }

    private static func values(_ result: OpaquePointer) -> [[String?]] {
        let rowCount = PQntuples(result)
        let columnCount = PQnfields(result)
        var rows: [[String?]] = []
        rows.reserveCapacity(Int(rowCount))
        for row in 0..<rowCount {
            var values: [String?] = []
            values.reserveCapacity(Int(columnCount))
            for column in 0..<columnCount {
                values.append(value(result, row, column))
            }
            rows.append(values)
        }
        return rows
    }

    private static func value(_ result: OpaquePointer, _ row: Int32, _ column: Int32) -> String? {
        guard PQgetisnull(result, row, column) == 0, let bytes = PQgetvalue(result, row, column) else { return nil }
        let length = Int(PQgetlength(result, row, column))
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) { pointer in
            String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
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
    }
}

/// Calls `body` with a NULL-terminated array of C strings that live for the call.
private func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer { buffer in body(buffer.baseAddress) }
}

/// Calls `body` with libpq's parameter array: text values, nil for NULL.
private func withParameterArray<R>(_ parameters: [String?], _ body: (Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    guard !parameters.isEmpty else { return body(0, nil) }
    let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { value in value.flatMap { strdup($0) } }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer { buffer in
        body(Int32(parameters.count), buffer.baseAddress)
    }
}
