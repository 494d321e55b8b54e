import XCTest

@testable import RuntimePostgres

final class PostgresConfigurationTests: XCTestCase {
    func testDefaults() throws {
        let configuration = try PostgresConfiguration.fromEnvironment([
            "DATABASE_URL": "postgresql://u:p@db.example.com/app?sslmode=require"
        ])
        XCTAssertEqual(configuration.poolSize, 5)
        XCTAssertEqual(configuration.maxOverflow, 10)
        XCTAssertEqual(configuration.acquireTimeout, .milliseconds(5000))
        XCTAssertEqual(configuration.statementTimeout, .milliseconds(10000))
        XCTAssertFalse(configuration.unnamedStatements)
        XCTAssertTrue(configuration.loopPipelining)
        let parameters = try configuration.connectionParameters()
        XCTAssertTrue(parameters.contains { $0.key == "sslmode" && $0.value == "require" })
        XCTAssertTrue(parameters.contains { $0.key == "client_encoding" && $0.value == "UTF8" })
    }

    func testEnvironmentOverrides() throws {
        let configuration = try PostgresConfiguration.fromEnvironment([
            "DATABASE_URL": "host=/tmp dbname=app", "DB_POOL_SIZE": "7", "DB_MAX_OVERFLOW": "0",
            "DB_ACQUIRE_TIMEOUT_MS": "250", "DB_STATEMENT_TIMEOUT_MS": "1500", "DB_PREPARED_STATEMENTS": "off",
            "DB_PIPELINE": "off",
        ])
        XCTAssertEqual(configuration.poolSize, 7)
        XCTAssertEqual(configuration.maxOverflow, 0)
        XCTAssertEqual(configuration.acquireTimeout, .milliseconds(250))
        XCTAssertEqual(configuration.statementTimeout, .milliseconds(1500))
        XCTAssertTrue(configuration.unnamedStatements)
        XCTAssertFalse(configuration.loopPipelining)
        XCTAssertTrue(configuration.sessionSetup.contains("statement_timeout = 1500"))
    }

    func testBadValuesNameTheVariable() {
        let cases: [([String: String], String)] = [
            ([:], "DATABASE_URL is not set"),
            (["DATABASE_URL": "postgresql://host:notaport/db"], "DATABASE_URL is not a valid PostgreSQL connection string"),
            (["DATABASE_URL": "postgresql://h/db?nonsense=1"], "DATABASE_URL is not a valid PostgreSQL connection string"),
            (["DATABASE_URL": "host=h bogus"], "DATABASE_URL"),
            (["DATABASE_URL": "host=h", "DB_POOL_SIZE": "0"], "DB_POOL_SIZE must be an integer"),
            (["DATABASE_URL": "host=h", "DB_MAX_OVERFLOW": "-1"], "DB_MAX_OVERFLOW must be an integer"),
            (["DATABASE_URL": "host=h", "DB_ACQUIRE_TIMEOUT_MS": "soon"], "DB_ACQUIRE_TIMEOUT_MS must be an integer"),
            (["DATABASE_URL": "host=h", "DB_STATEMENT_TIMEOUT_MS": "1.5"], "DB_STATEMENT_TIMEOUT_MS must be an integer"),
            (["DATABASE_URL": "host=h", "DB_PREPARED_STATEMENTS": "maybe"], "DB_PREPARED_STATEMENTS must be on or off"),
            (["DATABASE_URL": "host=h", "DB_PIPELINE": "sometimes"], "DB_PIPELINE must be on or off"),
        ]
        for (env, expected) in cases {
            XCTAssertThrowsError(try PostgresConfiguration.fromEnvironment(env), "\(env)") { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error) does not start with \(expected)")
            }
        }
    }

    func testDefaultURLIsUsedWhenUnset() throws {
        let configuration = try PostgresConfiguration.fromEnvironment(["DATABASE_URL": ""], defaultURL: "host=/tmp/dev")
        XCTAssertEqual(configuration.url, "host=/tmp/dev")
    }

    func testErrorKindsAndResponsesNeverLeakServerText() {
        let unique = PostgresError(
            LibPQServerError(
                sqlState: "23505", message: "duplicate key value violates unique constraint \"users_email_key\"",
                detail: "Key (email)=(secret@example.com) already exists."), connectionBroken: false)
        XCTAssertEqual(unique.kind, .uniqueViolation)
        let body = String(decoding: unique.response().body, as: UTF8.self)
        XCTAssertEqual(unique.response().status, 409)
        XCTAssertEqual(body, #"{"detail":"A record with this email already exists"}"#)
        XCTAssertFalse(unique.description.contains("secret@example.com"))

        XCTAssertEqual(PostgresError.kind(sqlState: "23503"), .foreignKeyViolation)
        XCTAssertEqual(PostgresError.kind(sqlState: "23514"), .checkViolation)
        XCTAssertEqual(PostgresError.kind(sqlState: "40P01"), .serializationFailure)
        XCTAssertEqual(PostgresError.kind(sqlState: "08006"), .connectionUnavailable)
        XCTAssertEqual(PostgresError.kind(sqlState: "22003"), .invalidValue)
        XCTAssertEqual(PostgresError.kind(sqlState: "42P01"), .other)
        XCTAssertEqual(PostgresError(kind: .checkViolation, message: "x").response().status, 422)
        XCTAssertEqual(PostgresError(kind: .other, message: "SELECT secret").response().status, 500)
        let unavailable = PostgresError(kind: .poolTimeout, message: "x").response()
        XCTAssertEqual(unavailable.status, 503)
        XCTAssertEqual(String(decoding: unavailable.body, as: UTF8.self), #"{"detail":"Database unavailable"}"#)
        XCTAssertNil(PostgresError.keyColumns(detail: "Key (lower((email)::text))=(a@b) already exists."))
    }
}
