import Runtime
import XCTest

/// Contract § Auth: signup, login, me, email and password rules.
final class AuthTests: TodoTestCase {
    func testSignupReturnsTokenAndUserWithoutPasswordHash() throws {
        let email = Self.uniqueEmail("shape")
        let response = try client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(email)","password":"s3cret-password","name":"Ada"}"#)
        assertStatus(response, 201)
        let json = try XCTUnwrap(response.json)
        XCTAssertEqual(json.objectKeys, ["access_token", "token_type", "expires_in", "user"])
        XCTAssertEqual(json["token_type"]?.stringValue, "bearer")
        XCTAssertEqual(json["expires_in"]?.intValue, 604_800)
        let user = try XCTUnwrap(json["user"])
        XCTAssertEqual(user.objectKeys, ["id", "email", "name", "created_at"])
        XCTAssertNotNil(UUID(uuidString: user["id"]?.stringValue ?? ""))
        XCTAssertEqual(user["id"]?.stringValue, user["id"]?.stringValue?.lowercased())
        XCTAssertEqual(user["email"]?.stringValue, email)
        XCTAssertEqual(user["name"]?.stringValue, "Ada")
        XCTAssertNotNil(microseconds(user["created_at"]), "created_at not RFC 3339")
        XCTAssertFalse(response.text.contains("argon2"), "hash leaked")
        XCTAssertFalse(response.text.contains("password"), "password field leaked: \(response.text)")
        XCTAssertTrue(response.header("Content-Type")?.hasPrefix("application/json") ?? false)
    }

