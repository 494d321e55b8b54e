import Foundation
import LibraryAPIFixture
import Runtime

/// The library fixture as a server of its own, for black-box checks (bench/schemathesis.sh
/// with APP=library): the generated code plus this one hand-written endpoint.
struct LibraryHandlers: LibraryAPIHandlers {
    static let search = PreparedStatement(
        name: "fixture_search_books",
        sql:
            "SELECT id, title, genre, copies, times_lent, published_on, price, added_at FROM books WHERE title ILIKE $1 ORDER BY id LIMIT $2"
    )

    func searchBooks(_ input: SearchBooksInput, context: APIContext) async throws -> [Book] {
        try await context.database.all(Self.search, [SQLPattern.contains(input.q), input.limit], as: Book.self)
    }
}

exit(await ServerMain.run(GeneratedAPI.self, handlers: LibraryHandlers(), arguments: CommandLine.arguments))
