/// The HTTP/1.1 request parser (RFC 9112): a pure state machine over an input buffer.
///
/// The connection appends whatever it read and calls `next()` until it answers `.needMoreData`
/// or hands out a request. It never touches a socket, so every rule is unit-testable and
/// fuzzable. States:
///
///     head ──(empty line)──▶ fixedBody / chunkSize / (request)
///     chunkSize ─▶ chunkData ─▶ chunkDataEnd ─▶ chunkSize … ─(size 0)─▶ trailers ─▶ (request)
///     any ──(violation)──▶ failed          (terminal: the connection answers and closes)
///
/// After a request is handed out the parser is back in `head` for the next pipelined request.
public struct HTTPRequestParser: Sendable {
    public let limits: HTTPParserLimits

    private enum State: Sendable {
        case head(HeadScan)
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(HeadScan)
        case failed(HTTPParseError)
    }

    /// Progress through a header (or trailer) section; indexes are absolute into `buffer`,
    /// which is only compacted between requests.
    private struct HeadScan: Sendable {
        var lineStart: Int
        var scanFrom: Int
        var requestLine: Range<Int>?
        var fieldLines: [Range<Int>] = []
        var sectionBytes = 0
        var skippedEmptyLines = 0
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the head of the current request begins in `buffer` (for `salvagedHeaderValue`).
    private var headStart = 0
    private var state: State
    /// The head of the request whose body is being read.
    private var pending: (line: RequestLine, headers: [(name: String, value: String)], framing: RequestFraming)?
    private var body: [UInt8] = []
    private var chunkExtensionBytes = 0
    private var continueAnswered = false

    public init(limits: HTTPParserLimits = HTTPParserLimits()) {
        self.limits = limits
        state = .head(HeadScan(lineStart: 0, scanFrom: 0))
    }

    /// Bytes received but not yet consumed by a handed-out request.
    public var bufferedByteCount: Int { buffer.count - start }

    /// True while part of a request has arrived but the request is not complete.
    public var isMidRequest: Bool {
        if case .head = state { return bufferedByteCount > 0 }
        if case .failed = state { return false }
        return true
    }

    /// True while the head is complete and the body is being read.
    public var isReadingBody: Bool {
        switch state {
        case .head, .failed: false
        default: true
        }
    }

    /// The bytes the current request's body will occupy, as far as known: a declared length in
    /// full from the end of the head, a chunked body as far as it has arrived (what is buffered
    /// counts too); 0 outside a body.
    public var bodyBytesToHold: Int {
        switch state {
        case .head, .failed: 0
        case .fixedBody:
            if case .length(let length)? = pending?.framing.body { length } else { 0 }
        case .chunkSize, .chunkData, .chunkDataEnd, .trailers: body.count + bufferedByteCount
        }
    }

    /// Bytes of memory the parser's buffers hold.
    public var retainedCapacity: Int { buffer.capacity + body.capacity }

