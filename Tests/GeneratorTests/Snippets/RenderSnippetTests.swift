import XCTest

@testable import Generator

/// Stage: typed view models → rendered Swift, one partial at a time.
final class RenderSnippetTests: XCTestCase {
    func testReadParametersNarrowsAnIntegerKey() throws {
        let view = ParameterReadView(
            reads: [ParameterReadView.read("id", param: "id", type: .int)],
            body: .init(name: "patch", type: "NotePatch"), notFoundMessage: "\"Note not found\"")
        XCTAssertEqual(
            try Snippet.render("swift/partials/ReadParameters.swift", view),
            """
            var validator = Validator()
            let id = validator.path(request, "id", .anyInteger)
            let patch = try NotePatch.decode(request, after: &validator)
            guard let id else { throw ValidationError(validator.issues) }
            guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Note not found") }

            """)
    }

    /// A member-scoped create whose model has `creatable: false` fields reads its body refusing them.
    /// The body's decoding throws the issues of the path and the body at once, so the guard only
    /// unwraps the path parameters.
    func testReadParametersRefusesWhatACreateMayNotSend() throws {
        let view = ParameterReadView(
            reads: [ParameterReadView.read("clinicID", param: "clinic_id", type: .uuid)],
            body: .init(name: "input", type: "VisitInput", refusing: #"["state"]"#), notFoundMessage: "\"Clinic not found\"")
        XCTAssertEqual(
            try Snippet.render("swift/partials/ReadParameters.swift", view),
            """
            var validator = Validator()
            let clinicID = validator.path(request, "clinic_id", .uuid)
            let input = try VisitInput.decode(request, after: &validator, refusing: ["state"])
            guard let clinicID else { throw ValidationError(validator.issues) }

            """)
    }

    /// A body and nothing in the path: the body's decoding is the only check, so there is no
    /// guard to write.
    func testReadParametersOfABodyAlone() throws {
        let view = ParameterReadView(reads: [], body: .init(name: "input", type: "SuggestionInput"), notFoundMessage: "")
        XCTAssertEqual(
            try Snippet.render("swift/partials/ReadParameters.swift", view),
            """
            var validator = Validator()
            let input = try SuggestionInput.decode(request, after: &validator)

            """)
    }

    /// A custom endpoint's parameters: no message on the 404, a UUID needs no narrowing.
    func testReadParametersOfACustomEndpoint() throws {
        let view = ParameterReadView(
            reads: [
                ParameterReadView.read("orderID", param: "order_id", type: .uuid),
                ParameterReadView.read("line", param: "line", type: .bigint),
            ],
            body: nil, notFoundMessage: "")
        XCTAssertEqual(
            try Snippet.render("swift/partials/ReadParameters.swift", view),
            """
            var validator = Validator()
            let orderID = validator.path(request, "order_id", .uuid)
            let line = validator.path(request, "line", .anyInteger)
            guard validator.isValid, let orderID, let line else { throw ValidationError(validator.issues) }
            guard let line else { throw HTTPError.notFound() }

            """)
    }

    func testTheListMethodSwitchesOverSortAndDirection() throws {
        let model = try Snippet.model(Snippet.notes)

        let entity = try XCTUnwrap(model.entity("Note"))
        let store = StoreViewModel(entity: entity, model: model, resource: model.resources.first).make()
        let list = try XCTUnwrap(store.methods.first { $0.name == "list" })
        XCTAssertEqual(
            try Snippet.render("swift/partials/StoreList.swift", list, inside: store),
            """
            let statement: PreparedStatement
            switch (query.sort, query.order) {
            case (.title, .asc): statement = Self.statements.listTitleAsc
            case (.title, .desc): statement = Self.statements.listTitleDesc
            }
            return try await database.page(statement, binds, as: Note.self)

            """)
    }
}
