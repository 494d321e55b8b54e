import Foundation
import PostgresTestCluster
import RuntimeCore
import XCTest

@testable import RuntimePostgres

/// Issue 13 (6): backends killed while their pooled connections sat idle (`pg_terminate_backend`)
/// must not turn into 503s while the database is healthy. A statement whose connection is found
/// closed before anything was sent runs once more on another connection; the INSERT among them
/// still happens exactly once. Each path a statement can take is covered: the connection's
/// thread (0003), the event loop (0006), the loop's pipeline (0008).
final class IdleTerminationTests: XCTestCase {
    private static let connections = 3
    private static let read = PreparedStatement(name: "read", sql: "SELECT $1::int AS n, pg_sleep($2::float8)")
    private static let insert = PreparedStatement(
        name: "insert_once", sql: "INSERT INTO items (name) SELECT $1::text FROM pg_sleep($2::float8) RETURNING id")
    private static let count = PreparedStatement(name: "count_named", sql: "SELECT count(*) FROM items WHERE name = $1")

    func testStatementsOnConnectionThreadsRunAgainOnAnotherConnection() async throws {
        try await killIdleBackendsThenRun(onLoop: false, pipelining: false)
    }

    func testStatementsOnTheEventLoopRunAgainOnAnotherConnection() async throws {
        let before = ReactorQuery.answered.load(ordering: .relaxed)
        try await killIdleBackendsThenRun(onLoop: true, pipelining: false)
        XCTAssertGreaterThan(ReactorQuery.answered.load(ordering: .relaxed), before, "the loop path was taken")
    }

    func testPipelinedStatementsRunAgainOnAnotherConnection() async throws {
        try await killIdleBackendsThenRun(onLoop: true, pipelining: true)
    }

    /// Opens `connections` idle connections with both statements prepared on each, kills their
    /// backends from another client, waits until they are gone, then sends `connections + 2`
    /// calls at once (an INSERT, a transaction, the rest reads), from an event loop when `onLoop`; and
    /// once more after that (the loop's later statements take their usual path again).
    private func killIdleBackendsThenRun(onLoop: Bool, pipelining: Bool) async throws {
        let n = Self.connections
        let client = try await TestCluster.client(poolSize: n, maxOverflow: 0, loopPipelining: pipelining)
        let observer = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        try await client.execute("CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL)")
        let database = try await client.query(PreparedStatement(name: "database", sql: "SELECT current_database()")).rows[0]
            .decode(0, as: String.self)
        // Concurrent slow calls spread over every connection, so each prepares both statements.
        _ = try await concurrentCalls(n) { try await client.query(Self.read, [$0, 0.2]) }.map { try $0.get() }
        _ = try await concurrentCalls(n) { _ in try await client.query(Self.insert, ["warm-up", 0.2]) }.map { try $0.get() }
        XCTAssertEqual(client.statistics.idle, n)

        let killed = try await observer.query(
            PreparedStatement(name: "terminate", sql: "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1"),
            [database]
        ).rows[0].decode(0, as: Int.self)
        XCTAssertEqual(killed, n)
        try await Self.waitUntilNoBackend(of: database, observer)

        let run: @Sendable () async throws -> [Result<Int, any Error>] = {
            try await concurrentCalls(n + 2) { index in
                if index == 0 { return try await client.query(Self.insert, ["once", 0.0]).rows[0].decode(0, as: Int.self) }
                if index == 1 {
                    _ = try await client.transaction { try await $0.query(Self.insert, ["in transaction", 0.0]) }
                    return index
                }
                return try await client.query(Self.read, [index, 0.0]).rows[0].decode(0, as: Int.self)
            }
        }
        let results = onLoop ? try await OnEventLoop.run(run) : try await run()
        for (index, result) in results.enumerated() {
            XCTAssertNoThrow(try result.get(), "statement \(index) failed although the database is healthy")
            if index > 0 { XCTAssertEqual(try? result.get(), index) }
        }
        let again = onLoop ? try await OnEventLoop.run(run) : try await run()
        XCTAssertNoThrow(try again.map { try $0.get() })
        let inserted = try await client.query(Self.count, ["once"]).rows[0].decode(0, as: Int.self)
        XCTAssertEqual(inserted, 2, "each INSERT ran exactly once (one per round)")
        let committed = try await client.query(Self.count, ["in transaction"]).rows[0].decode(0, as: Int.self)
        XCTAssertEqual(committed, 2, "each transaction committed exactly once (one per round)")
        await client.shutdown()
        await observer.shutdown()
    }

    /// `pg_terminate_backend` only signals: waits until the backends have exited (and so have
    /// sent their last words and closed their sockets).
    private static func waitUntilNoBackend(of database: String, _ observer: PostgresClient) async throws {
        let backends = PreparedStatement(name: "backends", sql: "SELECT count(*) FROM pg_stat_activity WHERE datname = $1")
        for _ in 0..<250 {
            if try await observer.query(backends, [database]).rows[0].decode(0, as: Int.self) == 0 { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        XCTFail("the terminated backends did not exit")
    }
}
