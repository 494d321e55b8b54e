import XCTest

@testable import Generator

/// Stage: validated model → schema + migration plan.
final class SchemaPlanSnippetTests: XCTestCase {
    private func makePlan(existing: [GeneratorPipeline.ExistingMigration] = []) throws -> (SchemaPlan, Diagnostics) {
        let model = try Snippet.model(
            """
            models:
              Note:
                fields:
                  id: { type: int, primary_key: true, default: identity }
                  body: { type: text }
            """)
        let input = GeneratorPipeline.Input(
            specPath: "spec/snippet.yaml", specBytes: [], templates: Snippet.templates, existingMigrations: existing)
        var diagnostics = Diagnostics()
        return (SchemaPlan.make(model, input: input, diagnostics: &diagnostics), diagnostics)
    }

    func testANewModelPlansOneMigrationThatCreatesItsTable() throws {
        let (plan, diagnostics) = try makePlan()
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.rendered)
        XCTAssertEqual(plan.changes.map(\.summary), ["create table notes"])
        XCTAssertEqual(plan.newMigration?.fileName, "0001_initial.sql")
        XCTAssertEqual(plan.newMigration?.statements.count, 1)
    }

    /// The plan's errors are validation errors: reported, and nothing is emitted.
    func testMigrationsWithoutASnapshotAreAnErrorBeforeEmitting() throws {
        let (plan, diagnostics) = try makePlan(existing: [.init(version: 1, fileName: "0001_init.sql", sql: "")])
        XCTAssertNil(plan.newMigration)
        XCTAssertEqual(
            diagnostics.rendered,
            "error: migrations/snippet has migrations but no schema.json snapshot; restore it from version control\n1 error generated.\n")
    }
}
