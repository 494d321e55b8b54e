import Foundation
import PostgresTestCluster
import XCTest

/// Contract § Auth, tokens: every rejection is 401 with `WWW-Authenticate: Bearer`, on both an
/// auth endpoint (`/api/auth/me`) and a task endpoint.
final class JWTTests: TodoTestCase {
    private var now: Int { Int(Date().timeIntervalSince1970) }
    private let secret = ServerProcess.secret

    /// Asserts `authorization` is rejected on /me and on the user's task list.
    private func assertRejected(
        _ authorization: String?, for user: TestUser, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let headers = authorization.map { [("Authorization", $0)] } ?? []
        assert401(try client.get("/api/auth/me", headers: headers), "me: \(message)", file: file, line: line)
        assert401(try client.get(user.tasksPath, headers: headers), "tasks: \(message)", file: file, line: line)
        assert401(
            try client.request("POST", user.tasksPath, headers: headers, json: #"{"title":"x"}"#), "create: \(message)", file: file,
            line: line)
    }

    private func assertAccepted(
        _ authorization: String, for user: TestUser, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let me = try client.get("/api/auth/me", headers: [("Authorization", authorization)])
        assertStatus(me, 200, "me: \(message)", file: file, line: line)
        XCTAssertEqual(me.json?["id"]?.stringValue, user.id, file: file, line: line)
        assertStatus(
            try client.get(user.tasksPath, headers: [("Authorization", authorization)]), 200, "tasks: \(message)", file: file, line: line)
    }

    func testMissingHeaderAndWrongScheme() throws {
        let user = try signup()
        try assertRejected(nil, for: user, "no header")
        try assertRejected("", for: user, "empty header")
        try assertRejected("Basic \(Data("a:b".utf8).base64EncodedString())", for: user, "Basic")
        try assertRejected("Token \(user.token)", for: user, "Token scheme")
        try assertRejected("Bearer", for: user, "scheme only")
        try assertRejected("Bearer ", for: user, "scheme and space")
        try assertRejected(user.token, for: user, "token without scheme")
        try assertRejected("Bearer \(user.token) extra", for: user, "trailing junk")
    }

    func testSchemeWordIsCaseInsensitive() throws {
        let user = try signup()
        try assertAccepted("Bearer \(user.token)", for: user, "Bearer")
        try assertAccepted("bearer \(user.token)", for: user, "bearer")
        try assertAccepted("BEARER \(user.token)", for: user, "BEARER")
    }

    func testMalformedTokens() throws {
        let user = try signup()
        for garbage in [
            "garbage", "a.b.c", "a.b", "....", "eyJhbGciOiJIUzI1NiJ9..", "\(user.token).extra",
            String(repeating: "A", count: 10_000), "ünïcode.tøken.x",
        ] {
            try assertRejected("Bearer \(garbage)", for: user, "garbage \(garbage.prefix(20))")
        }
        let badJSON = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: "not json", secret: secret, algorithm: .hs256)
        try assertRejected("Bearer \(badJSON)", for: user, "claims not JSON")
        let noSub = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: #"{"exp":\#(now + 600),"iat":\#(now)}"#, secret: secret,
            algorithm: .hs256)
        try assertRejected("Bearer \(noSub)", for: user, "no sub")
        let numericSub = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: #"{"sub":5,"exp":\#(now + 600),"iat":\#(now)}"#, secret: secret,
            algorithm: .hs256)
        try assertRejected("Bearer \(numericSub)", for: user, "numeric sub")
        let stringExp = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","exp":"\#(now + 600)","iat":\#(now)}"#,
            secret: secret, algorithm: .hs256)
        try assertRejected("Bearer \(stringExp)", for: user, "exp as string")
        let notUUID = TokenForge.token(sub: "not-a-uuid", secret: secret)
        try assertRejected("Bearer \(notUUID)", for: user, "sub not a uuid")
    }

    func testOnlyHS256IsAccepted() throws {
        let user = try signup()
        let none = TokenForge.token(sub: user.id, secret: secret, algorithm: .none)
        try assertRejected("Bearer \(none)", for: user, "alg none")
        for variant in ["None", "NONE", "nOnE"] {
            let token = TokenForge.token(
                headerJSON: #"{"alg":"\#(variant)","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","iat":\#(now),"exp":\#(now + 600)}"#,
                secret: secret, algorithm: .none)
            try assertRejected("Bearer \(token)", for: user, "alg \(variant)")
        }
        // alg none, but carrying a valid HS256 signature of the same input.
        let noneSigned = TokenForge.token(
            headerJSON: #"{"alg":"none","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","iat":\#(now),"exp":\#(now + 600)}"#,
            secret: secret, algorithm: .hs256)
        try assertRejected("Bearer \(noneSigned)", for: user, "alg none with HMAC")
        let hs512 = TokenForge.token(sub: user.id, secret: secret, algorithm: .hs512)
        try assertRejected("Bearer \(hs512)", for: user, "HS512")
        let hs384Header = TokenForge.token(
            headerJSON: #"{"alg":"HS384","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","iat":\#(now),"exp":\#(now + 600)}"#,
            secret: secret, algorithm: .hs256)
        try assertRejected("Bearer \(hs384Header)", for: user, "HS384 header")
        let rs256Header = TokenForge.token(
            headerJSON: #"{"alg":"RS256","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","iat":\#(now),"exp":\#(now + 600)}"#,
            secret: secret, algorithm: .hs256)
        try assertRejected("Bearer \(rs256Header)", for: user, "RS256 header")
        let noAlg = TokenForge.token(
            headerJSON: #"{"typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","iat":\#(now),"exp":\#(now + 600)}"#, secret: secret,
            algorithm: .hs256)
        try assertRejected("Bearer \(noAlg)", for: user, "no alg")
    }

    func testSignatureMustMatchTheSecret() throws {
        let user = try signup()
        let otherSecret = TokenForge.token(sub: user.id, secret: "another-secret-of-at-least-32-characters")
        try assertRejected("Bearer \(otherSecret)", for: user, "other secret")
        var parts = user.token.split(separator: ".").map(String.init)
        guard parts.count == 3 else { return XCTFail("not a JWS compact token: \(user.token)") }
        let signature = parts[2]
        parts[2] = String(signature.dropLast()) + (signature.hasSuffix("A") ? "Q" : "A")
        try assertRejected("Bearer \(parts.joined(separator: "."))", for: user, "flipped signature")
        try assertRejected("Bearer \(parts[0]).\(parts[1]).", for: user, "stripped signature")
        // A payload swapped under the original signature (privilege escalation attempt).
        let other = try signup()
        let otherPayload = other.token.split(separator: ".").dropFirst().first ?? ""
        try assertRejected("Bearer \(parts[0]).\(otherPayload).\(signature)", for: other, "swapped payload")
    }

    func testExpiryAndNotBefore() throws {
        let user = try signup()
        let expired = TokenForge.token(sub: user.id, issuedAt: now - 7200, expiresIn: 3600, secret: secret)
        try assertRejected("Bearer \(expired)", for: user, "expired an hour ago")
        let justExpired = TokenForge.token(sub: user.id, issuedAt: now - 120, expiresIn: 60, secret: secret)
        try assertRejected("Bearer \(justExpired)", for: user, "expired a minute ago")
        let future = TokenForge.token(sub: user.id, notBefore: now + 3600, secret: secret)
        try assertRejected("Bearer \(future)", for: user, "nbf in an hour")
        let past = TokenForge.token(sub: user.id, notBefore: now - 60, secret: secret)
        try assertAccepted("Bearer \(past)", for: user, "nbf in the past")
    }

    func testForeignIssuerAcceptedForExistingUser() throws {
        let user = try signup()
        let foreign = TokenForge.token(sub: user.id, email: "whatever@frontend.example", expiresIn: 60, secret: secret)
        try assertAccepted("Bearer \(foreign)", for: user, "token minted by another HS256 issuer")
    }

    func testHeaderVariantsOfHS256AreAccepted() throws {
        let user = try signup()
        let claims = #"{"sub":"\#(user.id)","email":"\#(user.email)","iat":\#(now),"exp":\#(now + 600)}"#
        for header in [#"{"alg":"HS256"}"#, #"{"typ":"JWT","alg":"HS256"}"#, #"{"alg":"HS256","typ":"JWT","kid":"key-1"}"#] {
            let token = TokenForge.token(headerJSON: header, claimsJSON: claims, secret: secret, algorithm: .hs256)
            try assertAccepted("Bearer \(token)", for: user, header)
        }
        let minimal = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","exp":\#(now + 600)}"#, secret: secret,
            algorithm: .hs256)
        try assertAccepted("Bearer \(minimal)", for: user, "no email, no iat")
        let extra = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#,
            claimsJSON: #"{"sub":"\#(user.id)","exp":\#(now + 600),"iss":"frontend","aud":"api","role":"admin","session":{"id":1}}"#,
            secret: secret, algorithm: .hs256)
        try assertAccepted("Bearer \(extra)", for: user, "extra claims (iss, aud, nested)")
    }

    func testNumericDatesMayBeFractional() throws {
        // RFC 7519 NumericDate allows fractions.
        let user = try signup()
        let fractional = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","iat":\#(now).25,"exp":\#(now + 600).5}"#,
            secret: secret, algorithm: .hs256)
        try assertAccepted("Bearer \(fractional)", for: user, "fractional exp")
        let fractionalPast = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","exp":\#(now - 600).5}"#, secret: secret,
            algorithm: .hs256)
        try assertRejected("Bearer \(fractionalPast)", for: user, "fractional exp in the past")
    }

    func testTokenWithoutExpIsAccepted() throws {
        // The contract accepts "any HS256 token signed with BETTER_AUTH_SECRET whose sub is an
        // existing user" and lists only a past exp as an expiry rejection; python-jose agrees.
        let user = try signup()
        let noExp = TokenForge.token(
            headerJSON: #"{"alg":"HS256","typ":"JWT"}"#, claimsJSON: #"{"sub":"\#(user.id)","iat":\#(now)}"#, secret: secret,
            algorithm: .hs256)
        try assertAccepted("Bearer \(noExp)", for: user, "no exp (the reference, python-jose, accepts it)")
    }

    func testTokenForNonexistentUser() throws {
        let user = try signup()
        let ghost = UUID().uuidString.lowercased()
        let token = TokenForge.token(sub: ghost, secret: secret)
        assert401(try client.get("/api/auth/me", token: token), "me")
        assert401(try client.get("/api/\(ghost)/tasks", token: token), "own path of ghost")
        assert401(try client.request("POST", "/api/\(ghost)/tasks", token: token, json: #"{"title":"x"}"#), "create under ghost")
        assert401(try client.get(user.tasksPath, token: token), "real user's path")
        assert401(try client.request("PATCH", "/api/\(ghost)/tasks/1/complete", token: token), "complete")
    }

    func testTokenForDeletedUser() throws {
        let user = try signup()
        try createTask(user, title: "soon orphaned")
        let url = try XCTUnwrap(SharedServer.databaseURL)
        try TestCluster.execute("DELETE FROM users WHERE id = '\(user.id)'", url: url)
        assert401(try client.get("/api/auth/me", token: user.token), "me after delete")
        assert401(try client.get(user.tasksPath, token: user.token), "tasks after delete")
        assert401(try client.request("POST", user.tasksPath, token: user.token, json: #"{"title":"x"}"#), "create after delete")
    }
}