    public mutating func append(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    /// Advances as far as the buffered bytes allow.
    public mutating func next() -> HTTPParserEvent {
        do {
            return try advance()
        } catch {
            state = .failed(error)
            pending = nil
            body = []
            return .error(error)
        }
    }

    private mutating func advance() throws(HTTPParseError) -> HTTPParserEvent {
        while true {
            switch state {
            case .failed(let error):
                return .error(error)
            case .head(var scan):
                compactIfIdle(&scan)
                guard try scanHead(&scan) else {
                    state = .head(scan)
                    return .needMoreData
                }
                try beginBody(scan)
                if shouldSendContinue() {
                    continueAnswered = true
                    return .sendContinue
                }
            case .fixedBody(let remaining):
                guard bufferedByteCount >= remaining else { return .needMoreData }
                body = Array(buffer[start..<(start + remaining)])
                start += remaining
                return finishRequest()
            case .chunkSize:
                guard try readChunkSize() else { return .needMoreData }
            case .chunkData(let remaining):
                let take = min(remaining, bufferedByteCount)
                body.append(contentsOf: buffer[start..<(start + take)])
                start += take
                state = take == remaining ? .chunkDataEnd : .chunkData(remaining: remaining - take)
                if take < remaining { return .needMoreData }
            case .chunkDataEnd:
                guard bufferedByteCount >= 2 else { return .needMoreData }
                guard buffer[start] == 0x0D, buffer[start + 1] == 0x0A else {
                    throw .badRequest("Invalid chunk terminator")
                }
                start += 2
                state = .chunkSize
            case .trailers(var scan):
                guard try scanTrailers(&scan) else {
                    state = .trailers(scan)
                    return .needMoreData
                }
                return finishRequest()
            }
        }
    }

    // MARK: head

    /// Finds the next line (ending in CRLF) from `scan`, or nil when incomplete. A LF without
    /// CR before it is rejected: RFC 9112 §2.2 lets a server accept it, but accepting it is what
    /// lets a front proxy and this server disagree on where a header ends.
    ///
    /// The length bound is checked first and the same way for complete and unterminated lines
    /// (CR included), so the verdict never depends on where the bytes were split (found by
    /// the fuzzer).
    private func nextLine(_ scan: inout HeadScan) throws(HTTPParseError) -> Range<Int>? {
        let (maxLength, tooLong) =
            scan.requestLine == nil
            ? (requestLineLimit, HTTPParseError.targetTooLong)
            : (limits.maxHeaderBytes - scan.sectionBytes, HTTPParseError.headersTooLarge)
        guard let lf = buffer[scan.scanFrom...].firstIndex(of: 0x0A) else {
            scan.scanFrom = buffer.count
            guard buffer.count - scan.lineStart <= maxLength else { throw tooLong }
            return nil
        }
        guard lf - scan.lineStart <= maxLength else { throw tooLong }
        guard lf > scan.lineStart, buffer[lf - 1] == 0x0D else { throw .badRequest("Bare LF in request head") }
        let line = scan.lineStart..<(lf - 1)
        scan.lineStart = lf + 1
        scan.scanFrom = lf + 1
        return line
    }

    /// Returns true once the empty line ending the head has been consumed.
    private mutating func scanHead(_ scan: inout HeadScan) throws(HTTPParseError) -> Bool {
        while let line = try nextLine(&scan) {
            if scan.requestLine == nil {
                if line.isEmpty {
                    // RFC 9112 §2.2: ignore empty lines before the request line, within reason.
                    scan.skippedEmptyLines += 1
                    guard scan.skippedEmptyLines <= 16 else { throw .badRequest("Invalid request line") }
                    start = scan.lineStart
                    headStart = start
                    continue
                }
                scan.requestLine = line
                continue
            }
            if line.isEmpty {
                start = scan.lineStart
                return true
            }
            try addField(line, to: &scan, earlierFields: 0)
        }
        return false
    }

    private func addField(_ line: Range<Int>, to scan: inout HeadScan, earlierFields: Int) throws(HTTPParseError) {
        scan.sectionBytes += line.count + 2
        scan.fieldLines.append(line)
        guard scan.sectionBytes <= limits.maxHeaderBytes,
            scan.fieldLines.count + earlierFields <= limits.maxHeaderCount
        else { throw .headersTooLarge }
    }

    /// The longest request line: the longest target plus room for a method and the version.
    private var requestLineLimit: Int { limits.maxTargetLength + 64 }

    private mutating func beginBody(_ scan: HeadScan) throws(HTTPParseError) {
        guard let lineRange = scan.requestLine else { throw .badRequest("Invalid request line") }
        let line = try RequestLine.parse(buffer[lineRange], limits: limits)
        var headers: [(name: String, value: String)] = []
        headers.reserveCapacity(scan.fieldLines.count)
        for field in scan.fieldLines {
            headers.append(try HeaderField.parse(buffer[field]))
        }
        let framing = try RequestFraming.analyze(headers, minorVersion: line.minorVersion, limits: limits)
        pending = (line, headers, framing)
        body = []
        chunkExtensionBytes = 0
        continueAnswered = false
        switch framing.body {
        case .none: state = .fixedBody(remaining: 0)
        case .length(let length): state = .fixedBody(remaining: length)
        case .chunked: state = .chunkSize
        }
    }

    private func shouldSendContinue() -> Bool {
        guard let framing = pending?.framing, framing.expectContinue, !continueAnswered else { return false }
        return framing.body != .none && bufferedByteCount == 0
    }

    // MARK: chunked body

    private mutating func readChunkSize() throws(HTTPParseError) -> Bool {
        let window = buffer[start..<min(buffer.count, start + limits.maxChunkLineLength + 2)]
        guard let lf = window.firstIndex(of: 0x0A) else {
            guard window.count <= limits.maxChunkLineLength + 1 else { throw .badRequest("Chunk size line too long") }
            return false
        }
        guard lf > start, buffer[lf - 1] == 0x0D else { throw .badRequest("Bare LF in chunk size line") }
        let parsed = try ChunkLine.parse(buffer[start..<(lf - 1)], maxSize: limits.maxBodySize - body.count)
        chunkExtensionBytes += parsed.extensionBytes
        guard chunkExtensionBytes <= limits.maxChunkExtensionBytes else { throw .badRequest("Too many chunk extensions") }
        start = lf + 1
        if parsed.size == 0 {
            state = .trailers(HeadScan(lineStart: start, scanFrom: start, requestLine: 0..<0))
        } else {
            state = .chunkData(remaining: parsed.size)
        }
        return true
    }

    /// Trailer fields are validated like header fields, counted against the same limits, and
    /// dropped: nothing downstream needs them, and merging them into headers invites smuggling.
    private mutating func scanTrailers(_ scan: inout HeadScan) throws(HTTPParseError) -> Bool {
        let headerCount = pending?.headers.count ?? 0
        while let line = try nextLine(&scan) {
            if line.isEmpty {
                start = scan.lineStart
                return true
            }
            _ = try HeaderField.parse(buffer[line])
            try addField(line, to: &scan, earlierFields: headerCount)
        }
        return false
    }

    // MARK: completion

    private mutating func finishRequest() -> HTTPParserEvent {
        guard let (line, headers, framing) = pending else {
            state = .failed(.badRequest("Invalid request"))
            return .error(.badRequest("Invalid request"))
        }
        let request = ParsedRequest(
            method: line.method, target: line.target, minorVersion: line.minorVersion,
            headers: headers, body: body, keepAlive: framing.keepAlive
        )
        pending = nil
        body = []
        headStart = start
        state = .head(HeadScan(lineStart: start, scanFrom: start))
        return .request(request)
    }

    /// Drops consumed bytes while no request is in progress, so indexes stay valid mid-request.
    private mutating func compactIfIdle(_ scan: inout HeadScan) {
        guard start > 0, scan.lineStart == start, scan.requestLine == nil else { return }
        guard start == buffer.count || start >= 4096 else { return }
        if start == buffer.count && buffer.capacity > 65_536 {
            buffer = []  // give back the room a large body needed; idle connections stay small
        } else {
            buffer.removeSubrange(0..<start)
        }
        scan.scanFrom -= start
        scan.lineStart = 0
        start = 0
        headStart = 0
    }

    // MARK: salvage

    /// The value of header `name` in the current request's head as far as it arrived, read
    /// leniently (no validation, the first occurrence wins), or nil.
    ///
    /// Only for answering a request the parser refused: a 413, 414 or 431 is decided before the
    /// head is parsed, or without keeping it, but its answer still has to carry the CORS headers
    /// when the request came from the allowed origin, or a browser shows "blocked by CORS policy"
    /// instead of the status. The caller must treat the value as untrusted (compare it, never
    /// echo it). Scans at most the head limits' worth of bytes.
    public func salvagedHeaderValue(_ name: String) -> String? {
        let end = min(buffer.count, headStart + requestLineLimit + limits.maxHeaderBytes + 2)
        guard headStart < end else { return nil }
        let head = buffer[headStart..<end]
        var lines = head.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst().makeIterator()
        let wanted = Array(name.lowercased().utf8)
        while let rawLine = lines.next() {
            var line = rawLine[...]
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { return nil }  // end of the head
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon - line.startIndex == wanted.count,
                zip(line[..<colon], wanted).allSatisfy({ $0 == $1 || (($0 | 0x20) == $1 && $1 >= 0x61 && $1 <= 0x7A) })
            else { continue }
            var value = line[(colon + 1)...]
            while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
            while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
            return String(decoding: value, as: UTF8.self)
        }
        return nil
    }
}
