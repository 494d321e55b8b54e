import Foundation
import PostgresTestCluster
import RuntimeCore
import RuntimePostgres
import XCTest

/// The pool and the query paths against the shared throwaway cluster.
final class PostgresPoolTests: XCTestCase {
    private static let sleep = PreparedStatement(name: "sleep", sql: "SELECT pg_sleep($1::float8)")
    private static let one = PreparedStatement(name: "one", sql: "SELECT $1::int")

    func testExhaustedPoolTimesOutWithA503InRoughlyTheConfiguredTime() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, acquireTimeout: .milliseconds(300))
        let binds: PostgresBindings = [0.9]
        let sleep = Self.sleep
        let holder = Task { try await client.query(sleep, binds) }
        try await Task.sleep(for: .milliseconds(200))  // let the holder take the only connection
        let started = ContinuousClock.now
        do {
            _ = try await client.query(Self.one, [1])
            XCTFail("expected a pool timeout")
        } catch let error as PostgresError {
            let waited = ContinuousClock.now - started
            XCTAssertEqual(error.kind, .poolTimeout)
            XCTAssertEqual(error.response().status, 503)
            XCTAssertGreaterThanOrEqual(waited, .milliseconds(280))
            XCTAssertLessThan(waited, .milliseconds(2000))
        }
        _ = try await holder.value
        await client.shutdown()
    }

    func testManyConcurrentCallersShareAFewConnections() async throws {
        let client = try await TestCluster.client(poolSize: 2, maxOverflow: 3, overflowIdleTimeout: .milliseconds(200))
        let sum = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<200 {
                let binds: PostgresBindings = [index]
                let one = Self.one
                group.addTask { try await client.int(one, binds) }
            }
            return try await group.reduce(0, +)
        }
        XCTAssertEqual(sum, (0..<200).reduce(0, +))
        XCTAssertLessThanOrEqual(client.statistics.open, 5, "never more than poolSize + maxOverflow")
        XCTAssertEqual(client.statistics.leased, 0)
        // Five statements at once hold all five connections (a fast machine may have served the
        // 200 above with fewer), so three of them are overflow.
        let sleep = PreparedStatement(name: "sleep_briefly", sql: "SELECT pg_sleep(0.2)")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<5 { group.addTask { _ = try await client.query(sleep) } }
            try await group.waitForAll()
        }
        XCTAssertEqual(client.statistics.open, 5)
        // The overflow connections close once they have been idle for overflowIdleTimeout.
        for _ in 0..<100 where client.statistics.open > 2 {
            try await Task.sleep(for: .milliseconds(20))
        }
        XCTAssertEqual(client.statistics.open, 2, "overflow connections are closed after their idle timeout")
        XCTAssertEqual(client.statistics.idle, 2)
        await client.shutdown()
    }

    func testPreparedStatementsArePreparedOncePerConnection() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0)
        let count = PreparedStatement(name: "count_prepared", sql: "SELECT count(*) FROM pg_prepared_statements WHERE name = $1")
        for _ in 0..<3 {
            _ = try await client.query(Self.one, [1])
        }
        let counted = try await client.query(count, ["one"])
        XCTAssertEqual(try counted.rows[0].decode(0, as: Int.self), 1)
        let all = try await client.query(
            PreparedStatement(name: "all_prepared", sql: "SELECT name FROM pg_prepared_statements ORDER BY name"))
        XCTAssertEqual(try all.rows.map { try $0.decode(0, as: String.self) }, ["all_prepared", "count_prepared", "one"])
        await client.shutdown()
    }

    func testUnnamedStatementsPrepareNothing() async throws {
        let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, unnamedStatements: true)
        for index in 0..<3 {
            let value = try await client.query(Self.one, [index]).rows[0].decode(0, as: Int.self)
            XCTAssertEqual(value, index)
        }
        let count = try await client.query(PreparedStatement(name: "n", sql: "SELECT count(*) FROM pg_prepared_statements"))
        XCTAssertEqual(try count.rows[0].decode(0, as: Int.self), 0)
        let committed = try await client.transaction { tx in
            try await tx.query(Self.one, [5]).rows[0].decode(0, as: Int.self)
        }
        XCTAssertEqual(committed, 5)
        await client.shutdown()
    }

    func testTransactionCommitsAndRollsBackOnError() async throws {
        let client = try await TestCluster.client()
        try await client.execute("CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL)")
        let insert = PreparedStatement(name: "items_insert", sql: "INSERT INTO items (id, name) VALUES ($1, $2)")
        let count = PreparedStatement(name: "items_count", sql: "SELECT count(*) FROM items")

        try await client.transaction { tx in
            _ = try await tx.query(insert, [1, "kept"])
        }
        struct Boom: Error {}
        do {
            try await client.transaction { tx in
                _ = try await tx.query(insert, [2, "discarded"])
                throw Boom()
            }
            XCTFail("expected the body's error")
        } catch is Boom {}
        do {
            try await client.transaction { tx in
                _ = try await tx.query(insert, [3, "discarded"])
                _ = try await tx.query(insert, [1, "duplicate"])
            }
            XCTFail("expected a unique violation")
        } catch let error as PostgresError {
            XCTAssertEqual(error.kind, .uniqueViolation)
        }
        let scalar = try await client.int(count)
        XCTAssertEqual(scalar, 1)
        XCTAssertEqual(client.statistics.leased, 0)
        await client.shutdown()
    }

    func testSwallowedErrorInsideTransactionIsNotReportedAsCommitted() async throws {
        let client = try await TestCluster.client()
        do {
            try await client.transaction { tx in
                _ = try? await tx.query(PreparedStatement(name: "bad", sql: "SELECT 1/0"))
            }
            XCTFail("COMMIT of a failed transaction must not look like success")
        } catch let error as PostgresError {
            XCTAssertEqual(error.sqlState, "25P02")
        }
        let scalar = try await client.int(Self.one, [1])
        XCTAssertEqual(scalar, 1)
        await client.shutdown()
    }

    func testSerializationFailuresAreRetried() async throws {
        let client = try await TestCluster.client()
        let attempts = Counter()
        let value = try await client.transaction { tx in
            let attempt = attempts.increment()
            _ = try await tx.query(Self.one, [attempt])
            if attempt < 3 { throw PostgresError(kind: .serializationFailure, sqlState: "40001", message: "could not serialize access") }
            return attempt
        }
        XCTAssertEqual(value, 3)
        await client.shutdown()
    }

    func testRealSerializationConflictIsRetriedUntilItSucceeds() async throws {
        let client = try await TestCluster.client(poolSize: 4, maxOverflow: 0)
        try await client.execute("CREATE TABLE counter (n int); INSERT INTO counter VALUES (0)")
        let read = PreparedStatement(name: "counter_read", sql: "SELECT n FROM counter")
        let write = PreparedStatement(name: "counter_write", sql: "UPDATE counter SET n = $1")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    try await client.transaction { tx in
                        try await tx.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                        let n = try await tx.query(read).rows[0].decode(0, as: Int.self)
                        try await Task.sleep(for: .milliseconds(50))
                        _ = try await tx.query(write, [n + 1])
                    }
                }
            }
            try await group.waitForAll()
        }
        let scalar = try await client.int(read)
        XCTAssertEqual(scalar, 2, "both increments survive")
        await client.shutdown()
    }

    func testConstraintViolationsMapToHTTPOutcomes() async throws {
        let client = try await TestCluster.client()
        try await client.execute(
            """
            CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE tasks (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users (id),
                                title text NOT NULL CHECK (length(title) > 0));
            INSERT INTO users VALUES (1, 'a@example.com');
            """)
        let user = PreparedStatement(name: "user_insert", sql: "INSERT INTO users (id, email) VALUES ($1, $2)")
        let task = PreparedStatement(name: "task_insert", sql: "INSERT INTO tasks (id, user_id, title) VALUES ($1, $2, $3)")

        let unique = try await failure { try await client.query(user, [2, "a@example.com"]) }
        XCTAssertEqual(unique.kind, .uniqueViolation)
        XCTAssertEqual(unique.constraint, "users_email_key")
        XCTAssertEqual(unique.response().status, 409)
        let body = String(decoding: unique.response().body, as: UTF8.self)
        XCTAssertTrue(body.contains("already exists"), body)
        XCTAssertFalse(body.contains("a@example.com") || body.contains("INSERT"), body)

        let foreign = try await failure { try await client.query(task, [1, 99, "t"]) }
        XCTAssertEqual(foreign.kind, .foreignKeyViolation)
        XCTAssertEqual(foreign.response().status, 409)

        let check = try await failure { try await client.query(task, [1, 1, ""]) }
        XCTAssertEqual(check.kind, .checkViolation)
        XCTAssertEqual(check.response().status, 422)

        let range = try await failure { try await client.query(PreparedStatement(name: "range", sql: "SELECT $1::smallint"), [100_000]) }
        XCTAssertEqual(range.kind, .invalidValue)

        let syntax = try await failure { try await client.query(PreparedStatement(name: "syntax", sql: "SELEC 1")) }
        XCTAssertEqual(syntax.kind, .other)
        XCTAssertEqual(syntax.response().status, 500)
        XCTAssertFalse(String(decoding: syntax.response().body, as: UTF8.self).contains("SELEC"))
        await client.shutdown()
    }

    func testStatementTimeoutStopsSlowQueries() async throws {
        let client = try await TestCluster.client(statementTimeout: .milliseconds(100))
        let error = try await failure { try await client.query(Self.sleep, [2.0]) }
        XCTAssertEqual(error.kind, .queryTimeout)
        XCTAssertEqual(error.response().status, 503)
        let scalar = try await client.int(Self.one, [7])
        XCTAssertEqual(scalar, 7)
        await client.shutdown()
    }

    func testPingAndShutdown() async throws {
        let client = try await TestCluster.client()
        try await client.ping()
        await client.shutdown()
        let error = try await failure { try await client.query(Self.one, [1]) }
        XCTAssertEqual(error.kind, .shutdown)
        XCTAssertEqual(error.response().status, 503)
    }

    func testUnreachableDatabaseFailsFastWithA503() async throws {
        let client = PostgresClient(
            configuration: PostgresConfiguration(url: "host=/nonexistent-socket-dir dbname=x", acquireTimeout: .seconds(5)),
            logger: TestCluster.logger)
        for _ in 0..<3 {
            let started = ContinuousClock.now
            let error = try await failure { try await client.ping() }
            XCTAssertEqual(error.kind, .connectionUnavailable)
            XCTAssertEqual(String(decoding: error.response().body, as: UTF8.self), #"{"detail":"Database unavailable"}"#)
            XCTAssertLessThan(ContinuousClock.now - started, .seconds(1))
        }
        await client.shutdown()
    }

    private func failure(_ body: () async throws -> some Any) async throws -> PostgresError {
        do {
            _ = try await body()
        } catch let error as PostgresError {
            return error
        }
        XCTFail("expected a PostgresError")
        throw MissingFailure()
    }

    private struct MissingFailure: Error {}
}

