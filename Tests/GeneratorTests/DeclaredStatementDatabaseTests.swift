import Foundation
import Generator
import XCTest

/// Declared SQL checked by a real Postgres at generate time: the checked-in record of the
/// library fixture is what Postgres says today; a rename that breaks a statement fails
/// `generate` with a located error, and passes once the SQL follows; errors carry Postgres's
/// position mapped into the spec; a stale record without a database is an error, not a guess.
final class DeclaredStatementDatabaseTests: XCTestCase {
    func testLibraryRecordIsWhatPostgresSays() throws {
        let spec = try Data(contentsOf: FixtureSupport.fixtures.appendingPathComponent("library/spec.yaml"))
        let input = GeneratorPipeline.Input(
            specPath: "spec/library.yaml", specBytes: [UInt8](spec), templates: try FixtureSupport.templates(),
            statementDescriber: try TestDatabase.describer())
        let output = GeneratorPipeline.run(input)
        XCTAssertFalse(output.diagnostics.hasErrors, output.diagnostics.rendered)
        let record = try XCTUnwrap(output.files.first { $0.path == "spec/library.statements.json" })
        let expected = try String(
            contentsOf: FixtureSupport.fixtures.appendingPathComponent("library/expected/spec/library.statements.json"), encoding: .utf8)
        XCTAssertEqual(record.contents, expected)
    }

    static let notes = """
        api: { name: Notes, version: 1.0.0, module: NotesAPI }
        models:
          Note:
            fields:
              id: { type: int, primary_key: true, default: identity }
        {{field}}
        endpoints:
          - name: longNotes
            method: GET
            path: /notes/long
            response: "[Note]"
            sql: |
              SELECT id, {{column}}
              FROM notes
              WHERE length({{column}}) > 10
        """

    func notes(field: String, column: String) -> [UInt8] {
        Array(Self.notes.replacingOccurrences(of: "{{field}}", with: field).replacingOccurrences(of: "{{column}}", with: column).utf8)
    }

