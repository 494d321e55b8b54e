// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /books/{book_id}/reviews/{review_id}/comments`, checked all at once.
public struct CommentListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> CommentListQuery {
        return CommentListQuery()
    }
}

extension GeneratedAPI {
    /// The `Comment` resource: list, create, get, delete.
    static func commentRoutes(_ context: APIContext) -> [Route] {
        let store = CommentStore(context.database)
        return [
            Route(.GET, "/books/{book_id}/reviews/{review_id}/comments") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let reviewID = validator.path(request, "review_id", .anyInteger)
                guard validator.isValid, let bookID, let reviewID else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let reviewID = reviewID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                let query = try CommentListQuery.decode(request)
                let page = try await store.list(bookID: bookID, reviewID: reviewID, query)
                if page.items.isEmpty { try await store.standing(bookID: bookID, reviewID: reviewID).require(CommentStore.AccessRules.list) }
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/books/{book_id}/reviews/{review_id}/comments") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let reviewID = validator.path(request, "review_id", .anyInteger)
                let input = try CommentInput.decode(request, after: &validator)
                guard let bookID, let reviewID else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let reviewID = reviewID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                guard let comment = try await store.insert(input, bookID: bookID, reviewID: reviewID) else {
                    let standing = try await store.standing(bookID: bookID, reviewID: reviewID)
                    try standing.require(CommentStore.AccessRules.create)
                    throw HTTPError.notFound("Book not found")
                }
                return .json(201, comment, headers: HTTPHeaders([("Location", "/books/\(PathSegment.encode(bookID))/reviews/\(PathSegment.encode(reviewID))/comments/\(PathSegment.encode(comment.id))")]))
            },
            Route(.GET, "/books/{book_id}/reviews/{review_id}/comments/{id}") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let reviewID = validator.path(request, "review_id", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let bookID, let reviewID, let id else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let reviewID = reviewID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Comment not found") }
                guard let comment = try await store.find(id: id, bookID: bookID, reviewID: reviewID) else {
                    let standing = try await store.standing(bookID: bookID, reviewID: reviewID)
                    try standing.require(CommentStore.AccessRules.get)
                    throw HTTPError.notFound("Comment not found")
                }
                return .json(200, comment)
            },
            Route(.DELETE, "/books/{book_id}/reviews/{review_id}/comments/{id}") { request in
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                let reviewID = validator.path(request, "review_id", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let bookID, let reviewID, let id else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let reviewID = reviewID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Review not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Comment not found") }
                guard try await store.delete(id: id, bookID: bookID, reviewID: reviewID) else {
                    let standing = try await store.standing(bookID: bookID, reviewID: reviewID)
                    try standing.require(CommentStore.AccessRules.delete)
                    throw HTTPError.notFound("Comment not found")
                }
                return .noContent()
            },
        ]
    }
}
