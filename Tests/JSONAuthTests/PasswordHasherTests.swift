import XCTest

@testable import RuntimeAuth

final class PasswordHasherTests: XCTestCase {
    func testHashAndVerify() throws {
        let hash = try PasswordHasher.hash("correct horse battery staple")
        XCTAssertTrue(hash.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$"))
        XCTAssertTrue(PasswordHasher.verify("correct horse battery staple", against: hash))
        XCTAssertFalse(PasswordHasher.verify("correct horse battery stapl", against: hash))
        XCTAssertFalse(PasswordHasher.verify("", against: hash))
        XCTAssertNotEqual(try PasswordHasher.hash("correct horse battery staple"), hash, "salted")
        XCTAssertFalse(PasswordHasher.needsRehash(hash))
    }

    func testUnusualPasswordsAndHashes() throws {
        let unicode = "pässwörd 😀 \u{0}x"
        let hash = try PasswordHasher.hash(unicode)
        XCTAssertTrue(PasswordHasher.verify(unicode, against: hash))
        XCTAssertFalse(PasswordHasher.verify("pässwörd 😀 ", against: hash))
        XCTAssertTrue(PasswordHasher.verify("", against: try PasswordHasher.hash("")))
        for bad in ["", "plain", "$argon2id$", "$2b$12$abcdefghijklmnopqrstuu", String(repeating: "$", count: 500)] {
            XCTAssertFalse(PasswordHasher.verify("x", against: bad), bad)
        }
    }

    func testBurnVerificationUsesCurrentParameters() {
        XCTAssertFalse(PasswordHasher.needsRehash(PasswordHasher.dummyHash))
        let start = ContinuousClock.now
        PasswordHasher.burnVerification("whatever")
        XCTAssertGreaterThan(ContinuousClock.now - start, .milliseconds(10), "burn must cost a real verification")
    }

    func testBackgroundVariants() async throws {
        let hash = try await PasswordHasher.hashInBackground("s3cret-pass")
        async let good = try PasswordHasher.verifyInBackground("s3cret-pass", against: hash)
        async let bad = try PasswordHasher.verifyInBackground("wrong", against: hash)
        let results = try await (good, bad)
        XCTAssertTrue(results.0)
        XCTAssertFalse(results.1)
        try await PasswordHasher.burnVerificationInBackground("x")
    }
}
