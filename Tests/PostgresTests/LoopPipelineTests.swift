import Foundation
import PostgresTestCluster
import RuntimeCore
import XCTest

@testable import RuntimePostgres

/// The statements of one event loop's requests sharing one pipelined connection
/// (docs/decisions/0008): concurrent calls from a real handler on a real `HTTPServer` loop
/// (child tasks inherit the loop as their executor), against the shared throwaway cluster.
final class LoopPipelineTests: XCTestCase {
    private static let echo = PreparedStatement(name: "echo", sql: "SELECT $1::int AS n, pg_backend_pid() AS pid")
    private static let sleep = PreparedStatement(name: "sleep", sql: "SELECT pg_sleep($1::float8), pg_backend_pid()")
    private static let insert = PreparedStatement(name: "insert", sql: "INSERT INTO items (name) VALUES ($1) RETURNING id")
    private static let names = PreparedStatement(name: "names", sql: "SELECT name FROM items ORDER BY id")
    private static let broken = PreparedStatement(name: "broken", sql: "SELEC 1 WHERE $1::int = 1")

    private var answered: Int { LoopPipeline.answered.load(ordering: .relaxed) }

    /// Runs `calls` concurrent child tasks on one loop, each calling `body` with its index.
    private func concurrently<T: Sendable>(
        _ calls: Int, _ body: @escaping @Sendable (Int) async throws -> T
    ) async throws -> [Result<T, any Error>] {
        try await OnEventLoop.run { () async throws -> [Result<T, any Error>] in
            try await concurrentCalls(calls, body)
        }
    }

    func testConcurrentStatementsOfALoopShareOneConnection() async throws {
        let client = try await TestCluster.client(poolSize: 4, maxOverflow: 0)
        _ = try await client.query(Self.sleep, [0.0])  // one idle connection to lease; echo is not prepared on it
        let before = answered
        let results = try await concurrently(40) { index -> [Int] in
            let row = try await client.query(Self.echo, [index]).rows[0]
            return [try row.decode(0, as: Int.self), try row.decode(1, as: Int.self)]
        }
        let rows = try results.map { try $0.get() }
        XCTAssertEqual(rows.map { $0[0] }, Array(0..<40), "every caller got its own answer")
        XCTAssertEqual(Set(rows.map { $0[1] }).count, 1, "all went down one connection")
        XCTAssertEqual(answered - before, 40, "all through the pipeline, the first use (prepare) included")
        XCTAssertEqual(client.statistics.leased, 0, "the connection went back when the answers were in")
        await client.shutdown()
    }

    /// Statements arriving while a batch is in flight keep the pipeline busy without a pause
    /// (each answer arrives on its own, and its caller sends again at once, to be held for the
    /// next batch); answered entries must not pile up meanwhile.
    func testTheQueueStaysBoundedUnderSteadyLoad() async throws {
        let client = try await TestCluster.client(poolSize: 2, maxOverflow: 0)
        let paced = PreparedStatement(name: "paced", sql: "SELECT $1::int, pg_sleep(0.0005)")
        _ = try await client.query(paced, [0])
        let before = answered
        let peak =
            try await concurrently(16) { worker -> Int in
                var peak = 0
                for n in 0..<40 {
                    let value = try await client.query(paced, [n]).rows[0].decode(0, as: Int.self)
                    XCTAssertEqual(value, n)
                    if let reactor = IOReactorContext.current {
                        let pipeline = reactor.attachment(for: ObjectIdentifier(client)) { LoopPipeline(client: client, reactor: reactor) }
                        peak = max(peak, pipeline.retainedEntries)
                    }
                }
                return peak
            }.map { try $0.get() }.max() ?? 0
        XCTAssertGreaterThan(answered - before, 16 * 40 / 2, "most went through the pipeline")
        XCTAssertLessThanOrEqual(peak, LoopPipeline.maximumInFlight + 32)
        await client.shutdown()
    }

    func testAFailingStatementFailsAloneAndTheConnectionIsKept() async throws {
        let client = try await TestCluster.client(poolSize: 2, maxOverflow: 0)
        try await client.execute("CREATE TABLE items (id serial PRIMARY KEY, name text UNIQUE NOT NULL)")
        let results = try await concurrently(6) { index -> Int in
            // Two callers insert "dup": one of them violates the unique constraint.
            try await client.query(Self.insert, [index < 2 ? "dup" : "name-\(index)"]).rows[0].decode(0, as: Int.self)
        }
        let failures = results.compactMap { result -> PostgresError? in
            if case .failure(let error) = result { return error as? PostgresError }
            return nil
        }
        XCTAssertEqual(failures.map(\.kind), [.uniqueViolation])
        XCTAssertEqual(results.filter { (try? $0.get()) != nil }.count, 5, "the others committed, each on its own")
        let names = try await client.query(Self.names).rows.map { try $0.decode(0, as: String.self) }
        XCTAssertEqual(Set(names), ["dup", "name-2", "name-3", "name-4", "name-5"])
        XCTAssertEqual(client.statistics.open, client.statistics.idle, "no connection is lost or left leased")
        await client.shutdown()
    }

