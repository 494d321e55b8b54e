/// The claims this server issues and reads. Times are seconds since the Unix epoch.
public struct JWTClaims: Sendable, Equatable {
    /// The user's id (a UUID string for tokens we issue).
    public var sub: String
    public var email: String?
    public var iat: Int64
    /// Absent in a token means it never expires: the contract accepts any HS256 token with a
    /// valid subject and rejects only an `exp` in the past (python-jose behaves the same).
    public var exp: Int64?
    public var nbf: Int64?

    public init(sub: String, email: String?, iat: Int64, exp: Int64?, nbf: Int64? = nil) {
        self.sub = sub
        self.email = email
        self.iat = iat
        self.exp = exp
        self.nbf = nbf
    }
}