    func testIssuedTokenIsHS256WithDocumentedClaims() throws {
        let user = try signup()
        let parts = user.token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return XCTFail("not a JWS compact token: \(user.token)") }
        let header = try JSONParser.parse(try XCTUnwrap(TokenForge.decodeBase64URL(parts[0])))
        XCTAssertEqual(header["alg"]?.stringValue, "HS256")
        XCTAssertEqual(header["typ"]?.stringValue, "JWT")
        let claims = try JSONParser.parse(try XCTUnwrap(TokenForge.decodeBase64URL(parts[1])))
        XCTAssertEqual(claims["sub"]?.stringValue, user.id)
        XCTAssertEqual(claims["email"]?.stringValue, user.email)
        let iat = try XCTUnwrap(claims["iat"]?.intValue)
        let exp = try XCTUnwrap(claims["exp"]?.intValue)
        XCTAssertEqual(exp - iat, 604_800)
        XCTAssertLessThan(abs(iat - Int(Date().timeIntervalSince1970)), 60)
        let expected = TokenForge.base64URL(
            TokenForge.hmacSHA256(key: Array(ServerProcess.secret.utf8), message: Array("\(parts[0]).\(parts[1])".utf8)))
        XCTAssertEqual(String(parts[2]), expected, "not signed with BETTER_AUTH_SECRET")
    }

    func testNameIsOptionalAndNullable() throws {
        let absent = try client.request("POST", "/api/auth/signup", json: #"{"email":"\#(Self.uniqueEmail())","password":"password1"}"#)
        assertStatus(absent, 201)
        XCTAssertEqual(absent.json?["user"]?["name"], .null)
        let null = try client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(Self.uniqueEmail())","password":"password1","name":null}"#)
        assertStatus(null, 201)
        XCTAssertEqual(null.json?["user"]?["name"], .null)
        let hundred = try client.request(
            "POST", "/api/auth/signup",
            json: #"{"email":"\#(Self.uniqueEmail())","password":"password1","name":"\#(String(repeating: "é", count: 100))"}"#)
        assertStatus(hundred, 201, "100 code points is the limit")
        let long = try client.request(
            "POST", "/api/auth/signup",
            json: #"{"email":"\#(Self.uniqueEmail())","password":"password1","name":"\#(String(repeating: "n", count: 101))"}"#)
        assert422(long, locs: ["body.name"])
        let number = try client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(Self.uniqueEmail())","password":"password1","name":5}"#)
        assert422(number, locs: ["body.name"])
    }

    func testEmailIsStoredLowerCasedAndUniqueIgnoringCase() throws {
        let local = "Mixed.Case-\(UUID().uuidString.prefix(8))"
        let created = try client.request("POST", "/api/auth/signup", json: #"{"email":"\#(local)@Example.COM","password":"password1"}"#)
        assertStatus(created, 201)
        XCTAssertEqual(created.json?["user"]?["email"]?.stringValue, "\(local.lowercased())@example.com")

        let again = try client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(local.uppercased())@example.com","password":"other-password"}"#)
        assertDetail(again, 409)
        let exact = try client.request(
            "POST", "/api/auth/signup", json: #"{"email":"\#(local.lowercased())@example.com","password":"other-password"}"#)
        assertDetail(exact, 409)

        for variant in ["\(local)@Example.COM", "\(local.uppercased())@EXAMPLE.COM", "\(local.lowercased())@example.com"] {
            let login = try client.request("POST", "/api/auth/login", json: #"{"email":"\#(variant)","password":"password1"}"#)
            assertStatus(login, 200, variant)
            XCTAssertEqual(login.json?["user"]?["id"], created.json?["user"]?["id"])
            XCTAssertEqual(login.json?["token_type"]?.stringValue, "bearer")
            XCTAssertEqual(login.json?["expires_in"]?.intValue, 604_800)
        }
    }

    func testLoginFailuresShareOneMessage() throws {
        let user = try signup()
        let wrongPassword = try client.request("POST", "/api/auth/login", json: #"{"email":"\#(user.email)","password":"wrong-password"}"#)
        let unknownEmail = try client.request(
            "POST", "/api/auth/login", json: #"{"email":"\#(Self.uniqueEmail("nobody"))","password":"wrong-password"}"#)
        assertDetail(wrongPassword, 401)
        assertDetail(unknownEmail, 401)
        XCTAssertEqual(wrongPassword.detail, unknownEmail.detail)
        XCTAssertEqual(wrongPassword.header("WWW-Authenticate"), unknownEmail.header("WWW-Authenticate"))
        XCTAssertFalse(wrongPassword.text.contains("wrong-password"))
    }

    func testLoginValidation() throws {
        assert422(try client.request("POST", "/api/auth/login", json: "{}"), locs: ["body.email", "body.password"])
        assert422(
            try client.request("POST", "/api/auth/login", json: #"{"email":1,"password":true}"#), locs: ["body.email", "body.password"])
        assert422(try client.request("POST", "/api/auth/login", json: "[]"), locs: ["body"])
    }

    func testMeReturnsTheUser() throws {
        let user = try signup(name: "Grace")
        let response = try client.get("/api/auth/me", token: user.token)
        assertStatus(response, 200)
        XCTAssertEqual(response.json?.objectKeys, ["id", "email", "name", "created_at"])
        XCTAssertEqual(response.json?["id"]?.stringValue, user.id)
        XCTAssertEqual(response.json?["email"]?.stringValue, user.email)
        XCTAssertEqual(response.json?["name"]?.stringValue, "Grace")
        let login = try client.request(
            "POST", "/api/auth/login",
            json: #"{"email":"\#(user.email)","password":"\#(user.password)","remember_me":true,"extra":{"a":[1]}}"#)
        assertStatus(login, 200, "unknown fields are ignored")
        let token = try XCTUnwrap(login.json?["access_token"]?.stringValue)
        assertStatus(try client.get("/api/auth/me", token: token), 200, "login token")
    }

    func testEmailRules() throws {
        let invalid = [
            "plainaddress", "no-dot@domain", "@example.com", "two@@example.com", "a@b@example.com", "local@", "",
            "with space@example.com", " lead@example.com", "trail@example.com ", "dot@example.com.", "dot@.example.com",
            "dots@example..com",
            String(repeating: "a", count: 243) + "@example.com",  // 255 characters
        ]
        for email in invalid {
            let response = try client.request("POST", "/api/auth/signup", json: #"{"email":\#(jsonString(email)),"password":"password1"}"#)
            assert422(response, locs: ["body.email"], email)
            if !email.isEmpty { XCTAssertFalse(response.text.contains(email), "422 echoes the email") }
        }
        let longest =
            String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 63) + "." + String(repeating: "c", count: 63) + "."
            + String(repeating: "d", count: 57) + ".com"
        XCTAssertEqual(longest.count, 254)
        let accepted = try client.request(
            "POST", "/api/auth/signup",
            json: #"{"email":"\#(UUID().uuidString.prefix(8).lowercased())\#(longest.dropFirst(8))","password":"password1"}"#)
        assertStatus(accepted, 201, "254 characters is the limit")
        // 212 characters as sent, 412 once lower-cased (`İ` → `i` + U+0307): refused at the field,
        // not by the database.
        let grows = String(repeating: "İ", count: 200) + "@example.com"
        assert422(
            try client.request("POST", "/api/auth/signup", json: #"{"email":"\#(grows)","password":"password1"}"#), locs: ["body.email"],
            "grows when lower-cased")
    }

    func testPasswordLengthInCodePoints() throws {
        func signupStatus(_ password: String) throws -> HTTPResponse {
            try client.request("POST", "/api/auth/signup", json: #"{"email":"\#(Self.uniqueEmail())","password":\#(jsonString(password))}"#)
        }
        assert422(try signupStatus("seven77"), locs: ["body.password"])
        assertStatus(try signupStatus("eight888"), 201)
        assertStatus(try signupStatus(String(repeating: "🔑", count: 128)), 201, "128 code points")
        assert422(try signupStatus(String(repeating: "p", count: 129)), locs: ["body.password"])
        assert422(try signupStatus(String(repeating: "🔑", count: 129)), locs: ["body.password"])
        assertStatus(try signupStatus("🔑🔑🔑🔑🔑🔑🔑🔑"), 201, "8 emoji are 8 characters")
    }

    func testSignupValidationListsEveryFieldAndEchoesNothing() throws {
        let response = try client.request(
            "POST", "/api/auth/signup",
            json: #"{"email":"NOT-AN-EMAIL-zqx","password":"tiny-pw","name":\#(jsonString(String(repeating: "Q", count: 101)))}"#)
        assert422(response, locs: ["body.email", "body.password", "body.name"])
        XCTAssertFalse(response.text.contains("NOT-AN-EMAIL-zqx"))
        XCTAssertFalse(response.text.contains("tiny-pw"))
        XCTAssertFalse(response.text.contains("QQQQ"))
        let missing = try client.request("POST", "/api/auth/signup", json: "{}")
        assert422(missing, locs: ["body.email", "body.password"])
        XCTAssertTrue(missing.issues.allSatisfy { $0.type == "missing" }, "\(missing)")
        let wrongTypes = try client.request("POST", "/api/auth/signup", json: #"{"email":["x@y.z"],"password":12345678}"#)
        assert422(wrongTypes, locs: ["body.email", "body.password"])
        XCTAssertFalse(wrongTypes.text.contains("12345678"))
    }
}
