import Foundation
import Generator
import RuntimeCore
import RuntimeDevelopment
import RuntimePostgres
import XCTest

/// The generated migrations against a real Postgres that already holds rows: every step of the
/// evolution fixture applies, the data survives (renamed columns keep their values, new NOT NULL
/// columns get their default), and afterwards the live catalog matches the spec (drift check).
final class EvolutionDatabaseTests: XCTestCase {
    static let directory = "/tmp/generator-tests-\(getpid())"
    static let logger = Logger(label: "generator-tests", level: .error)
    static let cluster: Result<String, any Error> = Result {
        try DevelopmentDatabase.start(directory: directory, logger: logger, settings: ["fsync": "off", "synchronous_commit": "off"])
    }

    override class func tearDown() {
        if (try? cluster.get()) != nil {
            try? DevelopmentDatabase.stop(directory: directory, mode: "immediate")
            try? FileManager.default.removeItem(atPath: directory)
        }
        super.tearDown()
    }

    func freshClient() async throws -> PostgresClient {
        let name = "g_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        let url = try await DevelopmentDatabase.createDatabase(name: String(name), url: try Self.cluster.get(), logger: Self.logger)
        return PostgresClient(configuration: PostgresConfiguration(url: url, poolSize: 2, maxOverflow: 0), logger: Self.logger)
    }

    func testEvolutionStepsApplyToADatabaseWithRowsAndKeepTheData() async throws {
        let steps = try EvolutionReplay.run()
        let client = try await freshClient()
        var applied: [Migration] = []
        var lastSchema: DatabaseSchema?
        for step in steps {
            try await before(step.name, client)
            if let migration = step.newMigration {
                applied.append(Migration(version: migration.version, name: migration.fileName, sql: migration.sql))
                _ = try await MigrationRunner(client: client, logger: Self.logger).migrate(applied)
            }
            try await after(step.name, client)
            if let text = step.output.files.first(where: { $0.path.hasSuffix("schema.json") })?.contents {
                lastSchema = try SchemaSnapshot.decode(text)
            }
        }
        let live = try await CatalogReader(client: client).read()
        let differences = CatalogReader.differences(expected: try XCTUnwrap(lastSchema), live: live)
        XCTAssertEqual(differences, [], "drift after the evolution steps:\n" + differences.joined(separator: "\n"))
        await client.shutdown()
    }

