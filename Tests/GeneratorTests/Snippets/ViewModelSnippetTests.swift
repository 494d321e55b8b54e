import XCTest

@testable import Generator

/// Stage: validated model → typed view models.
final class ViewModelSnippetTests: XCTestCase {
    let spec = Snippet.notes + "\n      paging: {}"

    /// The key is read as an integer of any size, and one beyond `Int32` is a 404 with the
    /// resource's message (the same partial the custom endpoints use, with no message).
    func testAnItemRouteReadsItsKeyWithOneValidator() throws {
        let routes = try Snippet.routes(Snippet.model(spec), "Note")
        let replace = try XCTUnwrap(routes.routes.first { $0.replace })
        XCTAssertEqual(replace.method, "PUT")
        XCTAssertEqual(replace.path, "/notes/{id}")
        XCTAssertEqual(
            replace.parameters,
            ParameterReadView(
                reads: [.init(name: "id", param: "\"id\"", field: ".anyInteger", narrowsToInt32: true, narrowsToInt64: false)],
                body: .init(name: "input", type: "NoteInput"),
                notFoundMessage: "\"Note not found\""
            ))
        XCTAssertEqual(replace.parameters?.checked, ["id"])
        XCTAssertEqual(replace.parameters?.guardsValidity, false, "decode(_:after:) throws every issue of the path and the body")
    }

    /// Sort keys and directions are enums, not strings.
    func testTheListQuerySortsByAnEnum() throws {
        let query = try XCTUnwrap(Snippet.routes(Snippet.model(spec), "Note").query)
        XCTAssertEqual(query.sort, EnumView(name: "Sort", values: ["title"]))
        // Each value is read into an underscored local, which no parameter's name can shadow.
        XCTAssertEqual(query.reads.map(\.local), ["_sort", "_order", "_limit", "_offset"])
        XCTAssertEqual(query.properties.map(\.swiftName), ["sort", "order", "limit", "offset"])
        XCTAssertEqual(
            query.reads[0], .init(local: "_sort", param: "\"sort\"", field: ".enumeration(Sort.self)", defaultValue: ".title"))
        XCTAssertEqual(
            query.reads[1], .init(local: "_order", param: "\"order\"", field: ".enumeration(SortDirection.self)", defaultValue: ".asc"))
    }

    func testTheListMethodPicksOneStatementPerKeyAndDirection() throws {
        let model = try Snippet.model(spec)
        let entity = try XCTUnwrap(model.entity("Note"))
        let store = StoreViewModel(entity: entity, model: model, resource: model.resources.first).make()
        let list = try XCTUnwrap(store.methods.first { $0.name == "list" }?.list)
        XCTAssertEqual(
            list.orderings,
            [
                .init(sortCase: "title", orderCase: "asc", statement: "listTitleAsc", firstPage: "listTitleAscFirstPage"),
                .init(sortCase: "title", orderCase: "desc", statement: "listTitleDesc", firstPage: "listTitleDescFirstPage"),
            ])
        // The plain first page runs without filters or an offset, and binds only what every page does.
        XCTAssertEqual(list.firstPageConditions, "query.offset == 0")
        XCTAssertEqual(list.queryBinds, [])
        let firstPage = try XCTUnwrap(store.statements.first { $0.swiftName == "listTitleAscFirstPage" })
        XCTAssertEqual(firstPage.type, "FirstPageStatement")
        XCTAssertEqual(firstPage.sqlLines.last, #"ORDER BY "notes"."title" ASC, "notes"."id" ASC"#)
    }

    /// A store's statements are one labeled tuple, except a single one (Swift has no one-element
    /// labeled tuple), and the methods name them through `statementsRoot`.
    func testAStoreKeepsItsStatementsInOneTupleUnlessThereIsOnlyOne() throws {
        let model = try Snippet.model(
            """
            models:
              Note:
                fields:
                  id: { type: int, primary_key: true, default: identity }
                  title: { type: string, max_length: 80 }
              Pin:
                primary_key: [note_id, slot]
                fields:
                  note_id: { type: int, belongs_to: Note, on_delete: cascade }
                  slot: { type: int }
            resources:
              - model: Note
                path: /notes
            """)
        let notes = StoreViewModel(entity: try XCTUnwrap(model.entity("Note")), model: model, resource: model.resources.first).make()
        XCTAssertGreaterThan(notes.statements.count, 1)
        XCTAssertEqual([notes.statementsInTuple.description, notes.statementsRoot], ["true", "Self.statements"])
        let pins = StoreViewModel(entity: try XCTUnwrap(model.entity("Pin")), model: model, resource: nil).make()
        XCTAssertEqual(pins.statements.map(\.swiftName), ["insert"])
        XCTAssertEqual([pins.statementsInTuple.description, pins.statementsRoot], ["false", "Statements"])
    }

    /// A tenant and a parent whose names the generated route and store use themselves (the
    /// clinic fixture with `clinic_id` named `store`, `patient_id` named `request`) are read and
    /// bound as `_store` and `_request`; argument labels keep the names (Names.local). The
    /// keywords fixture compiles the parent, key, model and endpoint cases.
    func testPathValuesNamedAsTheGeneratedCodesOwnNamesGetUnderscoredLocals() throws {
        let clinic = try String(contentsOf: FixtureSupport.fixtures.appendingPathComponent("clinic/spec.yaml"), encoding: .utf8)
        let model = try Snippet.model(
            clinic.replacingOccurrences(of: "clinic_id", with: "store").replacingOccurrences(of: "patient_id", with: "request"),
            header: false)
        let routes = try Snippet.routes(model, "Appointment")
        let create = try XCTUnwrap(routes.routes.first { $0.create }?.tenant)
        XCTAssertEqual(create.parameters?.reads.map(\.name), ["_store", "_request"])
        XCTAssertEqual(create.arguments, ", store: _store, request: _request, subject: subject")
        XCTAssertEqual(create.standing, "store.standing(store: _store, subject: subject, request: _request)")
        let store = StoreViewModel(
            entity: try XCTUnwrap(model.entity("Appointment")), model: model,
            resource: model.resources.first {
                $0.entity == "Appointment"
            }
        ).make()
        let insert = try XCTUnwrap(store.methods.first { $0.name == "insert" })
        XCTAssertEqual(
            insert.parameters.map { [$0.label, $0.name] },
            [["_", "input"], ["store", "_store"], ["request", "_request"], ["", "subject"]])
        XCTAssertEqual(Array(insert.binds.prefix(3)), ["_store", "_request", "subject"])
    }
}
