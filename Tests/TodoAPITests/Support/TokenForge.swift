import CSodium
import Foundation

/// Crafts JWTs independently of the server's signer (libsodium's HMAC directly), so the tests
/// can produce every kind of token a hostile or foreign issuer might send: other algorithms,
/// odd claims, wrong keys. This is the test target's only libsodium caller.
enum TokenForge {
    enum Algorithm: String {
        case hs256 = "HS256"
        case hs512 = "HS512"
        case none = "none"
    }

    private static let initialised: Bool = sodium_init() >= 0

    /// A token with `header` and `claims` given as raw JSON text, signed with `secret`.
    static func token(headerJSON: String, claimsJSON: String, secret: String, algorithm: Algorithm) -> String {
        let signingInput = base64URL(Array(headerJSON.utf8)) + "." + base64URL(Array(claimsJSON.utf8))
        switch algorithm {
        case .none: return signingInput + "."
        case .hs256: return signingInput + "." + base64URL(hmacSHA256(key: Array(secret.utf8), message: Array(signingInput.utf8)))
        case .hs512: return signingInput + "." + base64URL(hmacSHA512(key: Array(secret.utf8), message: Array(signingInput.utf8)))
        }
    }

    /// A standard token: `{"alg": <alg>, "typ": "JWT"}` with `sub`, `email`, `iat`, `exp`, optional `nbf`.
    static func token(
        sub: String, email: String = "forged@example.com", issuedAt: Int? = nil, expiresIn: Int = 3600,
        notBefore: Int? = nil, secret: String, algorithm: Algorithm = .hs256
    ) -> String {
        let now = issuedAt ?? Int(Date().timeIntervalSince1970)
        var claims = "{\"sub\":\(jsonString(sub)),\"email\":\(jsonString(email)),\"iat\":\(now),\"exp\":\(now + expiresIn)"
        if let notBefore { claims += ",\"nbf\":\(notBefore)" }
        claims += "}"
        return token(
            headerJSON: "{\"alg\":\"\(algorithm.rawValue)\",\"typ\":\"JWT\"}", claimsJSON: claims, secret: secret, algorithm: algorithm)
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decodeBase64URL(_ text: Substring) -> [UInt8]? {
        var base = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base.count % 4 != 0 { base += "=" }
        return Data(base64Encoded: base).map { Array($0) }
    }

    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        precondition(initialised, "libsodium failed to initialise")
        var state = crypto_auth_hmacsha256_state()
        var output = [UInt8](repeating: 0, count: Int(crypto_auth_hmacsha256_BYTES))
        _ = crypto_auth_hmacsha256_init(&state, key, key.count)
        _ = crypto_auth_hmacsha256_update(&state, message, UInt64(message.count))
        _ = crypto_auth_hmacsha256_final(&state, &output)
        return output
    }

    static func hmacSHA512(key: [UInt8], message: [UInt8]) -> [UInt8] {
        precondition(initialised, "libsodium failed to initialise")
        var state = crypto_auth_hmacsha512_state()
        var output = [UInt8](repeating: 0, count: Int(crypto_auth_hmacsha512_BYTES))
        _ = crypto_auth_hmacsha512_init(&state, key, key.count)
        _ = crypto_auth_hmacsha512_update(&state, message, UInt64(message.count))
        _ = crypto_auth_hmacsha512_final(&state, &output)
        return output
    }
}
