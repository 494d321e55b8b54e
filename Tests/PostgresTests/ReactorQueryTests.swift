import Foundation
import PostgresTestCluster
import RuntimeCore
import XCTest

@testable import RuntimePostgres

/// Statements answered on an HTTP event loop (docs/decisions/0006): called from a real request
/// handler on a real `HTTPServer`, against the shared throwaway cluster.
final class ReactorQueryTests: XCTestCase {
    private static let echo = PreparedStatement(name: "echo", sql: "SELECT $1::int AS n, $2::text AS t")
    private static let sleep = PreparedStatement(name: "sleep", sql: "SELECT pg_sleep($1::float8)")
    private static let insert = PreparedStatement(name: "insert", sql: "INSERT INTO items (name) VALUES ($1) RETURNING id")
    private static let names = PreparedStatement(name: "names", sql: "SELECT name FROM items ORDER BY id")
    private static let backendID = PreparedStatement(name: "backend_id", sql: "SELECT pg_backend_pid()")

    private var answered: Int { ReactorQuery.answered.load(ordering: .relaxed) }

    func testPreparedStatementsFromAHandlerAreAnsweredOnItsLoop() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, loopPipelining: false)
        let before = answered
        let values = try await OnEventLoop.run { () async throws -> [String] in
            XCTAssertNotNil(IOReactorContext.current, "handlers run on their event loop")
            var seen: [String] = []
            for n in 1...3 {  // the first call prepares on the connection's thread, the rest go out on the loop
                let row = try await client.query(Self.echo, [n, "é\(n)"]).rows[0]
                seen.append("\(try row.decode(0, as: Int.self)) \(try row.decode(1, as: String.self))")
            }
            return seen
        }
        XCTAssertEqual(values, ["1 é1", "2 é2", "3 é3"])
        XCTAssertEqual(answered - before, 2, "every call after the first was answered on the loop")
        await client.shutdown()
    }

    func testServerErrorsOnTheLoopAreMappedAndLeaveTheConnectionUsable() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, loopPipelining: false)
        try await client.execute("CREATE TABLE items (id serial PRIMARY KEY, name text UNIQUE NOT NULL)")
        let before = answered
        let kind = try await OnEventLoop.run { () async throws -> PostgresError.Kind? in
            _ = try await client.query(Self.insert, ["a"])
            _ = try await client.query(Self.insert, ["b"])
            do {
                _ = try await client.query(Self.insert, ["a"])
                return nil
            } catch let error as PostgresError {
                _ = try await client.query(Self.insert, ["c"])
                return error.kind
            }
        }
        XCTAssertEqual(kind, .uniqueViolation)
        XCTAssertEqual(answered - before, 3)
        let names = try await client.query(Self.names).rows.map { try $0.decode(0, as: String.self) }
        XCTAssertEqual(names, ["a", "b", "c"])
        XCTAssertEqual(client.statistics.open, 1, "a server error does not cost the connection")
        await client.shutdown()
    }

    func testTransactionsOnTheLoopCommitAndRollBack() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, loopPipelining: false)
        try await client.execute("CREATE TABLE items (id serial PRIMARY KEY, name text UNIQUE NOT NULL)")
        _ = try await client.query(Self.insert, ["warm-up"])  // prepared on the only connection
        let before = answered
        try await OnEventLoop.run { () async throws in
            try await client.transaction { tx in
                _ = try await tx.query(Self.insert, ["kept"])
            }
            do {
                try await client.transaction { tx in
                    _ = try await tx.query(Self.insert, ["undone"])
                    _ = try await tx.query(Self.insert, ["kept"])  // unique violation: all rolled back
                }
                XCTFail("expected a unique violation")
            } catch let error as PostgresError {
                XCTAssertEqual(error.kind, .uniqueViolation)
            }
        }
        // BEGIN, INSERT, COMMIT; BEGIN, INSERT, INSERT (fails), ROLLBACK.
        XCTAssertEqual(answered - before, 7)
        let names = try await client.query(Self.names).rows.map { try $0.decode(0, as: String.self) }
        XCTAssertEqual(names, ["warm-up", "kept"])
        XCTAssertEqual(client.statistics.open, 1)
        await client.shutdown()
    }

    func testABackendKilledMidQueryFailsTheCallAndTheConnectionIsReplaced() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, loopPipelining: false)
        let observer = try await TestCluster.client(poolSize: 1, maxOverflow: 0, loopPipelining: false)
        let backend = try await client.query(Self.backendID).rows[0].decode(0, as: Int.self)
        _ = try await client.query(Self.sleep, [0.0])  // prepared
        let killer = Task {
            try await Task.sleep(for: .milliseconds(300))
            _ = try await observer.query(
                PreparedStatement(name: "terminate", sql: "SELECT pg_terminate_backend($1::int)"), [backend])
        }
        let outcome = try await OnEventLoop.run { () async throws -> PostgresError.Kind? in
            do {
                _ = try await client.query(Self.sleep, [5.0])
                return nil
            } catch let error as PostgresError {
                return error.kind
            }
        }
        try await killer.value
        XCTAssertNotNil(outcome, "the call fails instead of waiting for the sleep")
        XCTAssertNotEqual(outcome, .other)
        let again = try await client.query(Self.backendID).rows[0].decode(0, as: Int.self)
        XCTAssertNotEqual(again, backend, "a new connection replaced the dead one")
        await client.shutdown()
        await observer.shutdown()
    }

    /// Statements of one lease started concurrently (`async let` on one transaction) take turns
    /// on the connection: one on the loop, the others queued for the connection's thread until
    /// it is done, never both at once.
    func testConcurrentStatementsOfOneTransactionTakeTurns() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, loopPipelining: false)
        try await client.execute("CREATE TABLE items (id serial PRIMARY KEY, name text UNIQUE NOT NULL)")
        _ = try await client.query(Self.insert, ["warm-up"])
        _ = try await client.query(Self.sleep, [0.0])
        try await OnEventLoop.run { () async throws in
            try await client.transaction { tx in
                async let slow = tx.query(Self.sleep, [0.2])
                async let first = tx.query(Self.insert, ["x"])
                async let second = tx.query(Self.insert, ["y"])
                _ = try await (slow, first, second)
            }
        }
        let names = try await client.query(Self.names).rows.map { try $0.decode(0, as: String.self) }
        XCTAssertEqual(Set(names), ["warm-up", "x", "y"])
        XCTAssertEqual(client.statistics.open, 1, "the connection stayed usable")
        await client.shutdown()
    }
}