/// A thread-safe counter for closures run more than once.
final class Counter: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var value = 0
    // nonisolated(unsafe): only touched under `lock`.

    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}

extension PostgresClient {
    /// Column 0 of row 0 as an Int.
    func int(_ statement: PreparedStatement, _ binds: PostgresBindings = PostgresBindings()) async throws -> Int {
        try await query(statement, binds).rows[0].decode(0, as: Int.self)
    }
}

final class PostgresPipelineTests: XCTestCase {
    func testSeveralStatementsInOneRoundTrip() async throws {
        for unnamed in [false, true] {
            let client = try await TestCluster.client(poolSize: 1, maxOverflow: 0, unnamedStatements: unnamed)
            try await client.execute("CREATE TABLE notes (id int PRIMARY KEY, body text)")
            let insert = PreparedStatement(name: "notes_insert", sql: "INSERT INTO notes VALUES ($1, $2)")
            let page = PreparedStatement(name: "notes_page", sql: "SELECT id, body FROM notes ORDER BY id LIMIT $1")
            let count = PreparedStatement(name: "notes_count", sql: "SELECT count(*) FROM notes")
            let inserted = try await client.queries([(insert, [1, "a"]), (insert, [2, "b"]), (insert, [3, "c"])])
            XCTAssertEqual(inserted.map(\.rowsAffected), [1, 1, 1])
            for _ in 0..<2 {  // the second time the statements are already prepared
                let results = try await client.queries([(page, [2]), (count, PostgresBindings())])
                XCTAssertEqual(try results[0].rows.map { try $0.decode(1, as: String.self) }, ["a", "b"])
                XCTAssertEqual(try results[1].rows[0].decode(0, as: Int.self), 3)
            }
            do {
                _ = try await client.queries([(insert, [4, "d"]), (insert, [1, "duplicate"]), (insert, [5, "e"])])
                XCTFail("expected a unique violation")
            } catch let error as PostgresError {
                XCTAssertEqual(error.kind, .uniqueViolation)
            }
            let after = try await client.queries([(count, PostgresBindings())])
            XCTAssertEqual(try after[0].rows[0].decode(0, as: Int.self), 3, "a failed pipeline is all or nothing")
            let tx = try await client.transaction { tx in
                try await tx.queries([(insert, [6, "f"]), (count, PostgresBindings())])[1].rows[0].decode(0, as: Int.self)
            }
            XCTAssertEqual(tx, 4)
            await client.shutdown()
        }
    }
}
