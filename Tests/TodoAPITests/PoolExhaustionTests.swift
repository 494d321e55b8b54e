import Foundation
import PostgresTestCluster
import Runtime
import XCTest

/// Issue 13 (5): a task request that meets an exhausted pool answers 503 after one acquire
/// timeout. The route's subject check (`users_exists`, docs/decisions/0005) used to wait for the
/// pool a second time after the first wait had failed: twice the timeout for the same 503.
final class PoolExhaustionTests: XCTestCase {
    func testATaskRouteMeetingAnExhaustedPoolAnswers503AfterOneAcquireTimeout() throws {
        let acquireTimeout = 1.0
        let url = try TestCluster.freshDatabase()
        let server = try ServerProcess.start(
            name: "exhausted", databaseURL: url,
            extraEnvironment: ["DB_POOL_SIZE": "1", "DB_MAX_OVERFLOW": "0", "DB_ACQUIRE_TIMEOUT_MS": String(Int(acquireTimeout * 1000))])
        defer { server.stop() }
        let client = server.client
        let signup = try client.request(
            "POST", "/api/auth/signup",
            json: #"{"email":"exhausted-\#(UUID().uuidString.prefix(8).lowercased())@example.com","password":"password1"}"#)
        guard signup.status == 201, let id = signup.json?["user"]?["id"]?.stringValue, let token = signup.json?["access_token"]?.stringValue
        else {
            return XCTFail("signup failed: \(signup)")
        }
        let tasks = "/api/\(id)/tasks"

        // The server's only connection is held by a list request blocked behind a table lock that
        // this test holds, so the next request finds the pool exhausted.
        let admin = PostgresClient(configuration: PostgresConfiguration(url: url, poolSize: 2, maxOverflow: 0), logger: TestCluster.logger)
        let locked = DispatchSemaphore(value: 0)
        let unlock = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread {
            _ = try? blocking { try await Self.lockTasks(admin, locked: locked, until: unlock) }
            released.signal()
        }.start()
        defer {
            unlock.signal()
            released.wait()
            _ = try? blocking { await admin.shutdown() }
        }
        guard locked.wait(timeout: .now() + 10) == .success else { return XCTFail("could not lock the tasks table") }
        let blocked = LockedBox<HTTPResponse?>(nil)
        let blockedDone = DispatchSemaphore(value: 0)
        Thread {
            blocked.set(try? HTTPClient(port: client.port).get(tasks, token: token))
            blockedDone.signal()
        }.start()
        try waitUntilAStatementWaitsForTheLock(admin)
        // Past LoopPipeline.stallThreshold (20 ms): a statement of the same event loop sent
        // sooner would queue behind the blocked one on its connection instead of asking the pool.
        usleep(100_000)

        let start = Date()
        let response = try client.get(tasks, token: token)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(response.status, 503, "\(response)")
        XCTAssertGreaterThanOrEqual(elapsed, acquireTimeout * 0.9, "it did wait for a connection")
        XCTAssertLessThan(elapsed, acquireTimeout * 1.5, "one acquire timeout, not two: took \(elapsed) s")

        unlock.signal()
        blockedDone.wait()
        XCTAssertEqual(blocked.current?.status, 200, "the blocked request completes once the lock is gone")
        XCTAssertEqual(try client.get(tasks, token: token).status, 200, "the pool is usable again")
    }

    /// Polls `pg_stat_activity` until a backend of the database waits for a lock.
    private func waitUntilAStatementWaitsForTheLock(_ admin: PostgresClient) throws {
        let waiting = PreparedStatement(
            name: "lock_waiters",
            sql: "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let count = try blocking { try await admin.query(waiting).rows[0].decode(0, as: Int.self) }
            if count > 0 { return }
            usleep(20_000)
        }
        throw HTTPClientError(description: "no statement started waiting for the lock")
    }

    /// Holds an exclusive lock on the tasks table from `locked` being signalled until `unlock` is.
    private static func lockTasks(_ admin: PostgresClient, locked: DispatchSemaphore, until unlock: DispatchSemaphore) async throws {
        try await admin.transaction { transaction in
            try await transaction.execute(#"LOCK TABLE "tasks" IN ACCESS EXCLUSIVE MODE"#)
            locked.signal()
            await wait(unlock)
        }
    }

    /// Waits for `semaphore` without blocking a thread of the concurrency pool.
    private static func wait(_ semaphore: DispatchSemaphore) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                semaphore.wait()
                continuation.resume()
            }
        }
    }
}
