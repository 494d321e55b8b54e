import Foundation
import Glibc
import RawHTTPClient
import Runtime

/// One response as read off the wire.
struct HTTPResponse: CustomStringConvertible {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The first value of header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Every value of header `name`, comma lists split and trimmed.
    func headerList(_ name: String) -> [String] {
        headers.filter { $0.name.lowercased() == name.lowercased() }
            .flatMap { $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as JSON; `.null` with a recorded failure is not wanted, so this is optional.
    var json: JSONValue? { try? JSONParser.parse(body, maxDepth: 256) }

    /// `detail` when it is a string (the envelope of every non-422 error).
    var detail: String? { json?["detail"]?.stringValue }

    /// The 422 issues: `(loc joined by ".", type)`.
    var issues: [(loc: String, type: String, msg: String)] {
        guard case .array(let items)? = json?["detail"] else { return [] }
        return items.map { item in
            let loc = item["loc"]?.arrayValue?.map { $0.stringValue ?? $0.intValue.map(String.init) ?? "?" }.joined(separator: ".") ?? ""
            return (loc, item["type"]?.stringValue ?? "", item["msg"]?.stringValue ?? "")
        }
    }

    var issueLocs: Set<String> { Set(issues.map(\.loc)) }

    var description: String { "HTTP \(status) \(text.prefix(600))" }
}

struct HTTPClientError: Error, CustomStringConvertible {
    var description: String
}

/// A deliberately small blocking HTTP/1.1 client over a raw TCP socket: one connection per
/// request unless a `Connection` is reused, so tests see exactly the bytes the server sends.
final class Connection {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, timeout: Double = 15) throws {
        do {
            fd = try RawClient.connect(port: port, timeout: timeout)
        } catch {
            throw HTTPClientError(description: String(describing: error))
        }
    }

    deinit { Glibc.close(fd) }

    /// Sends every byte or throws.
    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw HTTPClientError(description: "send failed after \(sent) bytes: errno \(errno)") }
            sent += count
        }
    }

    /// Reads more bytes; false on EOF, error or timeout.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }

    /// Reads one complete response (Content-Length, chunked, or until close).
    func readResponse(method: String = "GET") throws -> HTTPResponse {
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int
        while true {
            if let range = buffer.firstRange(of: separator) {
                headEnd = range.upperBound
                break
            }
            guard fill() else {
                throw HTTPClientError(
                    description: buffer.isEmpty ? "connection closed without a response" : "connection ended inside a response head")
            }
        }
        let lines = String(decoding: buffer[0..<(headEnd - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw HTTPClientError(description: "bad status line: \(lines[0])")
        }
        let headers = lines.dropFirst().map { line -> (name: String, value: String) in
            let pieces = line.split(separator: ":", maxSplits: 1)
            return (String(pieces.first ?? ""), pieces.count > 1 ? pieces[1].trimmingCharacters(in: .whitespaces) : "")
        }
        buffer.removeFirst(headEnd)
        var response = HTTPResponse(status: status, headers: headers, body: [])
        if method == "HEAD" || status == 204 || status == 304 || (100..<200).contains(status) {
            return response
        }
        if let lengthText = response.header("Content-Length") {
            guard let length = Int(lengthText) else { throw HTTPClientError(description: "bad Content-Length \(lengthText)") }
            while buffer.count < length {
                guard fill() else { throw HTTPClientError(description: "connection ended inside a body (\(buffer.count)/\(length))") }
            }
            response.body = Array(buffer[0..<length])
            buffer.removeFirst(length)
        } else if response.header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            response.body = try readChunked()
        } else {
            while fill() {}
            response.body = buffer
            buffer = []
        }
        return response
    }

    private func readChunked() throws -> [UInt8] {
        var body: [UInt8] = []
        let crlf = Array("\r\n".utf8)
        while true {
            while buffer.firstRange(of: crlf) == nil {
                guard fill() else { throw HTTPClientError(description: "connection ended inside a chunk size") }
            }
            guard let range = buffer.firstRange(of: crlf) else { continue }
            let sizeText = String(decoding: buffer[0..<range.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw HTTPClientError(description: "bad chunk size")
            }
            buffer.removeFirst(range.upperBound)
            while buffer.count < size + 2 {
                guard fill() else { throw HTTPClientError(description: "connection ended inside a chunk") }
            }
            if size == 0 {
                buffer.removeFirst(2)
                return body
            }
            body += buffer[0..<size]
            buffer.removeFirst(size + 2)
        }
    }

    /// True when the server closes the connection within the socket timeout.
    func waitForClose() -> Bool {
        while true {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }
}

/// Builds requests for one server. Every call opens a fresh connection.
struct HTTPClient: Sendable {
    var port: Int

    /// Serialises a request. `body` as bytes so tests can send invalid UTF-8.
    static func encode(
        _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8]? = nil
    ) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body, !headers.contains(where: { $0.0.lowercased() == "content-length" || $0.0.lowercased() == "transfer-encoding" }) {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + (body ?? [])
    }

    func raw(_ bytes: [UInt8], method: String = "GET", timeout: Double = 15) throws -> HTTPResponse {
        let connection = try Connection(port: port, timeout: timeout)
        try connection.send(bytes)
        return try connection.readResponse(method: method)
    }

    func request(
        _ method: String, _ target: String, token: String? = nil, headers: [(String, String)] = [],
        body: [UInt8]? = nil, timeout: Double = 15
    ) throws -> HTTPResponse {
        var all = headers
        if let token { all.append(("Authorization", "Bearer \(token)")) }
        if body != nil && !all.contains(where: { $0.0.lowercased() == "content-type" }) {
            all.append(("Content-Type", "application/json"))
        }
        return try raw(Self.encode(method, target, headers: all, body: body), method: method, timeout: timeout)
    }

    func request(_ method: String, _ target: String, token: String? = nil, headers: [(String, String)] = [], json: String) throws
        -> HTTPResponse
    {
        try request(method, target, token: token, headers: headers, body: Array(json.utf8))
    }

    func get(_ target: String, token: String? = nil, headers: [(String, String)] = []) throws -> HTTPResponse {
        try request("GET", target, token: token, headers: headers)
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var intValue: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var objectKeys: Set<String> {
        if case .object(let object) = self { return Set(object.members.map(\.key)) }
        return []
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// JSON string literal for `text` (quotes and escapes), for building request bodies by hand.
func jsonString(_ text: String) -> String {
    var writer = JSONWriter()
    writer.string(text)
    return String(decoding: writer.bytes, as: UTF8.self)
}
