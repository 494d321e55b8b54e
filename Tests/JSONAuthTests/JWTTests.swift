import RuntimeJSON
import XCTest

@testable import RuntimeAuth

final class JWTTests: XCTestCase {
    let signer = JWTSigner(secret: "test-secret-that-is-long-enough-0123456789")
    let now: Int64 = 1_800_000_000

    private func claims(exp: Int64? = nil, nbf: Int64? = nil) -> JWTClaims {
        JWTClaims(sub: "7c9e6679-7425-40de-944b-e07fc1f90ae7", email: "a@b.co", iat: now, exp: exp ?? now + 3600, nbf: nbf)
    }

    /// A token with any header and payload, correctly HMAC-SHA-256 signed with `secret`.
    private func forge(header: String, payload: String, secret: String? = nil) throws -> String {
        let input = Base64.encode(Array(header.utf8), alphabet: .url) + "." + Base64.encode(Array(payload.utf8), alphabet: .url)
        let key = Array((secret ?? "test-secret-that-is-long-enough-0123456789").utf8)
        return input + "." + Base64.encode(try Sodium.hmacSHA256(key: key, parts: [Array(input.utf8)]), alphabet: .url)
    }

    private func assertRejected(_ token: String, _ expected: JWTError, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try signer.verify(token, now: now), file: file, line: line) { error in
            XCTAssertEqual(error as? JWTError, expected, file: file, line: line)
        }
    }

    func testRoundTrip() throws {
        let token = signer.sign(claims(nbf: now - 10))
        XCTAssertTrue(token.hasPrefix("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."))
        XCTAssertEqual(try signer.verify(token, now: now), claims(nbf: now - 10))
        let segments = token.split(separator: ".")
        XCTAssertEqual(segments.count, 3)
        XCTAssertFalse(token.contains("="))
        let payload = try XCTUnwrap(Base64.decode(segments[1], alphabet: .url))
        XCTAssertEqual(
            String(decoding: payload, as: UTF8.self),
            #"{"sub":"7c9e6679-7425-40de-944b-e07fc1f90ae7","email":"a@b.co","iat":1800000000,"exp":1800003600,"nbf":1799999990}"#)
    }

    func testHMACKnownAnswer() throws {
        // RFC 4231 test case 2.
        let mac = try Sodium.hmacSHA256(key: Array("Jefe".utf8), parts: [Array("what do ya want ".utf8), Array("for nothing?".utf8)])
        XCTAssertEqual(mac.map { String(format: "%02x", $0) }.joined(), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // A key longer than the block size is hashed first (RFC 4231 test case 6).
        let long = try Sodium.hmacSHA256(
            key: [UInt8](repeating: 0xAA, count: 131),
            parts: [Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)])
        XCTAssertEqual(long.map { String(format: "%02x", $0) }.joined(), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    func testInteroperatesWithOtherIssuers() throws {
        // jwt.io's example token: valid signature and no `exp`, so it is accepted (it never expires).
        let jwtio =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        XCTAssertEqual(try JWTSigner(secret: "your-256-bit-secret").verify(jwtio, now: now).sub, "1234567890")
        XCTAssertThrowsError(try JWTSigner(secret: "another-secret-of-sufficient-len").verify(jwtio, now: now)) {
            XCTAssertEqual($0 as? JWTError, .badSignature)
        }
        // Spaces in the JSON, other header fields, extra claims, fractional dates: accepted.
        let token = try forge(
            header: #"{ "typ": "JWT", "alg": "HS256", "kid": "k1" }"#,
            payload: #"{"sub":"u1","exp":1800000100.5,"iat":1.7e9,"role":["x"]}"#)
        XCTAssertEqual(try signer.verify(token, now: now), JWTClaims(sub: "u1", email: nil, iat: 1_700_000_000, exp: 1_800_000_100))
    }

    func testAlgorithmMustBeHS256() throws {
        let payload = #"{"sub":"u1","exp":1900000000}"#
        for alg in [#""none""#, #""HS512""#, #""RS256""#, #""hs256""#, #""HS256 ""#, "null", "256"] {
            assertRejected(try forge(header: #"{"alg":\#(alg),"typ":"JWT"}"#, payload: payload), .unsupportedAlgorithm)
        }
        assertRejected(try forge(header: #"{"typ":"JWT"}"#, payload: payload), .unsupportedAlgorithm)
        // The classic `alg: none` shape with an empty signature segment.
        let unsigned =
            Base64.encode(Array(#"{"alg":"none"}"#.utf8), alphabet: .url) + "."
            + Base64.encode(Array(payload.utf8), alphabet: .url) + "."
        assertRejected(unsigned, .malformed)
        assertRejected(try forge(header: #"{"alg":"HS256","crit":["exp"]}"#, payload: payload), .invalidHeader)
        assertRejected(try forge(header: #"["HS256"]"#, payload: payload), .invalidHeader)
        assertRejected(try forge(header: #"{"alg":"HS256","alg":"none"}"#, payload: payload), .invalidHeader)
    }

    func testSignatureRules() throws {
        let token = signer.sign(claims())
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: #"{"sub":"u","exp":1900000000}"#, secret: "other"), .badSignature)
        var segments = token.split(separator: ".").map(String.init)
        let original = segments[2]
        segments[2] = String(original.dropLast()) + (original.hasSuffix("A") ? "Q" : "A")
        assertRejected(segments.joined(separator: "."), .badSignature)
        segments[2] = String(original.dropLast(4))
        XCTAssertThrowsError(try signer.verify(segments.joined(separator: "."), now: now))
        // A payload changed after signing.
        segments[2] = original
        segments[1] = Base64.encode(Array(#"{"sub":"admin","exp":1900000000}"#.utf8), alphabet: .url)
        assertRejected(segments.joined(separator: "."), .badSignature)
        XCTAssertThrowsError(try JWTSigner(secret: "different").verify(token, now: now))
    }

    func testTimeRules() throws {
        assertRejected(signer.sign(claims(exp: now)), .expired)
        assertRejected(signer.sign(claims(exp: now - 1)), .expired)
        XCTAssertNoThrow(try signer.verify(signer.sign(claims(exp: now + 1)), now: now))
        assertRejected(signer.sign(claims(nbf: now + 1)), .notYetValid)
        XCTAssertNoThrow(try signer.verify(signer.sign(claims(nbf: now)), now: now))
        // No `exp` means no expiry (the contract rejects only an `exp` in the past); a null is malformed.
        XCTAssertEqual(try signer.verify(try forge(header: #"{"alg":"HS256"}"#, payload: #"{"sub":"u"}"#), now: now).exp, nil)
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: #"{"sub":"u","exp":null}"#), .invalidClaims)
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: #"{"sub":"u","exp":"1900000000"}"#), .invalidClaims)
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: #"{"sub":"u","exp":1e400}"#), .invalidClaims)
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: #"{"sub":"u","exp":1900000000,"nbf":"0"}"#), .invalidClaims)
    }

    func testSubjectRules() throws {
        for payload in [
            #"{"exp":1900000000}"#, #"{"sub":42,"exp":1900000000}"#, #"{"sub":"","exp":1900000000}"#,
            #"{"sub":null,"exp":1900000000}"#,
        ] {
            assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: payload), .invalidSubject)
        }
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: #"{"sub":"u","exp":1900000000,"email":5}"#), .invalidClaims)
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: "[1]"), .invalidClaims)
        assertRejected(try forge(header: #"{"alg":"HS256"}"#, payload: "not json"), .invalidClaims)
    }

    func testGarbage() {
        let token = signer.sign(claims())
        for garbage in [
            "", ".", "..", "a.b", "a.b.c.d", "a..c", token + ".", token + "x.", "é.é.é",
            String(token.dropLast()) + "+", token + "=", " " + token,
            String(repeating: "a", count: 10_000) + ".b.c",
        ] {
            XCTAssertThrowsError(try signer.verify(garbage, now: now), garbage.prefix(40).description)
        }
        assertRejected("a.b.c", .malformed)
        assertRejected("!!.b.c", .malformed)
    }

    /// A verified token is cached by its exact text; the clock is still checked on every use and
    /// a token that differs in any byte is verified from scratch.
    func testCachedTokensStillExpireAndNeverVouchForOthers() throws {
        let signer = JWTSigner(secret: "cache-test-secret-0123456789abcdef")
        let token = signer.sign(claims(exp: now + 60, nbf: now - 60))
        XCTAssertEqual(try signer.verify(token, now: now).sub, claims().sub)
        XCTAssertEqual(signer.verified.count, 1)
        XCTAssertEqual(try signer.verify(token, now: now + 59).exp, now + 60, "served from the cache")
        XCTAssertThrowsError(try signer.verify(token, now: now + 60)) { XCTAssertEqual($0 as? JWTError, .expired) }
        XCTAssertThrowsError(try signer.verify(token, now: now - 61)) { XCTAssertEqual($0 as? JWTError, .notYetValid) }
        var tampered = Array(token.utf8)
        tampered[tampered.count - 2] = tampered[tampered.count - 2] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        XCTAssertThrowsError(try signer.verify(String(decoding: tampered, as: UTF8.self), now: now)) {
            XCTAssertEqual($0 as? JWTError, .badSignature)
        }
        XCTAssertThrowsError(try JWTSigner(secret: "another-secret-0123456789abcdef").verify(token, now: now))
        // Canonically equivalent to a cached token's text (String ==), but not the same bytes.
        let withK = try XCTUnwrap(
            (0..<100).lazy.map { signer.sign(JWTClaims(sub: "user-\($0)", email: nil, iat: self.now, exp: nil)) }
                .first { $0.utf8.contains(UInt8(ascii: "K")) })
        XCTAssertNoThrow(try signer.verify(withK, now: now))
        let kelvin = String(decoding: withK.utf8.flatMap { $0 == UInt8(ascii: "K") ? Array("\u{212A}".utf8) : [$0] }, as: UTF8.self)
        XCTAssertEqual(kelvin, withK, "Swift compares canonically; the cache must not")
        XCTAssertThrowsError(try signer.verify(kelvin, now: now)) { XCTAssertEqual($0 as? JWTError, .malformed) }
        XCTAssertEqual(signer.verified.count, 2, "failures are not cached")
        for index in 0..<(VerifiedTokenCache.capacity + 1) {
            _ = try signer.verify(signer.sign(JWTClaims(sub: "user-\(index)", email: nil, iat: now, exp: nil)), now: now)
        }
        XCTAssertLessThanOrEqual(signer.verified.count, VerifiedTokenCache.capacity, "bounded")
    }
}
