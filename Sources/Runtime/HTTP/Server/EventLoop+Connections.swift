import CLinux
import RuntimeCore
import RuntimeSystem

/// Reading, parsing, dispatching and writing for the loop's connections.
extension EventLoop {
    func connectionEvent(_ connection: Connection, flags: UInt32) {
        // ERR, or HUP (both directions shut: a reset, or our FIN answered), ends the connection.
        if flags & (EPOLLERR.rawValue | EPOLLHUP.rawValue) != 0 {
            close(connection)
            return
        }
        if flags & EPOLLOUT.rawValue != 0 {
            if case .reading = connection.phase { process(connection) } else { flush(connection) }
        }
        if connection.isClosed { return }
        if flags & EPOLLIN.rawValue != 0 { readAvailable(connection) }
    }

    /// Whether the loop wants more bytes from this connection right now. This is the
    /// back-pressure rule: a client that does not read its responses, or pipelines far ahead,
    /// stops being read until its output drains or its request completes.
    func wantsRead(_ connection: Connection) -> Bool {
        if connection.readClosed || connection.isClosed { return false }
        switch connection.phase {
        case .reading: return connection.pendingOutputCount < Self.outputHighWater
        case .awaitingResponse: return connection.parser.bufferedByteCount < Self.pipelineBufferLimit
        case .closingAfterWrite: return false
        case .lingering: return true
        }
    }

    /// Reads until the socket is drained, the loop stops wanting input, or 16 reads were made
    /// (fairness to the loop's other connections; level-triggered epoll reports the rest).
    func readAvailable(_ connection: Connection) {
        reading: for _ in 0..<16 {
            guard wantsRead(connection) else { break reading }
            let result = Result { () throws(SyscallError) in try Syscall.read(connection.fd, into: readBuffer) }
            switch result {
            case .success(.done(0)):
                connection.readClosed = true
                if case .awaitingResponse = connection.phase { connection.presence?.markGone() }
                if case .lingering = connection.phase {
                    close(connection)
                    return
                }
                break reading
            case .success(.done(let count)):
                if case .lingering = connection.phase { continue reading }  // drained and dropped
                if case .reading = connection.phase, !connection.parser.isMidRequest, connection.headStartedAt == nil {
                    connection.headStartedAt = now
                }
                connection.parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
                connection.lastReadAt = now
                process(connection)
                if connection.isClosed { return }
                if count < readBuffer.count { break reading }  // the socket is most likely empty
            case .success(.wouldBlock):
                break reading
            case .failure:
                close(connection)
                return
            }
        }
        process(connection)
    }

    /// Parses as far as the phase allows (dispatching at most one request), then writes; when
    /// parsing stopped only because output was over the high-water mark and writing brought it
    /// under, parses again, so pipelined requests resume as soon as the client reads.
    func process(_ connection: Connection) {
        while true {
            let blockedByOutput = parse(connection)
            flush(connection)
            guard blockedByOutput, !connection.isClosed, connection.pendingOutputCount < Self.outputHighWater else { return }
        }
    }

    /// Returns true when it stopped because too much output is queued.
    private func parse(_ connection: Connection) -> Bool {
        while !connection.isClosed, case .reading = connection.phase {
            guard connection.pendingOutputCount < Self.outputHighWater else { return true }
            switch connection.parser.next() {
            case .needMoreData:
                if connection.parser.isReadingBody {
                    guard holdBody(of: connection, bytes: connection.parser.bodyBytesToHold) else { return false }
                }
                // While stopping, a connection between requests is done; a new one waits for its
                // first request until its head timeout (see `beginShutdown`).
                if connection.readClosed || (stopping && !connection.parser.isMidRequest && connection.servedRequests > 0) {
                    connection.phase = .closingAfterWrite
                }
                return false
            case .sendContinue:
                connection.enqueue(ResponseSerializer.continueResponse, now: now)
            case .request(let parsed):
                connection.headStartedAt = nil
                connection.bodyStartedAt = nil
                guard holdBody(of: connection, bytes: parsed.body.count) else { return false }
                dispatch(parsed, on: connection)
            case .error(let error):
                reject(connection, error)
            }
        }
        return false
    }

    /// Starts the request's task. The task hands its response back through the inbox.
    private func dispatch(_ parsed: ParsedRequest, on connection: Connection) {
        let supplied = parsed.headers.first { ByteClass.equalsLowercased($0.name, "x-request-id") }?.value
        let requestID = supplied.flatMap { RequestIDGenerator.isAcceptable($0) ? $0 : nil } ?? requestIDs.next()
        connection.phase = .awaitingResponse(
            .init(isHead: parsed.method == "HEAD", keepAlive: parsed.keepAlive, minorVersion: parsed.minorVersion)
        )
        let inbox = self.inbox
        let pipeline = shared.pipeline
        let id = connection.id
        let startedAt = Syscall.monotonicNanoseconds()
        let presence = connection.presence ?? ClientPresence()
        connection.presence = presence
        Task(executorPreference: inbox) {
            let response = await ClientPresence.$current.withValue(presence) {
                await pipeline.handle(parsed, requestID: requestID, startedAt: startedAt)
            }
            inbox.send(.response(connection: id, response))
        }
    }