    /// The TODO spec's migrations produce exactly the schema the spec describes.
    func testTodoMigrationsHaveNoDrift() async throws {
        let root = FixtureSupport.packageRoot.appendingPathComponent("migrations/todo")
        let files = try FixtureSupport.files(under: root).filter { $0.hasSuffix(".sql") }
        let migrations = try files.map { name in
            Migration(
                version: Int(name.prefix { $0.isNumber }) ?? 0, name: name,
                sql: try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8))
        }
        let client = try await freshClient()
        _ = try await MigrationRunner(client: client, logger: Self.logger).migrate(migrations)
        let expected = try SchemaSnapshot.decode(String(contentsOf: root.appendingPathComponent("schema.json"), encoding: .utf8))
        let differences = CatalogReader.differences(expected: expected, live: try await CatalogReader(client: client).read())
        XCTAssertEqual(differences, [], "drift in the TODO schema:\n" + differences.joined(separator: "\n"))
        await client.shutdown()
    }

    /// The drift check itself notices a change made behind the migrations' back.
    func testDriftCheckReportsAManualChange() async throws {
        let root = FixtureSupport.packageRoot.appendingPathComponent("migrations/todo")
        let sql = try String(contentsOf: root.appendingPathComponent("0001_initial.sql"), encoding: .utf8)
        let client = try await freshClient()
        _ = try await MigrationRunner(client: client, logger: Self.logger).migrate([
            Migration(version: 1, name: "0001_initial.sql", sql: sql)
        ])
        try await client.execute(
            #"ALTER TABLE "tasks" ADD COLUMN "sneaky" integer; ALTER TABLE "tasks" ALTER COLUMN "title" DROP NOT NULL"#)
        let expected = try SchemaSnapshot.decode(String(contentsOf: root.appendingPathComponent("schema.json"), encoding: .utf8))
        let differences = CatalogReader.differences(expected: expected, live: try await CatalogReader(client: client).read())
        XCTAssertTrue(differences.contains { $0.hasPrefix("tasks.sneaky") }, "\(differences)")
        XCTAssertTrue(differences.contains { $0.hasPrefix("tasks.title") }, "\(differences)")
        await client.shutdown()
    }

    /// Values of step 10's columns that the narrowing conversions of step 11 keep unchanged.
    static let fittingValues =
        #"UPDATE "notes" SET "price" = 12.3400, "views" = 42, "score" = 3.0, "due_at" = '2024-05-01'::date, "shade" = 'blue', "rank" = 7, "label" = '\#(String(repeating: "l", count: 120))', "weight" = 2.25 WHERE "title" = 'first'"#

    /// Every narrowing conversion of step 11, given a value that does not fit, makes the migration
    /// fail and leaves the value as it was (no truncation, no rounding); with values that fit it
    /// applies. Without the guards Postgres cuts the label to 120 characters, rounds the price and
    /// the score and drops the time of day, all without an error.
    func testNarrowingConversionsFailOnValuesThatDoNotFitAndKeepThem() async throws {
        let steps = try EvolutionReplay.run()
        let client = try await freshClient()
        var migrations: [Migration] = []
        for step in steps {
            if let migration = step.newMigration {
                migrations.append(Migration(version: migration.version, name: migration.fileName, sql: migration.sql))
            }
            if step.name.hasPrefix("10") { break }
        }
        try await MigrationRunner(client: client, logger: Self.logger).migrate(migrations)
        try await run(
            client,
            #"INSERT INTO "owners" ("name") VALUES ('ann'); INSERT INTO "notes" ("owner_id", "title", "content") VALUES (1, 'first', 'hello')"#
        )
        let narrowing = try XCTUnwrap(steps.first { $0.name.hasPrefix("11") }?.newMigration)
        let all = migrations + [Migration(version: narrowing.version, name: narrowing.fileName, sql: narrowing.sql)]
        let cases: [(column: String, value: String, error: String)] = [
            ("label", "'" + String(repeating: "x", count: 150) + "'", "cannot change notes.label"),
            ("label", "'x" + String(repeating: " ", count: 149) + "'", "cannot change notes.label"),  // assignment casts cut trailing spaces
            ("price", "1.2345", "cannot change notes.price"),
            ("views", "3000000000", "integer out of range"),
            ("score", "1.5", "cannot change notes.score"),
            ("due_at", "'2024-05-01 12:34:56+00'", "cannot change notes.due_at"),
            ("shade", "'purple'", "invalid input value for enum"),
            ("rank", "1234", "cannot change notes.rank"),
        ]
        for (column, bad, expectedError) in cases {
            try await run(client, Self.fittingValues)
            try await run(client, #"UPDATE "notes" SET "\#(column)" = \#(bad)"#)
            let before = try await value(client, #"SELECT "\#(column)"::text FROM "notes""#)
            do {
                try await MigrationRunner(client: client, logger: Self.logger).migrate(all)
                XCTFail("\(column) = \(bad): the migration applied although the value does not fit")
                return
            } catch {
                XCTAssertTrue("\(error)".contains(expectedError), "\(column) = \(bad): \(error)")
            }
            let after = try await value(client, #"SELECT "\#(column)"::text FROM "notes""#)
            XCTAssertEqual(after, before, "\(column): the failed migration changed the data")
        }
        try await run(client, Self.fittingValues)
        let applied = try await MigrationRunner(client: client, logger: Self.logger).migrate(all)
        XCTAssertEqual(applied, [narrowing.version])
        let converted = try await value(
            client, #"SELECT concat_ws('|', "price", "views", "score", "due_at", "shade", "rank", "weight") FROM "notes""#)
        XCTAssertEqual(converted, "12.34|42|3|2024-05-01|blue|7|2.25")
        await client.shutdown()
    }

    // MARK: Data written before each step and checked after it

    /// docs/spec.md §10, "data step": a narrowing migration that fails on rows that do not fit
    /// applies once the documented `UPDATE` is added at the top of the new migration file before
    /// it is applied, and the rows keep every other value.
    func testADataStepAddedToTheNewMigrationMakesItApply() async throws {
        let steps = try EvolutionReplay.run()
        let client = try await freshClient()
        var migrations: [Migration] = []
        for step in steps {
            if step.name.hasPrefix("11") { break }
            if let migration = step.newMigration {
                migrations.append(Migration(version: migration.version, name: migration.fileName, sql: migration.sql))
            }
        }
        try await MigrationRunner(client: client, logger: Self.logger).migrate(migrations)
        try await run(
            client,
            #"INSERT INTO "owners" ("name") VALUES ('ann'); INSERT INTO "notes" ("owner_id", "title", "content") VALUES (1, 'first', 'hello')"#
        )
        try await run(client, Self.fittingValues)
        try await run(client, #"UPDATE "notes" SET "label" = '\#(String(repeating: "x", count: 150))'"#)
        let narrowing = try XCTUnwrap(steps.first { $0.name.hasPrefix("11") }?.newMigration)
        let generated = Migration(version: narrowing.version, name: narrowing.fileName, sql: narrowing.sql)
        do {
            try await MigrationRunner(client: client, logger: Self.logger).migrate(migrations + [generated])
            XCTFail("the narrowing applied although a label does not fit")
        } catch {
            XCTAssertTrue("\(error)".contains("cannot change notes.label"), "\(error)")
        }
        let dataStep = #"UPDATE "notes" SET "label" = left("label", 117) || '...' WHERE length("label") > 120;"# + "\n"
        let edited = Migration(version: narrowing.version, name: narrowing.fileName, sql: dataStep + narrowing.sql)
        let applied = try await MigrationRunner(client: client, logger: Self.logger).migrate(migrations + [edited])
        XCTAssertEqual(applied, [narrowing.version])
        let label = try await value(client, #"SELECT "label" FROM "notes""#)
        XCTAssertEqual(label, String(repeating: "x", count: 117) + "...")
        let others = try await value(client, #"SELECT concat_ws('|', "title", "price", "views", "shade") FROM "notes""#)
        XCTAssertEqual(others, "first|12.34|42|blue")
        await client.shutdown()
    }

    func run(_ client: PostgresClient, _ sql: String) async throws {
        try await client.execute(sql)
    }

    func value(_ client: PostgresClient, _ sql: String) async throws -> String? {
        try await client.query(PreparedStatement(name: "", sql: sql), PostgresBindings()).rows.first?.decodeOptional(0, as: String.self)
    }

    func before(_ step: String, _ client: PostgresClient) async throws {
        switch step {
        case let s where s.hasPrefix("02"):
            try await run(
                client,
                #"INSERT INTO "owners" ("name") VALUES ('bob'); INSERT INTO "notes" ("owner_id", "title", "body") VALUES (2, 'second', NULL)"#
            )
        case let s where s.hasPrefix("05"):
            // The acknowledged steps need the data to allow them: no 'green' rows, no null content.
            try await run(
                client,
                #"UPDATE "notes" SET "color" = 'blue' WHERE "color" = 'green'; UPDATE "notes" SET "content" = '' WHERE "content" IS NULL"#)
        default: break
        }
    }

    func after(_ step: String, _ client: PostgresClient) async throws {
        switch step {
        case let s where s.hasPrefix("01"):
            try await run(
                client,
                #"INSERT INTO "owners" ("name") VALUES ('ann'); INSERT INTO "notes" ("owner_id", "title", "body", "pinned") VALUES (1, 'first', 'hello', true); INSERT INTO "tags" ("label") VALUES ('x')"#
            )
        case let s where s.hasPrefix("02"):
            let color = try await value(client, #"SELECT "color"::text FROM "notes" WHERE "title" = 'first'"#)
            XCTAssertEqual(color, "red", "a new NOT NULL column takes its default on existing rows")
            try await run(client, #"UPDATE "notes" SET "color" = 'green' WHERE "title" = 'second'"#)
        case let s where s.hasPrefix("03"):
            let content = try await value(client, #"SELECT "content" FROM "notes" WHERE "title" = 'first'"#)
            XCTAssertEqual(content, "hello", "a renamed column keeps its values")
            try await run(
                client, #"INSERT INTO "notes" ("owner_id", "title", "color") VALUES (1, '\#(String(repeating: "t", count: 150))', 'blue')"#)
            try await run(client, #"DELETE FROM "notes" WHERE length("title") > 60"#)
        case let s where s.hasPrefix("05"):
            let pinned = try await value(
                client, #"SELECT count(*)::text FROM information_schema.columns WHERE table_name = 'notes' AND column_name = 'pinned'"#)
            XCTAssertEqual(pinned, "0")
            let notes = try await value(client, #"SELECT count(*)::text FROM "notes""#)
            XCTAssertEqual(notes, "2", "rows survive the acknowledged destructive steps")
        case let s where s.hasPrefix("10"):
            try await run(client, Self.fittingValues)
        case let s where s.hasPrefix("11"):
            let converted = try await value(
                client,
                #"SELECT concat_ws('|', "price", "views", "score", "due_at", "shade", "rank", "label", "weight") FROM "notes" WHERE "title" = 'first'"#
            )
            XCTAssertEqual(
                converted, "12.34|42|3|2024-05-01|blue|7|\(String(repeating: "l", count: 120))|2.25",
                "values that fit survive every narrowing conversion")
        case let s where s.hasPrefix("09"):
            let emails = try await value(client, #"SELECT string_agg("email", ',' ORDER BY "id") FROM "owners""#)
            XCTAssertEqual(emails, "unknown@example.com,unknown@example.com", "existing nulls are backfilled with the default")
        default: break
        }
    }
}
