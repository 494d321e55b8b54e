// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /books`, checked all at once.
public struct BookListQuery: Sendable {

    public static func decode(_ request: Request) throws(ValidationError) -> BookListQuery {
        return BookListQuery(
        )
    }
}

extension GeneratedAPI {
    /// The `Book` resource: list, get, create.
    static func bookRoutes(_ context: APIContext) -> [Route] {
        let store = BookStore(context.database)
        return [
            Route(.GET, "/books") { request in
                let query = try BookListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.GET, "/books/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let book = try await store.find(id: id) else { throw HTTPError.notFound("Book not found") }
                return .json(200, book)
            },
            Route(.POST, "/books") { request in
                let input = try BookInput.decode(request)
                let book = try await store.insert(input)
                return .json(201, book, headers: HTTPHeaders([("Location", "/books/\(PathSegment.encode(book.id))")]))
            },
        ]
    }
}
