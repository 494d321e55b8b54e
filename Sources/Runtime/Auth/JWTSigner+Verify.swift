import RuntimeJSON

extension JWTSigner {
    /// The claims of a token that is well-formed, HS256, correctly signed, not expired
    /// (`now < exp` when `exp` is present) and already valid (`nbf <= now` when present), with a
    /// non-empty string `sub`. `now` is seconds since the epoch. No clock leeway.
    public func verify(_ token: String, now: Int64) throws(JWTError) -> JWTClaims {
        guard token.utf8.count <= Self.maxTokenLength else { throw .malformed }
        // A JWT is ASCII (base64url and dots). Refusing anything else first also keeps the cache
        // exact: `String` equality is Unicode canonical equivalence (U+212A KELVIN SIGN equals
        // "K"), which would let a different, invalid text hit a cached entry.
        guard token.utf8.allSatisfy({ $0 < 0x80 }) else { throw .malformed }
        if let known = verified.claims(for: token) {
            try Self.checkTimes(exp: known.exp, nbf: known.nbf, now: now)
            return known
        }
        let claims = try verifyUncached(token, now: now)
        verified.remember(token, claims)
        return claims
    }

    /// Every check, from the token's text alone.
    func verifyUncached(_ token: String, now: Int64) throws(JWTError) -> JWTClaims {
        let segments = token.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count == 3, segments.allSatisfy({ !$0.isEmpty }) else { throw .malformed }
        try checkHeader(try Self.decodeJSON(segments[0], else: .invalidHeader))
        guard let signature = Base64.decode(segments[2], alphabet: .url) else { throw .malformed }
        let signingInput = token.utf8.prefix(segments[0].utf8.count + 1 + segments[1].utf8.count)
        let expected = (try? Sodium.hmacSHA256(key: key, parts: [Array(signingInput)])) ?? []
        guard !expected.isEmpty, Sodium.constantTimeEqual(signature, expected) else { throw .badSignature }
        return try Self.claims(try Self.decodeJSON(segments[1], else: .invalidClaims), now: now)
    }

    /// A base64url segment holding a JSON object.
    private static func decodeJSON(_ segment: Substring, else failure: JWTError) throws(JWTError) -> JSONObject {
        guard let bytes = Base64.decode(segment, alphabet: .url) else { throw .malformed }
        guard case .object(let object)? = try? JSONParser.parse(bytes, maxDepth: 8) else { throw failure }
        return object
    }

    /// `alg` must be exactly HS256; `crit` (RFC 7515 §4.1.11) names extensions we would have
    /// to understand, so any is refused.
    private func checkHeader(_ header: JSONObject) throws(JWTError) {
        guard case .string("HS256")? = header["alg"] else { throw .unsupportedAlgorithm }
        if header["crit"] != nil { throw .invalidHeader }
    }

    /// The claims that depend on the clock: checked on every use, cached token or not.
    private static func checkTimes(exp: Int64?, nbf: Int64?, now: Int64) throws(JWTError) {
        if let exp, now >= exp { throw .expired }
        if let nbf, nbf > now { throw .notYetValid }
    }

    private static func claims(_ payload: JSONObject, now: Int64) throws(JWTError) -> JWTClaims {
        var exp: Int64?
        if let expValue = payload["exp"] {
            guard expValue != .null else { throw .invalidClaims }
            exp = try numericDate(expValue)
        }
        let nbf = try payload["nbf"].map { value throws(JWTError) in try numericDate(value) }
        try checkTimes(exp: exp, nbf: nbf, now: now)
        guard case .string(let sub)? = payload["sub"], !sub.isEmpty else { throw .invalidSubject }
        let email: String?
        switch payload["email"] {
        case nil, .null?: email = nil
        case .string(let text)?: email = text
        default: throw .invalidClaims
        }
        let iat = try payload["iat"].map { value throws(JWTError) in try numericDate(value) } ?? 0
        return JWTClaims(sub: sub, email: email, iat: iat, exp: exp, nbf: nbf)
    }

    /// RFC 7519 NumericDate: a JSON number of seconds, possibly fractional (truncated here).
    private static func numericDate(_ value: JSONValue) throws(JWTError) -> Int64 {
        guard case .number(let literal) = value, let seconds = Double(literal), seconds.isFinite,
            abs(seconds) < 1e15, let whole = Int64(exactly: seconds.rounded(.down))
        else { throw .invalidClaims }
        return whole
    }
}