    /// Queues a handler's response; responses for connections closed meanwhile are dropped.
    func deliver(_ response: Response, to id: UInt64) {
        guard let connection = connections[id], case .awaitingResponse(var framing) = connection.phase else { return }
        if stopping { framing.keepAlive = false }
        connection.enqueue(ResponseSerializer.serialize(response, framing: framing, dateLine: dates.line()), now: now)
        connection.servedRequests += 1
        releaseBody(of: connection)
        connection.phase = framing.keepAlive ? .reading : .closingAfterWrite
        connection.readyAt = now
        if framing.keepAlive {
            waitingForRequest.append(connection)
            waitingForRequest.compact(liveCount: connections.count) { id, since in
                connections[id].map { $0.isWaitingForRequest && $0.readyAt == since } ?? false
            }
        }
        connection.headStartedAt = connection.parser.bufferedByteCount > 0 ? now : nil
        process(connection)
    }

    /// Counts the current request's body (`bytes` so far, or declared) in the server's budget
    /// until its response is written. When the budget is spent, answers 503 with `Retry-After`
    /// and closes (the body is not read), and returns false.
    private func holdBody(of connection: Connection, bytes: Int) -> Bool {
        if connection.bodyStartedAt == nil, connection.parser.isReadingBody { connection.bodyStartedAt = now }
        guard bytes > connection.bodyReservation.total else { return true }
        // A chunked body grows as it arrives: count it in 64 KiB steps, not on every read.
        let step = BodyBudget.smallAllowance
        let rounded = connection.parser.isReadingBody ? (bytes + step - 1) / step * step : bytes
        let wanted = BodyBudget.parts(of: min(rounded, max(bytes, connection.parser.limits.maxBodySize)))
        let held = connection.bodyReservation
        if shared.bodyBudget.reserve(total: wanted.total - held.total, large: wanted.large - held.large) {
            connection.bodyReservation = wanted
            return true
        }
        refuse(
            connection,
            HTTPError(
                status: 503, detail: "Too many request bodies in progress; try again later",
                headers: HTTPHeaders([("Retry-After", "5")])
            ))
        return false
    }

    /// Gives the current request's body back to the budget (its response was queued, or the
    /// connection closed).
    func releaseBody(of connection: Connection) {
        let held = connection.bodyReservation
        guard held.total > 0 else { return }
        shared.bodyBudget.release(total: held.total, large: held.large)
        connection.bodyReservation = (0, 0)
        shared.memory.noteReleased(held.total)
    }

    /// Answers a request the parser refused, then closes: the rest of the stream is untrusted.
    private func reject(_ connection: Connection, _ error: HTTPParseError) {
        refuse(connection, HTTPError(status: error.status, detail: error.detail))
    }

    /// Answers `error` before the request reached a handler, then closes.
    private func refuse(_ connection: Connection, _ error: HTTPError) {
        let requestID = requestIDs.next()
        var response = error.response()
        response.headers.set("X-Request-ID", requestID)
        if let cors = shared.pipeline.cors {
            cors.addHeaders(to: &response.headers, origin: connection.parser.salvagedHeaderValue("origin"))
        }
        let framing = ResponseSerializer.Framing(isHead: false, keepAlive: false, minorVersion: 1)
        connection.enqueue(ResponseSerializer.serialize(response, framing: framing, dateLine: dates.line()), now: now)
        connection.phase = .closingAfterWrite
        AccessLog.record(
            shared.pipeline.logger, method: "-", path: "-", status: response.status, bytes: response.body.count,
            startedAt: Syscall.monotonicNanoseconds(), requestID: requestID
        )
    }

    /// Writes as much queued output as the socket takes.
    func flush(_ connection: Connection) {
        while !connection.isClosed, connection.pendingOutputCount > 0 {
            let result = connection.withPendingOutput { bytes in
                Result { () throws(SyscallError) in try Syscall.write(connection.fd, from: bytes) }
            }
            switch result {
            case .success(.done(let count)):
                connection.markSent(count, now: now)
            case .success(.wouldBlock):
                updateInterest(connection)
                return
            case .failure:
                close(connection)
                return
            }
        }
        if connection.isClosed { return }
        if case .closingAfterWrite = connection.phase {
            beginLinger(connection)
        } else {
            updateInterest(connection)
        }
    }

    /// Half-closes and drains, so the last response is not lost to a RST (see `Connection`).
    private func beginLinger(_ connection: Connection) {
        guard !connection.readClosed, (try? Syscall.shutdownWrite(connection.fd)) != nil else {
            close(connection)
            return
        }
        // While stopping, linger briefly: the process is about to exit anyway.
        let linger = stopping ? Self.lingerMilliseconds / 4 : Self.lingerMilliseconds
        let deadline = min(now + linger, graceDeadline)
        connection.phase = .lingering(deadline: deadline)
        connection.parser = HTTPRequestParser(limits: connection.parser.limits)
        updateInterest(connection)
    }

    func updateInterest(_ connection: Connection) {
        guard !connection.isClosed else { return }
        var desired: UInt32 = 0
        if wantsRead(connection) { desired |= EPOLLIN.rawValue }
        if connection.pendingOutputCount > 0 { desired |= EPOLLOUT.rawValue }
        guard desired != connection.registeredEvents else { return }
        do {
            try Syscall.epollControl(epoll, EPOLL_CTL_MOD, connection.fd, events: desired, id: connection.id)
            connection.registeredEvents = desired
        } catch {
            close(connection)
        }
    }

    func close(_ connection: Connection) {
        guard !connection.isClosed else { return }
        connection.isClosed = true
        connection.presence?.markGone()
        releaseBody(of: connection)
        shared.memory.noteReleased(connection.retainedCapacity)
        Syscall.close(connection.fd)  // also removes it from the epoll set
        connections[connection.id] = nil
        shared.releaseConnection()
    }
}
