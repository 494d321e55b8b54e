import Generator
import XCTest

/// The scanner that finds `:name` parameters in declared SQL, and the map from Postgres's error
/// positions back to the spec: exact snippets in, exact text and positions out.
final class DeclaredSQLTests: XCTestCase {
    func testParametersAreFoundOnlyWhereSQLReadsAnExpression() {
        let sql = DeclaredSQL(
            #"""
            SELECT ':no', "col:no", E'it\'s :no', $tag$ :no $tag$, x::text -- :no
            FROM t /* :no /* nested :no */ */ WHERE a = :a AND b = :b_2 OR a = :a
            """#)
        XCTAssertEqual(sql.occurrences.map(\.name), ["a", "b_2", "a"])
        XCTAssertEqual(sql.names, ["a", "b_2"])
        XCTAssertEqual(sql.positionalOffsets, [])
        XCTAssertEqual(DeclaredSQL("SELECT '$1', $2 FROM t").positionalOffsets, [13], "a `$2` outside literals, not the quoted one")
    }

    func testPreparedTextNumbersAndCastsEachNameOnce() {
        let sql = DeclaredSQL("UPDATE t SET done = NOT done WHERE id = :id AND owner = :owner RETURNING :id")
        let (text, _) = sql.prepared(types: ["id": "integer", "owner": "uuid"])
        XCTAssertEqual(text, "UPDATE t SET done = NOT done WHERE id = $1::integer AND owner = $2::uuid RETURNING $1::integer")
    }

    func testPositionsInThePreparedTextMapBackToTheWrittenText() {
        let sql = DeclaredSQL("WHERE id = :id AND colum = 1")
        let (text, map) = sql.prepared(types: ["id": "integer"])
        let prepared = Array(text.unicodeScalars)
        let written = Array(sql.text.unicodeScalars)
        // `colum` after the replacement, and inside the replacement itself.
        let after = text.distance(from: text.startIndex, to: text.range(of: "colum")!.lowerBound)
        XCTAssertEqual(String(String.UnicodeScalarView(written[map.writtenOffset(after)...].prefix(5))), "colum")
        let inside = text.distance(from: text.startIndex, to: text.range(of: "$1")!.lowerBound) + 3
        XCTAssertEqual(written[map.writtenOffset(inside)], ":")
        XCTAssertEqual(String(String.UnicodeScalarView(prepared[0..<5])), "WHERE")
        XCTAssertEqual(map.writtenOffset(0), 0)
    }

    /// A statement in a `|` block: an error at a column of its third line is reported at that
    /// line and column of the spec file.
    func testErrorsInABlockScalarAreLocatedAtTheirSpecLineAndColumn() throws {
        let spec = """
            api: { name: Notes, version: 1.0.0, module: NotesAPI }
            models:
              Note:
                fields:
                  id: { type: int, primary_key: true, default: identity }
                  title: { type: string, max_length: 100 }
            endpoints:
              - name: longNotes
                method: GET
                path: /notes/{id}
                params: { id: Note.id }
                response: Note
                sql: |
                  SELECT id, title
                  FROM notes
                  WHERE id = :id AND length(titel) > :minimum
            """
        let output = GeneratorPipeline.run(
            GeneratorPipeline.Input(specPath: "spec/notes.yaml", specBytes: Array(spec.utf8), templates: try FixtureSupport.templates()))
        XCTAssertEqual(
            output.diagnostics.rendered.split(separator: "\n").first.map(String.init),
            "spec/notes.yaml:16:42: error: ':minimum' is not a parameter of endpoint 'longNotes'; available: :id")
    }
}