    func testARenameThatBreaksAStatementFailsAtGenerateTimeUntilTheSQLFollows() throws {
        let templates = try FixtureSupport.templates()
        let describer = try TestDatabase.describer()
        let v1 = GeneratorPipeline.run(
            GeneratorPipeline.Input(
                specPath: "spec/notes.yaml", specBytes: notes(field: "      title: { type: string, max_length: 100 }", column: "title"),
                templates: templates, statementDescriber: describer))
        XCTAssertFalse(v1.diagnostics.hasErrors, v1.diagnostics.rendered)
        func file(_ path: String) throws -> String { try XCTUnwrap(v1.files.first { $0.path == path }).contents }
        let existing = [
            GeneratorPipeline.ExistingMigration(
                version: 1, fileName: "0001_initial.sql", sql: try file("migrations/notes/0001_initial.sql"))
        ]
        let snapshot = try SchemaSnapshot.decode(try file("migrations/notes/schema.json"))
        let record = try file("spec/notes.statements.json")

        // The column is renamed; the SQL still says `title`. The record no longer matches the
        // schema, so Postgres is asked again, and says no, at the column in the spec.
        let renamed = "      heading: { type: string, max_length: 100, renamed_from: title }"
        let v2 = GeneratorPipeline.run(
            GeneratorPipeline.Input(
                specPath: "spec/notes.yaml", specBytes: notes(field: renamed, column: "title"), templates: templates,
                existingMigrations: existing, previousSchema: snapshot, recordedStatements: record, statementDescriber: describer))
        XCTAssertEqual(
            v2.diagnostics.rendered,
            """
            spec/notes.yaml:13:18: error: statement of endpoint 'longNotes': column "title" does not exist; the spec renames it to 'heading' (renamed_from), so the SQL must say 'heading'
            1 error generated.

            """)
        XCTAssertTrue(v2.files.isEmpty)

        // With the SQL following the rename, it generates: the migration renames, the record follows.
        let v3 = GeneratorPipeline.run(
            GeneratorPipeline.Input(
                specPath: "spec/notes.yaml", specBytes: notes(field: renamed, column: "heading"), templates: templates,
                existingMigrations: existing, previousSchema: snapshot, recordedStatements: record, statementDescriber: describer))
        XCTAssertFalse(v3.diagnostics.hasErrors, v3.diagnostics.rendered)
        let migration = try XCTUnwrap(
            v3.files.first { $0.path == "migrations/notes/0002_update.sql" || $0.path.hasPrefix("migrations/notes/0002") })
        XCTAssertTrue(migration.contents.contains(#"RENAME COLUMN "title" TO "heading""#), migration.contents)
        let newRecord = try XCTUnwrap(v3.files.first { $0.path == "spec/notes.statements.json" }).contents
        XCTAssertTrue(newRecord.contains("\"heading: character varying(100)\""), newRecord)
    }

    func testPostgresErrorsAreLocatedWithSuggestionsAndTheResultIsCheckedAgainstTheResponse() throws {
        let templates = try FixtureSupport.templates()
        let describer = try TestDatabase.describer()
        let field = "      title: { type: string, max_length: 100 }"
        func run(_ spec: String) -> String {
            GeneratorPipeline.run(
                GeneratorPipeline.Input(
                    specPath: "spec/notes.yaml", specBytes: Array(spec.utf8), templates: templates, statementDescriber: describer)
            )
            .diagnostics.rendered
        }
        let base = Self.notes.replacingOccurrences(of: "{{field}}", with: field)
        XCTAssertEqual(
            run(base.replacingOccurrences(of: "FROM notes", with: "FROM note").replacingOccurrences(of: "{{column}}", with: "title")),
            "spec/notes.yaml:14:12: error: statement of endpoint 'longNotes': relation \"note\" does not exist; did you mean 'notes'?\n1 error generated.\n"
        )
        let wrongColumns = run(
            base.replacingOccurrences(of: "SELECT id, {{column}}", with: "SELECT title, id").replacingOccurrences(
                of: "{{column}}", with: "title"))
        XCTAssertTrue(
            wrongColumns.hasPrefix(
                "spec/notes.yaml:12:10: error: the rows of endpoint 'longNotes' must be Note's columns in order (id integer, title character varying(100)): column 1 is 'title', where Note has 'id'"
            ),
            wrongColumns)
    }

    /// A mistake in one statement is reported once: the statements after it are still checked
    /// against the schema, not against an aborted transaction.
    func testOneBadStatementDoesNotFailTheOthers() throws {
        var spec = String(decoding: notes(field: "      title: { type: string, max_length: 100 }", column: "title"), as: UTF8.self)
        spec =
            spec.replacingOccurrences(of: "FROM notes", with: "FROM notez") + """

                  - name: allNotes
                    method: GET
                    path: /notes/all
                    response: "[Note]"
                    sql: SELECT id, title FROM notes ORDER BY id
                """
        let output = GeneratorPipeline.run(
            GeneratorPipeline.Input(
                specPath: "spec/notes.yaml", specBytes: Array(spec.utf8), templates: try FixtureSupport.templates(),
                statementDescriber: try TestDatabase.describer()))
        XCTAssertEqual(
            output.diagnostics.rendered,
            "spec/notes.yaml:14:12: error: statement of endpoint 'longNotes': relation \"notez\" does not exist; did you mean 'notes'?\n1 error generated.\n"
        )
    }

    func testAStaleRecordWithoutADatabaseIsAnErrorNamingTheFix() throws {
        let spec = notes(field: "      title: { type: string, max_length: 100 }", column: "title")
        let output = GeneratorPipeline.run(
            GeneratorPipeline.Input(specPath: "spec/notes.yaml", specBytes: spec, templates: try FixtureSupport.templates()))
        XCTAssertEqual(
            output.diagnostics.rendered,
            """
            spec/notes.yaml:12:10: error: the declared SQL of endpoint 'longNotes' must be checked by Postgres: spec/notes.statements.json does not record it yet; run 'swift run generate' (it uses DATABASE_URL, or starts the development database)
            1 error generated.

            """)
    }
}
