// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /books/{book_id}/reviews`, checked all at once.
public struct ReviewListQuery: Sendable {
    public let limit: Int
    public let offset: Int

    public static func decode(_ request: Request) throws(ValidationError) -> ReviewListQuery {
        var validator = Validator()
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 20)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        try validator.check()
        return ReviewListQuery(
            limit: _limit,
            offset: _offset
        )
    }
}

extension GeneratedAPI {
    /// The `Review` resource: list, create, get, replace, patch, delete.
    static func reviewRoutes(_ context: APIContext) -> [Route] {
        let store = ReviewStore(context.database)
        return [
            Route(.GET, "/books/{book_id}/reviews") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                guard validator.isValid, let bookID else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                let query = try ReviewListQuery.decode(request)
                let page = try await store.list(bookID: bookID, query)
                if page.items.isEmpty { try await store.standing(bookID: bookID).require(ReviewStore.AccessRules.list) }
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/books/{book_id}/reviews") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let input = try ReviewInput.decode(request, after: &validator, refusing: ["text"])
                guard let bookID else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let review = try await store.insert(input, bookID: bookID) else {
                    let standing = try await store.standing(bookID: bookID)
                    try standing.require(ReviewStore.AccessRules.create)
                    throw HTTPError.notFound("Book not found")
                }
                return .json(201, review, headers: HTTPHeaders([("Location", "/books/\(PathSegment.encode(bookID))/reviews/\(PathSegment.encode(review.id))")]))
            },
            Route(.GET, "/books/{book_id}/reviews/{id}") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let bookID, let id else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                guard let review = try await store.find(id: id, bookID: bookID) else {
                    let standing = try await store.standing(bookID: bookID)
                    try standing.require(ReviewStore.AccessRules.get)
                    throw HTTPError.notFound("Review not found")
                }
                return .json(200, review)
            },
            Route(.PUT, "/books/{book_id}/reviews/{id}") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                let input = try ReviewInput.decode(request, after: &validator)
                guard let bookID, let id else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                guard let review = try await store.replace(id: id, bookID: bookID, input) else {
                    let standing = try await store.standing(bookID: bookID)
                    try standing.require(ReviewStore.AccessRules.replace)
                    if let field = try await store.replaceChangedField(id: id, bookID: bookID, input) {
                        throw ValidationError.fixedField(field, keptHere: ["stars"])
                    }
                    throw HTTPError.notFound("Review not found")
                }
                return .json(200, review)
            },
            Route(.PATCH, "/books/{book_id}/reviews/{id}") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                let patch = try ReviewPatch.decode(request, after: &validator)
                guard let bookID, let id else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                guard let review = try await store.patch(id: id, bookID: bookID, patch) else {
                    let standing = try await store.standing(bookID: bookID)
                    try standing.require(ReviewStore.AccessRules.patch)
                    if let field = try await store.patchChangedField(id: id, bookID: bookID, patch) {
                        throw ValidationError.fixedField(field, keptHere: ["stars"])
                    }
                    throw HTTPError.notFound("Review not found")
                }
                return .json(200, review)
            },
            Route(.DELETE, "/books/{book_id}/reviews/{id}") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let bookID, let id else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                guard try await store.delete(id: id, bookID: bookID) else {
                    let standing = try await store.standing(bookID: bookID)
                    try standing.require(ReviewStore.AccessRules.delete)
                    throw HTTPError.notFound("Review not found")
                }
                return .noContent()
            },
        ]
    }
}
