import Foundation
import RuntimeCore
import RuntimePostgres
import XCTest

/// The TODO list query through our pool, for `bench/db.sh` (which runs pgbench on the same data).
/// Skipped unless `BENCH_DB=1`; expects `BENCH_DATABASE_URL` to point at the seeded database.
final class PostgresBench: XCTestCase {
    private static let list = PreparedStatement(
        name: "bench_list_tasks",
        sql:
            "SELECT id,user_id,title,description,completed,created_at,updated_at FROM tasks WHERE user_id=$1 ORDER BY created_at DESC, id DESC LIMIT 50"
    )
    private static let count = PreparedStatement(name: "bench_count_tasks", sql: "SELECT count(*) FROM tasks WHERE user_id=$1")

    /// `BENCH_MODE=pipelined`: both statements in one round trip (`PostgresClient.queries`);
    /// otherwise two `query` calls, as a handler written naively would.
    private static let pipelined = ProcessInfo.processInfo.environment["BENCH_MODE"] == "pipelined"

    struct Task: Sendable {
        var id: Int64
        var userID: UUID
        var title: String
        var description: String?
        var completed: Bool
        var createdAt: Timestamp
        var updatedAt: Timestamp
    }

    func testTodoListThroughput() async throws {
        let env = ProcessInfo.processInfo.environment
        guard env["BENCH_DB"] == "1", let url = env["BENCH_DATABASE_URL"] else {
            throw XCTSkip("benchmark: run bench/db.sh (needs BENCH_DB=1 and BENCH_DATABASE_URL)")
        }
        let seconds = Double(env["BENCH_SECONDS"] ?? "") ?? 10
        let callers = Int(env["BENCH_CLIENTS"] ?? "") ?? 16
        var environment = env
        environment["DATABASE_URL"] = url
        let client = PostgresClient(configuration: try PostgresConfiguration.fromEnvironment(environment), logger: Logger(label: "bench"))
        let users = try await client.query(PreparedStatement(name: "bench_users", sql: "SELECT id FROM users ORDER BY n"))
            .rows.map { try $0.decode(0, as: UUID.self) }
        XCTAssertFalse(users.isEmpty)

        // Warm up every connection (prepare statements) before timing.
        try await run(client, users: users, callers: callers, for: .milliseconds(500))
        let started = ContinuousClock.now
        let transactions = try await run(client, users: users, callers: callers, for: .milliseconds(Int(seconds * 1000)))
        let elapsed = ContinuousClock.now - started
        let perSecond = Double(transactions) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        print(
            "POSTGRES_BENCH mode=\(Self.pipelined ? "pipelined" : "separate") tps=\(String(format: "%.1f", perSecond)) transactions=\(transactions) callers=\(callers) seconds=\(seconds)"
        )
        await client.shutdown()
    }

    /// `callers` tasks each running "list 50 newest + count" for a random user until the deadline.
    @discardableResult
    private func run(_ client: PostgresClient, users: [UUID], callers: Int, for duration: Duration) async throws -> Int {
        let deadline = ContinuousClock.now + duration
        let list = Self.list
        let count = Self.count
        return try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<callers {
                group.addTask {
                    var done = 0
                    while ContinuousClock.now < deadline {
                        guard let user = users.randomElement() else { return done }
                        let binds: PostgresBindings = [user]
                        let results =
                            Self.pipelined
                            ? try await client.queries([(list, binds), (count, binds)])
                            : [try await client.query(list, binds), try await client.query(count, binds)]
                        let rows = try results[0].rows.map { row in
                            Task(
                                id: try row.decode(0), userID: try row.decode(1), title: try row.decode(2),
                                description: try row.decodeOptional(3), completed: try row.decode(4),
                                createdAt: try row.decode(5), updatedAt: try row.decode(6))
                        }
                        let total = try results[1].rows[0].decode(0, as: Int.self)
                        precondition(rows.count <= total)
                        done += 1
                    }
                    return done
                }
            }
            return try await group.reduce(0, +)
        }
    }
}
