import RuntimeCore
import XCTest

@testable import RuntimeAuth

final class BearerAuthenticatorTests: XCTestCase {
    let authenticator = BearerAuthenticator(signer: JWTSigner(secret: "bearer-test-secret"))
    let now: Int64 = 1_800_000_000

    private func request(_ authorization: String?) -> Request {
        var headers = HTTPHeaders()
        if let authorization { headers.add("Authorization", authorization) }
        return Request(method: .GET, target: "/api/auth/me", path: "/api/auth/me", headers: headers)
    }

    private func detail(_ authorization: String?) -> String? {
        do {
            _ = try authenticator.claims(request(authorization), now: now)
            return nil
        } catch {
            XCTAssertEqual(error.status, 401)
            XCTAssertEqual(error.headers["WWW-Authenticate"], "Bearer")
            return error.detail
        }
    }

    func testAcceptsBearerWithAnyCasing() throws {
        let token = authenticator.signer.sign(JWTClaims(sub: "u1", email: nil, iat: now, exp: now + 60))
        for scheme in ["Bearer", "bearer", "BEARER"] {
            XCTAssertEqual(try authenticator.claims(request("\(scheme) \(token)"), now: now).sub, "u1")
        }
        XCTAssertEqual(try authenticator.claims(request("Bearer   \(token)  "), now: now).sub, "u1")
    }

    func testRejections() {
        let expired = authenticator.signer.sign(JWTClaims(sub: "u1", email: nil, iat: now - 100, exp: now - 1))
        XCTAssertEqual(detail(nil), "Not authenticated")
        for bad in [
            "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Token abc", "Bearer abc", "Bearer \(expired)",
            "Bearer a.b.c", "Bearerx.y.z",
        ] {
            XCTAssertEqual(detail(bad), "Invalid authentication credentials", bad)
        }
    }
}
