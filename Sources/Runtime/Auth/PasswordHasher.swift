/// Argon2id password hashing (libsodium's "interactive" cost: t=2, m=64 MiB, ≈50–120 ms).
///
/// The synchronous functions burn CPU for that long on the calling thread. Request handlers
/// should call the `…InBackground` variants, which run on `CPUWorkQueue` threads so neither
/// an event loop nor the Swift concurrency pool is blocked.
public enum PasswordHasher {
    /// A salted Argon2id hash in the standard encoded form (`$argon2id$v=19$…`).
    public static func hash(_ password: String) throws -> String {
        try Sodium.passwordHash(Array(password.utf8))
    }

    /// True if `password` matches `hash`; false for a wrong password or an unreadable hash.
    public static func verify(_ password: String, against hash: String) -> Bool {
        Sodium.passwordVerify(Array(password.utf8), hash: hash)
    }

    /// Spends the time of one `verify` on a fixed dummy hash, so a login for an unknown email
    /// takes as long as one with a wrong password and does not reveal which emails exist.
    public static func burnVerification(_ password: String) {
        _ = Sodium.passwordVerify(Array(password.utf8), hash: dummyHash)
    }

    /// True if `hash` uses other cost parameters than the current ones (rehash after login).
    public static func needsRehash(_ hash: String) -> Bool {
        Sodium.passwordHashNeedsRehash(hash)
    }

    /// `hash` on a `CPUWorkQueue` thread. Throws 503 (`HTTPError`) when too many hashes are
    /// queued, or when the request's client left before its turn.
    public static func hashInBackground(_ password: String) async throws -> String {
        try await CPUWorkQueue.run { try Sodium.passwordHash(Array(password.utf8)) }
    }

    /// `verify` on a `CPUWorkQueue` thread; throws as `hashInBackground`.
    public static func verifyInBackground(_ password: String, against hash: String) async throws -> Bool {
        try await CPUWorkQueue.run { verify(password, against: hash) }
    }

    /// `burnVerification` on a `CPUWorkQueue` thread; throws as `hashInBackground`.
    public static func burnVerificationInBackground(_ password: String) async throws {
        try await CPUWorkQueue.run { burnVerification(password) }
    }

    /// Hash of a throw-away password made with the current parameters (a test checks that
    /// `needsRehash(dummyHash)` is false, so it costs exactly what a real verification costs).
    static let dummyHash =
        "$argon2id$v=19$m=65536,t=2,p=1$NgYfvCONz8AbEZkO5ax/TQ$oODadw0kQivslJ8jeuVgSbtXBpr6U2h33Slbbw1fRZk"
}
