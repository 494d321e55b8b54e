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
    static func bearerToken(_ header: String) -> String? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        guard trimmed[..<space].lowercased() == "bearer" else { return nil }
        let token = trimmed[space...].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
