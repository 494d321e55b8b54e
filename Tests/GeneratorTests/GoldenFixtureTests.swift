import Foundation
import Generator
import XCTest

/// Every fixture spec, generated and compared byte for byte with its golden output.
final class GoldenFixtureTests: XCTestCase {
    func testBlogFixture() throws {
        try assertGolden("blog")
    }

    func testOrdersFixture() throws {
        try assertGolden("orders")
    }

    /// Declared SQL of every shape; its types come from the checked-in record, no database.
    func testLibraryFixture() throws {
        try assertGolden("library")
    }

    /// Memberships, roles, nested paths and per-operation access compiled into the statements.
    func testClinicFixture() throws {
        try assertGolden("clinic")
    }

    /// The TODO spec's output is the checked-in code itself: the same check as `generate --check`.
    func testTodoSpecMatchesCheckedInCode() throws {
        let root = FixtureSupport.packageRoot
        let spec = try Data(contentsOf: root.appendingPathComponent("spec/todo.yaml"))
        let migrations = root.appendingPathComponent("migrations/todo")
        let existing = try FixtureSupport.files(under: migrations).filter { $0.hasSuffix(".sql") }.map { name in
            GeneratorPipeline.ExistingMigration(
                version: Int(name.prefix { $0.isNumber }) ?? 0, fileName: name,
                sql: try String(contentsOf: migrations.appendingPathComponent(name), encoding: .utf8)
            )
        }
        let snapshot = try SchemaSnapshot.decode(String(contentsOf: migrations.appendingPathComponent("schema.json"), encoding: .utf8))
        let input = GeneratorPipeline.Input(
            specPath: "spec/todo.yaml", specBytes: [UInt8](spec), templates: try FixtureSupport.templates(), existingMigrations: existing,
            previousSchema: snapshot,
            recordedStatements: try String(contentsOf: root.appendingPathComponent("spec/todo.statements.json"), encoding: .utf8))
        let output = GeneratorPipeline.run(input)
        XCTAssertFalse(output.diagnostics.hasErrors, output.diagnostics.rendered)
        for file in output.files {
            let onDisk = try? String(contentsOf: root.appendingPathComponent(file.path), encoding: .utf8)
            XCTAssertEqual(onDisk, file.contents, "\(file.path) is stale: run `swift run generate`")
        }
    }

    /// Two runs over the same input give byte-identical output.
    func testOutputIsDeterministic() throws {
        let first = try FixtureSupport.run(case: "blog")
        let second = try FixtureSupport.run(case: "blog")
        XCTAssertEqual(first.files, second.files)
    }

    /// Every failing spec fixture: the full rendered diagnostics, compared with `stderr.txt`.
    func testErrorFixtures() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: FixtureSupport.fixtures.path).sorted().filter {
            FileManager.default.fileExists(atPath: FixtureSupport.fixtures.appendingPathComponent("\($0)/stderr.txt").path)
        }
        XCTAssertFalse(cases.isEmpty, "no error fixtures found")
        for name in cases {
            let output = try FixtureSupport.run(case: name)
            XCTAssertTrue(output.diagnostics.hasErrors, "\(name): expected errors")
            XCTAssertTrue(output.files.isEmpty, "\(name): a failing spec must produce no files")
            let expectedURL = FixtureSupport.fixtures.appendingPathComponent("\(name)/stderr.txt")
            if FixtureSupport.regenerate {
                try Data(output.diagnostics.rendered.utf8).write(to: expectedURL)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(output.diagnostics.rendered, expected, "\(name): diagnostics differ")
        }
    }

    private func assertGolden(_ name: String) throws {
        let output = try FixtureSupport.run(case: name)
        XCTAssertFalse(output.diagnostics.hasErrors, output.diagnostics.rendered)
        try FixtureSupport.assertMatches(output.files, expected: FixtureSupport.fixtures.appendingPathComponent("\(name)/expected"))
    }
}
