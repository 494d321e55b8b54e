import Foundation
import RuntimeCore

/// Reads `Authorization: Bearer <jwt>` and returns the verified claims, or a 401 with
/// `WWW-Authenticate: Bearer`. The client learns only "missing" versus "invalid", never which
/// check failed. Whether `sub` names an existing user is the caller's (database) question.
public struct BearerAuthenticator: Sendable {
    public let signer: JWTSigner

    public init(signer: JWTSigner) {
        self.signer = signer
    }

    public static let missingMessage = "Not authenticated"
    public static let invalidMessage = "Invalid authentication credentials"

    public func claims(_ request: Request) throws(HTTPError) -> JWTClaims {
        try claims(request, now: Timestamp.now().secondsSinceEpoch)
    }

    /// As `claims(_:)` with an explicit clock (seconds since the epoch), for tests.
    public func claims(_ request: Request, now: Int64) throws(HTTPError) -> JWTClaims {
        guard let header = request.headers["Authorization"] else {
            throw .unauthorized(Self.missingMessage)
        }
        guard let token = Self.bearerToken(header) else { throw .unauthorized(Self.invalidMessage) }
        do {
            return try signer.verify(token, now: now)
        } catch {
            throw .unauthorized(Self.invalidMessage)
        }
    }

    /// The credentials after a case-insensitive `Bearer` scheme (RFC 9110 §11.1), or nil.
    /// Whitespace here is HTTP's (space and tab, RFC 9110 §5.6.3); the bytes are scanned directly
    /// because Foundation's Unicode-aware trimming cost as much as verifying the token.
    static func bearerToken(_ header: String) -> String? {
        let bytes = header.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }),
            let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return nil }
        guard let gap = bytes[start...end].firstIndex(where: isSpace) else { return nil }
        let scheme = bytes[start..<gap]
        guard scheme.count == 6, zip(scheme, "bearer".utf8).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        guard let tokenStart = bytes[gap...end].firstIndex(where: { !isSpace($0) }) else { return nil }
        return String(Substring(bytes[tokenStart...end]))
    }
}
