import Foundation
import Generator
import XCTest

/// Golden migrations, reports and diagnostics for a sequence of spec edits covering every kind
/// of change: create/drop table, add/drop/rename column, type widening and narrowing, nullability
/// with and without a default, defaults, unique constraints, indexes, foreign-key rules, enum
/// values added and dropped, refusal without acknowledgement, no-op regeneration.
final class EvolutionFixtureTests: XCTestCase {
    func testEveryStepMatchesItsGoldenOutput() throws {
        let steps = try EvolutionReplay.run()
        XCTAssertGreaterThanOrEqual(steps.count, 5)
        try assertGolden(steps, in: EvolutionReplay.directory)
    }

    /// Edits of the clinic spec's access rules: the report calls out, under its security
    /// heading, who can now call what (and who no longer can), with no database change.
    func testAccessEditsAreCalledOutInTheReport() throws {
        let directory = FixtureSupport.fixtures.appendingPathComponent("access-evolution")
        let steps = try EvolutionReplay.run(in: directory, spec: "clinic")
        XCTAssertEqual(steps.count, 2)
        let widened = try XCTUnwrap(steps.last?.output.report)
        XCTAssertTrue(widened.databaseChanges.isEmpty)
        XCTAssertTrue(widened.accessChanges.contains { $0.widens && $0.summary.contains("Clinic nurse can now call it") })
        XCTAssertTrue(widened.accessChanges.contains { !$0.widens && $0.summary.contains("Clinic receptionist can no longer") })
        try assertGolden(steps, in: directory)
    }

    func assertGolden(_ steps: [EvolutionReplay.Step], in directory: URL) throws {
        for step in steps {
            let expected = directory.appendingPathComponent("expected/\(step.name)")
            var actual: [String: String] = [:]
            if step.output.diagnostics.hasErrors {
                actual["stderr.txt"] = step.output.diagnostics.rendered
            } else {
                actual["report.md"] = step.output.report?.markdown ?? ""
                if let migration = step.newMigration { actual["migration.sql"] = migration.sql }
                if !step.output.diagnostics.rendered.isEmpty { actual["warnings.txt"] = step.output.diagnostics.rendered }
            }
            if FixtureSupport.regenerate {
                try? FileManager.default.removeItem(at: expected)
                try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
                for (name, text) in actual { try Data(text.utf8).write(to: expected.appendingPathComponent(name)) }
                continue
            }
            let onDisk = try FixtureSupport.files(under: expected)
            XCTAssertEqual(onDisk, actual.keys.sorted(), "\(step.name): expected files differ")
            for (name, text) in actual {
                let golden = try? String(contentsOf: expected.appendingPathComponent(name), encoding: .utf8)
                XCTAssertEqual(golden, text, "\(step.name)/\(name) differs (REGENERATE=1 rewrites it)")
            }
        }
    }

    /// An unchanged spec produces no new migration file and an empty report.
    func testUnchangedSpecWritesNoMigration() throws {
        let steps = try EvolutionReplay.run()
        let unchanged = try XCTUnwrap(steps.first { $0.name.contains("unchanged") })
        XCTAssertFalse(unchanged.output.diagnostics.hasErrors)
        XCTAssertNil(unchanged.newMigration)
        XCTAssertEqual(unchanged.output.report?.isEmpty, true)
    }

    /// Each destructive step is refused on its own, located at the field or model it concerns.
    func testDestructiveStepsAreRefusedWithoutAcknowledgement() throws {
        let steps = try EvolutionReplay.run()
        let refused = try XCTUnwrap(steps.first { $0.name.contains("refused") })
        let messages = refused.output.diagnostics.sorted.filter { $0.severity == .error }.map(\.message)
        for needle in [
            "drop column notes.pinned", "forbid null in notes.content", "change type of notes.title", "drop table tags",
            "drop value green from enum color",
        ] {
            XCTAssertTrue(messages.contains { $0.hasPrefix(needle) }, "no refusal for '\(needle)' in \(messages)")
        }
        XCTAssertTrue(refused.output.diagnostics.sorted.allSatisfy { $0.location != nil })
        XCTAssertTrue(refused.output.files.isEmpty)
    }
}
