import XCTest

@testable import Generator

final class DiagnosticsTests: XCTestCase {
    private func at(_ line: Int, _ column: Int, _ file: String = "spec/todo.yaml") -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    func testRenderedDiagnosticWithNotes() {
        let note = Diagnostic(.note, "'Task' was first defined here", at: at(3, 3))
        let diagnostic = Diagnostic(.error, "duplicate model 'Task'", at: at(12, 7), notes: [note])
        XCTAssertEqual(
            diagnostic.rendered,
            """
            spec/todo.yaml:12:7: error: duplicate model 'Task'
            spec/todo.yaml:3:3: note: 'Task' was first defined here
            """)
        XCTAssertEqual(Diagnostic(.warning, "no routes", at: nil).rendered, "warning: no routes")
    }

    func testSortedByLocationStableAndDeduplicated() {
        var diagnostics = Diagnostics()
        diagnostics.error("b second", at: at(5, 1))
        diagnostics.warning("a first", at: at(2, 9))
        diagnostics.error("b first", at: at(5, 1))
        diagnostics.error("other file", at: at(1, 1, "spec/a.yaml"))
        diagnostics.error("b second", at: at(5, 1))
        diagnostics.error("no place", at: nil)
        XCTAssertEqual(
            diagnostics.sorted.map(\.message), ["no place", "other file", "a first", "b second", "b first"])
        XCTAssertEqual(diagnostics.items.count, 6)
    }

    func testRenderedListWithSummary() {
        var diagnostics = Diagnostics()
        XCTAssertEqual(diagnostics.rendered, "")
        XCTAssertFalse(diagnostics.hasErrors)
        diagnostics.warning("unused model 'Tag'", at: at(20, 3))
        XCTAssertFalse(diagnostics.hasErrors)
        XCTAssertEqual(diagnostics.rendered, "spec/todo.yaml:20:3: warning: unused model 'Tag'\n1 warning generated.\n")
        var more = Diagnostics()
        more.error("unknown type 'strng'; did you mean 'string'?", at: at(12, 7))
        more.error("missing 'routes'", at: at(1, 1))
        diagnostics.append(contentsOf: more)
        diagnostics.append(Diagnostic(.note, "stray note", at: at(30, 1)))
        XCTAssertTrue(diagnostics.hasErrors)
        XCTAssertEqual(
            diagnostics.rendered,
            """
            spec/todo.yaml:1:1: error: missing 'routes'
            spec/todo.yaml:12:7: error: unknown type 'strng'; did you mean 'string'?
            spec/todo.yaml:20:3: warning: unused model 'Tag'
            spec/todo.yaml:30:1: note: stray note
            2 errors, 1 warning generated.

            """)
    }

    func testSourceLocationOrdering() {
        XCTAssertLessThan(at(1, 9), at(2, 1))
        XCTAssertLessThan(at(2, 1), at(2, 2))
        XCTAssertLessThan(at(9, 9, "a.yaml"), at(1, 1, "b.yaml"))
        XCTAssertEqual(at(3, 4).description, "spec/todo.yaml:3:4")
    }

    func testSuggestionFindsCloseCandidates() {
        let types = ["string", "int", "bool", "uuid", "timestamp", "date", "decimal"]
        XCTAssertEqual(Suggestion.closest(to: "strng", among: types), "string")
        XCTAssertEqual(Suggestion.closest(to: "Strnig", among: types), "string")  // transposition, case
        XCTAssertEqual(Suggestion.closest(to: "timestmap", among: types), "timestamp")
        XCTAssertEqual(Suggestion.closest(to: "itn", among: types), "int")
        XCTAssertEqual(Suggestion.closest(to: "INT", among: types), "int")
        XCTAssertNil(Suggestion.closest(to: "float", among: types))
        XCTAssertNil(Suggestion.closest(to: "x", among: []))
        XCTAssertEqual(Suggestion.didYouMean("strng", among: types), "; did you mean 'string'?")
        XCTAssertEqual(Suggestion.didYouMean("zzzzzz", among: types), "")
    }

    func testSuggestionPrefersTheClosestThenTheFirst() {
        XCTAssertEqual(Suggestion.closest(to: "titel", among: ["tile", "title"]), "title")
        XCTAssertEqual(Suggestion.closest(to: "ab", among: ["ax", "ay"]), "ax")
        XCTAssertEqual(Suggestion.editDistance(Array("ca"), Array("abc")), 3)
        XCTAssertEqual(Suggestion.editDistance(Array(""), Array("abc")), 3)
    }
}
