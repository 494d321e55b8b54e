import Foundation
import PostgresTestCluster
import RuntimeDevelopment
import RuntimePostgres
import XCTest

/// Kills the server under load (on a cluster of its own) and watches the pool fail fast and heal.
final class PostgresRecoveryTests: XCTestCase {
    private static let one = PreparedStatement(name: "one", sql: "SELECT $1::int")
    private static let backends = PreparedStatement(
        name: "backends",
        sql: "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'recovery-test'")

    func testServerCrashFailsFastAndThePoolRecoversWithoutLeaks() async throws {
        let (directory, adminURL) = try TestCluster.startPrivateCluster(name: "crash", settings: TestCluster.fastSettings)
        let url = try await DevelopmentDatabase.createDatabase(name: "crash", url: adminURL, logger: TestCluster.logger)
        let configuration = PostgresConfiguration(
            url: url, poolSize: 3, maxOverflow: 2, acquireTimeout: .seconds(3), applicationName: "recovery-test")
        let client = PostgresClient(configuration: configuration, logger: TestCluster.logger)
        let load = Load()
        let one = Self.one

        let workers = (0..<6).map { _ in
            Task {
                while !load.isStopped {
                    let started = ContinuousClock.now
                    do {
                        _ = try await client.query(one, [1])
                        load.record(success: true, latency: ContinuousClock.now - started, kind: nil)
                    } catch let error as PostgresError {
                        load.record(success: false, latency: ContinuousClock.now - started, kind: error.kind)
                    } catch {
                        load.record(success: false, latency: ContinuousClock.now - started, kind: .other)
                    }
                    try? await Task.sleep(for: .milliseconds(2))
                }
            }
        }
        try await Task.sleep(for: .milliseconds(300))
        XCTAssertGreaterThan(load.snapshot.successes, 0)

        try DevelopmentDatabase.stop(directory: directory, mode: "immediate")
        try await Task.sleep(for: .milliseconds(500))
        for _ in 0..<5 {
            let started = ContinuousClock.now
            do {
                try await client.ping()
                XCTFail("the database is down")
            } catch let error as PostgresError {
                XCTAssertEqual(error.kind, .connectionUnavailable)
                XCTAssertEqual(error.response().status, 503)
            }
            XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(500), "must fail fast, not at the acquire timeout")
        }
        XCTAssertTrue(client.statistics.databaseDown)

        try DevelopmentDatabase.restart(directory: directory)
        let restarted = ContinuousClock.now
        var recovered = false
        while ContinuousClock.now - restarted < .seconds(6) {
            if (try? await client.ping()) != nil {
                recovered = true
                break
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        XCTAssertTrue(recovered, "the pool reconnects by itself once the server is back")
        let successesAtRecovery = load.snapshot.successes
        try await Task.sleep(for: .milliseconds(300))
        load.stop()
        for worker in workers { await worker.value }

        let result = load.snapshot
        XCTAssertGreaterThan(result.successes, successesAtRecovery, "load succeeds again after recovery")
        XCTAssertGreaterThan(result.failures, 0)
        XCTAssertEqual(Set(result.failureKinds), [.connectionUnavailable])
        XCTAssertLessThan(result.slowestFailure, .seconds(1), "no failure waited for the acquire timeout")

        // Closed overflow connections end their server backends asynchronously: poll briefly.
        var open = client.statistics.open
        var backends = -1
        for _ in 0..<50 {
            backends = try await client.query(Self.backends).rows[0].decode(0, as: Int.self)
            open = client.statistics.open
            if backends == open { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        XCTAssertLessThanOrEqual(open, 5)
        XCTAssertEqual(backends, open, "every server backend belongs to a pooled connection")
        await client.shutdown()

        let observer = PostgresClient(
            configuration: PostgresConfiguration(url: url, poolSize: 1, maxOverflow: 0), logger: TestCluster.logger)
        var remaining = -1
        for _ in 0..<50 {
            remaining = try await observer.query(Self.backends).rows[0].decode(0, as: Int.self)
            if remaining == 0 { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        XCTAssertEqual(remaining, 0, "shutdown closed every connection")
        await observer.shutdown()
        try DevelopmentDatabase.stop(directory: directory, mode: "fast")
    }
}

/// Outcomes of the load loop, shared by its tasks.
final class Load: Sendable {
    struct Snapshot {
        var successes = 0
        var failures = 0
        var failureKinds: [PostgresError.Kind] = []
        var slowestFailure: Duration = .zero
    }

    private let lock = NSLock()
    nonisolated(unsafe) private var state = Snapshot()
    nonisolated(unsafe) private var stopped = false
    // nonisolated(unsafe): both only touched under `lock`.

    var isStopped: Bool { lock.withLock { stopped } }
    var snapshot: Snapshot { lock.withLock { state } }

    func stop() {
        lock.withLock { stopped = true }
    }

    func record(success: Bool, latency: Duration, kind: PostgresError.Kind?) {
        lock.withLock {
            if success {
                state.successes += 1
            } else {
                state.failures += 1
                if let kind { state.failureKinds.append(kind) }
                state.slowestFailure = max(state.slowestFailure, latency)
            }
        }
    }
}
