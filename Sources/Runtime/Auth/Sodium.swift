import CSodium

/// The only file that calls libsodium. Everything else in the runtime uses these functions.
///
/// `sodium_init` must run before any other call; it is idempotent and thread-safe itself, and
/// we run it once through a lazily initialised `static let` (Swift guarantees one execution).
enum Sodium {
    /// True when libsodium initialised (it fails only if no entropy source is available).
    private static let initialized: Bool = sodium_init() >= 0

    /// Every public entry point calls this; crypto with an uninitialised library is not an option.
    private static func ensureInitialized() throws(SodiumError) {
        guard initialized else { throw SodiumError(call: "sodium_init") }
    }

    // MARK: - Argon2id password hashing

    /// Argon2id cost: libsodium's "interactive" preset (2 passes over 64 MiB), about 50–100 ms
    /// on a current server core — slow for guessing, fast enough for a login request.
    static var passwordHashOpsLimit: UInt64 { UInt64(crypto_pwhash_opslimit_interactive()) }
    static var passwordHashMemLimit: Int { Int(crypto_pwhash_memlimit_interactive()) }

    /// An encoded `$argon2id$v=19$m=…,t=…,p=1$salt$hash` string with a fresh random salt.
    static func passwordHash(_ password: [UInt8]) throws(SodiumError) -> String {
        try ensureInitialized()
        var output = [CChar](repeating: 0, count: Int(crypto_pwhash_strbytes()))
        let status = withNonNullPointer(password) { pointer, count in
            pointer.withMemoryRebound(to: CChar.self, capacity: max(count, 1)) { chars in
                crypto_pwhash_str_alg(
                    &output, chars, UInt64(count), passwordHashOpsLimit, passwordHashMemLimit,
                    crypto_pwhash_alg_argon2id13())
            }
        }
        guard status == 0 else { throw SodiumError(call: "crypto_pwhash_str_alg") }
        let bytes = output.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True if `password` matches the encoded `hash`; false for a mismatch or a malformed hash.
    static func passwordVerify(_ password: [UInt8], hash: String) -> Bool {
        guard (try? ensureInitialized()) != nil else { return false }
        return hash.withCString { hashPointer in
            withNonNullPointer(password) { pointer, count in
                pointer.withMemoryRebound(to: CChar.self, capacity: max(count, 1)) { chars in
                    crypto_pwhash_str_verify(hashPointer, chars, UInt64(count)) == 0
                }
            }
        }
    }

    /// True if `hash` was made with other parameters than the current ones (or is malformed).
    static func passwordHashNeedsRehash(_ hash: String) -> Bool {
        guard (try? ensureInitialized()) != nil else { return true }
        return hash.withCString { crypto_pwhash_str_needs_rehash($0, passwordHashOpsLimit, passwordHashMemLimit) != 0 }
    }

    // MARK: - HMAC-SHA-256

    /// HMAC-SHA-256 of the concatenation of `parts`, with a key of any length (RFC 2104).
    static func hmacSHA256(key: [UInt8], parts: [[UInt8]]) throws(SodiumError) -> [UInt8] {
        try ensureInitialized()
        var state = crypto_auth_hmacsha256_state()
        var mac = [UInt8](repeating: 0, count: Int(crypto_auth_hmacsha256_bytes()))
        withNonNullPointer(key) { pointer, count in
            _ = crypto_auth_hmacsha256_init(&state, pointer, count)
        }
        for part in parts {
            withNonNullPointer(part) { pointer, count in
                _ = crypto_auth_hmacsha256_update(&state, pointer, UInt64(count))
            }
        }
        _ = crypto_auth_hmacsha256_final(&state, &mac)
        sodium_memzero(&state, MemoryLayout<crypto_auth_hmacsha256_state>.size)
        return mac
    }

    // MARK: - Utilities

    /// Constant-time equality (time depends on the length only, never on where bytes differ).
    static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard !lhs.isEmpty else { return true }
        return lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in
                guard let a = left.baseAddress, let b = right.baseAddress else { return false }
                return sodium_memcmp(a, b, left.count) == 0
            }
        }
    }

    /// `count` bytes from the kernel CSPRNG.
    static func randomBytes(_ count: Int) throws(SodiumError) -> [UInt8] {
        try ensureInitialized()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { randombytes_buf(base, buffer.count) }
        }
        return bytes
    }

    /// Calls `body` with a non-null pointer to `bytes` and its length: libsodium declares its
    /// pointers `nonnull` even for zero-length input, and an empty array may have no storage.
    private static func withNonNullPointer<R>(_ bytes: [UInt8], _ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
        let storage = bytes.isEmpty ? [0] : bytes
        return storage.withUnsafeBufferPointer { buffer in
            // A non-empty array always has a base address.
            body(buffer.baseAddress!, bytes.count)
        }
    }
}

/// A libsodium call failed (out of memory for Argon2, or no entropy at start-up).
public struct SodiumError: Error, Sendable, CustomStringConvertible {
    /// The C function that failed.
    public var call: String
    public var description: String { "libsodium \(call) failed" }
}
