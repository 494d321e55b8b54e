import RuntimeCore

/// Turns a `Response` into HTTP/1.1 bytes. The server owns framing: any `Content-Length`,
/// `Transfer-Encoding`, `Connection` or `Date` a handler set is replaced, and header fields
/// whose name is not a token or whose value holds CR, LF or other controls are dropped, so a
/// handler echoing input can never split a response.
enum ResponseSerializer {
    struct Framing {
        /// The request was HEAD: send the headers of the GET response, no body.
        var isHead: Bool
        /// Whether the connection stays open after this response.
        var keepAlive: Bool
        /// The request's minor version; HTTP/1.0 keep-alive must be announced explicitly.
        var minorVersion: Int
    }

    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    static func serialize(_ response: Response, framing: Framing, dateLine: [UInt8]) -> [UInt8] {
        let status = (100...999).contains(response.status) ? response.status : 500
        var out: [UInt8] = []
        out.reserveCapacity(256 + response.body.count)
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        DecimalDigits.append(Int64(status), to: &out)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: StatusReason.phrase(status).utf8)
        out.append(contentsOf: "\r\n".utf8)
        for (name, value) in response.headers where isAllowed(name: name, value: value) {
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: value.utf8)
            out.append(contentsOf: "\r\n".utf8)
        }
        out.append(contentsOf: dateLine)
        // RFC 9110 §8.6: no Content-Length on 1xx and 204; 304 carries no body either.
        let bodyAllowed = status >= 200 && status != 204 && status != 304
        if bodyAllowed {
            out.append(contentsOf: "Content-Length: ".utf8)
            DecimalDigits.append(Int64(response.body.count), to: &out)
            out.append(contentsOf: "\r\n".utf8)
        }
        if !framing.keepAlive {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if framing.minorVersion == 0 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        out.append(contentsOf: "\r\n".utf8)
        if bodyAllowed && !framing.isHead {
            out.append(contentsOf: response.body)
        }
        return out
    }

    private static func isAllowed(name: String, value: String) -> Bool {
        guard !name.isEmpty, name.utf8.allSatisfy(ByteClass.isTokenChar) else { return false }
        guard value.utf8.allSatisfy(ByteClass.isFieldValueByte) else { return false }
        return !serverOwned.contains { HTTPHeaders.equalNames(name, $0) }
    }

    /// Header fields the server writes itself.
    private static let serverOwned = ["content-length", "transfer-encoding", "connection", "date", "keep-alive"]
}