    func testAStatementThatDoesNotPrepareReportsItsOwnErrorEveryTime() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        _ = try await client.query(Self.sleep, [0.0])  // the connection, open and idle
        let before = answered
        for _ in 0..<2 {
            let results = try await concurrently(4) { index -> Int in
                let statement = index.isMultiple(of: 2) ? Self.broken : Self.echo
                return try await client.query(statement, [index]).rows[0].decode(0, as: Int.self)
            }
            for (index, result) in results.enumerated() {
                if index.isMultiple(of: 2) {
                    XCTAssertThrowsError(try result.get()) { error in
                        XCTAssertEqual((error as? PostgresError)?.sqlState, "42601", "\(error)")
                    }
                } else {
                    XCTAssertEqual(try result.get(), index)
                }
            }
        }
        XCTAssertEqual(answered - before, 8, "all through the pipeline")
        XCTAssertEqual(client.statistics.open, 1)
        await client.shutdown()
    }

    func testABackendKilledMidPipelineFailsWhatWasInFlightAndThePoolRecovers() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        let observer = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        let backend = try await client.query(Self.echo, [0]).rows[0].decode(1, as: Int.self)
        let killer = Task {
            try await Task.sleep(for: .milliseconds(300))
            _ = try await observer.query(PreparedStatement(name: "terminate", sql: "SELECT pg_terminate_backend($1::int)"), [backend])
        }
        let started = ContinuousClock.now
        let results = try await concurrently(3) { _ in try await client.query(Self.sleep, [5.0]).rows.count }
        try await killer.value
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(4), "the calls fail instead of waiting for the sleeps")
        for result in results {
            XCTAssertThrowsError(try result.get()) { error in
                XCTAssertEqual((error as? PostgresError)?.kind, .connectionUnavailable, "\(error)")
            }
        }
        let again = try await client.query(Self.echo, [1]).rows[0].decode(1, as: Int.self)
        XCTAssertNotEqual(again, backend, "a new connection replaced the dead one")
        await client.shutdown()
        await observer.shutdown()
    }

    /// The backend dies while statements keep coming from every worker of the loop: each call
    /// ends (answered, or failed as unavailable), none hangs, and the loop's later statements are
    /// answered again through a new connection.
    func testStatementsKeepFlowingAcrossABackendKilledUnderLoad() async throws {
        let client = try await TestCluster.client(poolSize: 2, maxOverflow: 0)
        let observer = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        let paced = PreparedStatement(name: "paced", sql: "SELECT $1::int, pg_backend_pid(), pg_sleep(0.0005)")
        _ = try await client.query(paced, [0])
        let database = try await client.query(PreparedStatement(name: "database", sql: "SELECT current_database()")).rows[0]
            .decode(0, as: String.self)
        let killer = Task {
            try await Task.sleep(for: .milliseconds(150))
            let terminate = PreparedStatement(
                name: "terminate_all", sql: "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1")
            return try await observer.query(terminate, [database]).rows[0].decode(0, as: Int.self)
        }
        let started = ContinuousClock.now
        let outcomes = try await concurrently(12) { _ -> [String] in
            var outcomes: [String] = []
            for n in 0..<60 {
                do {
                    let value = try await client.query(paced, [n]).rows[0].decode(0, as: Int.self)
                    outcomes.append(value == n ? "ok" : "wrong answer")
                } catch let error as PostgresError {
                    outcomes.append("\(error.kind)")
                }
            }
            return outcomes
        }.flatMap { try $0.get() }
        let killed = try await killer.value
        XCTAssertGreaterThan(killed, 0, "the client's backends were terminated mid-run")
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(10), "no call hung")
        XCTAssertEqual(Set(outcomes).subtracting(["ok", "connectionUnavailable"]), [], "only answers or unavailability")
        XCTAssertEqual(outcomes.last, "ok")
        let after = try await OnEventLoop.run { try await client.query(paced, [7]).rows[0].decode(0, as: Int.self) }
        XCTAssertEqual(after, 7)
        await client.shutdown()
        await observer.shutdown()
    }

    /// Behind a statement that takes long, later ones are not queued: they take another connection.
    func testASlowStatementDoesNotHoldBackLaterOnes() async throws {
        let client = try await TestCluster.client(poolSize: 2, maxOverflow: 0)
        _ = try await client.query(Self.sleep, [0.0])
        let results = try await concurrently(2) { index -> Duration in
            if index == 0 {
                _ = try await client.query(Self.sleep, [1.0])
            } else {
                try await Task.sleep(for: .milliseconds(100))
                let started = ContinuousClock.now
                _ = try await client.query(Self.echo, [1])
                return ContinuousClock.now - started
            }
            return .zero
        }
        let waited = try results[1].get()
        XCTAssertLessThan(waited, .milliseconds(500), "the quick statement did not wait for the slow one")
        await client.shutdown()
    }

    func testAParameterWithNULIsRefusedBeforeSending() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        let text = PreparedStatement(name: "text", sql: "SELECT $1::text")
        let results = try await concurrently(2) { index -> String in
            try await client.query(text, [index == 0 ? "a\u{0}b" : "fine"]).rows[0].decode(0, as: String.self)
        }
        XCTAssertThrowsError(try results[0].get()) { error in
            XCTAssertEqual((error as? PostgresError)?.sqlState, "22021")
        }
        XCTAssertEqual(try results[1].get(), "fine")
        await client.shutdown()
    }

    /// `DB_PIPELINE=off`: every statement leases its own connection, as before.
    func testPipeliningCanBeTurnedOff() async throws {
        let client = try await TestCluster.client(poolSize: 4, maxOverflow: 0, loopPipelining: false)
        let before = answered
        let results = try await concurrently(8) { index in try await client.query(Self.echo, [index]).rows[0].decode(0, as: Int.self) }
        XCTAssertEqual(try results.map { try $0.get() }, Array(0..<8))
        XCTAssertEqual(answered, before)
        await client.shutdown()
    }
}
