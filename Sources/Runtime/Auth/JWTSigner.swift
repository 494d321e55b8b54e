import RuntimeCore
import RuntimeJSON

/// HS256 JSON Web Tokens (RFC 7519) with one shared secret.
///
/// Only HS256 is ever accepted: the algorithm is fixed by the server, never chosen by the token
/// (which is how `alg: none` and RS256/HS256 confusion attacks work).
public struct JWTSigner: Sendable {
    /// Longest token accepted; ours are ~250 bytes, this bounds the work spent on garbage.
    public static let maxTokenLength = 8192

    let key: [UInt8]
    /// Shared by copies of this signer: tokens verified before (see `VerifiedTokenCache`).
    let verified = VerifiedTokenCache()

    public init(secret: String) {
        key = Array(secret.utf8)
    }

    /// `base64url(header).base64url(claims).base64url(HMAC-SHA-256)`, header exactly
    /// `{"alg":"HS256","typ":"JWT"}`.
    public func sign(_ claims: JWTClaims) -> String {
        let payload = Base64.encode(Self.claimsJSON(claims), alphabet: .url)
        let signingInput = Self.encodedHeader + "." + payload
        return signingInput + "." + Base64.encode(mac(signingInput), alphabet: .url)
    }

    static let encodedHeader = Base64.encode(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8), alphabet: .url)

    static func claimsJSON(_ claims: JWTClaims) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("sub")
        writer.string(claims.sub)
        if let email = claims.email {
            writer.key("email")
            writer.string(email)
        }
        writer.key("iat")
        writer.int(claims.iat)
        if let exp = claims.exp {
            writer.key("exp")
            writer.int(exp)
        }
        if let nbf = claims.nbf {
            writer.key("nbf")
            writer.int(nbf)
        }
        writer.endObject()
        return writer.bytes
    }

    /// HMAC-SHA-256 of the signing input. libsodium fails here only if it cannot initialise at
    /// all; then an empty MAC is returned, which never verifies (fail closed).
    func mac(_ signingInput: some StringProtocol) -> [UInt8] {
        (try? Sodium.hmacSHA256(key: key, parts: [Array(signingInput.utf8)])) ?? []
    }
}
