import Synchronization

/// Tokens whose signature, header and subject already checked out, with their claims.
///
/// A client sends the same token with every request, and verifying it (split, three base64
/// decodes, an HMAC and two JSON parses) cost a tenth of a list request's CPU. Only the parts
/// that cannot change are cached: the time claims (`exp`, `nbf`) are checked again on every use
/// (`JWTSigner.verify`), and a token is found only by its exact text, so a cached entry can
/// never vouch for a token that was not verified. Bounded: when full the cache is emptied
/// (cheaper than LRU bookkeeping, and refilled by the next request of each client).
final class VerifiedTokenCache: Sendable {
    static let capacity = 4096

    private let entries = Mutex<[String: JWTClaims]>([:])

    func claims(for token: String) -> JWTClaims? {
        entries.withLock { $0[token] }
    }

    func remember(_ token: String, _ claims: JWTClaims) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = claims
        }
    }

    var count: Int { entries.withLock { $0.count } }
}
