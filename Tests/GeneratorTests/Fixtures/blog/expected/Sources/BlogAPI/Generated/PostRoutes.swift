// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /v1/{author_id}/posts`, checked all at once.
public struct PostListQuery: Sendable {
    /// The sort keys of `GET /v1/{author_id}/posts`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case newest
        case title
    }

    public var state: PostState?
    public var visibility: String
    public var search: String?
    public var orderBy: Sort
    public var direction: SortDirection
    public var limit: Int
    public var offset: Int

    /// The value bound for `visibility`; nil means no condition.
    var visibilityCondition: Timestamp? {
        switch visibility {
        default: nil
        }
    }

    public static func decode(_ request: Request) throws(ValidationError) -> PostListQuery {
        var validator = Validator()
        let state = validator.queryOptional(request, "state", .enumeration(PostState.self))
        let visibility = validator.query(request, "visibility", .oneOf(["everything"]), default: "everything")
        let search = validator.queryOptional(request, "search", .string())
        let orderBy = validator.query(request, "order_by", .enumeration(Sort.self), default: .newest)
        let direction = validator.query(request, "direction", .enumeration(SortDirection.self), default: .desc)
        let limit = validator.query(request, "per_page", .int(min: 1, max: 50), default: 20)
        let offset = validator.query(request, "skip", .int(min: 0), default: 0)
        try validator.check()
        return PostListQuery(
            state: state,
            visibility: visibility,
            search: search,
            orderBy: orderBy,
            direction: direction,
            limit: limit,
            offset: offset
        )
    }
}

extension GeneratedAPI {
    /// The `Post` resource: list, create, get, patch, delete.
    static func postRoutes(_ context: APIContext) -> [Route] {
        let store = PostStore(context.database)
        return [
            Route(.GET, "/v1/{author_id}/posts") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let query = try PostListQuery.decode(request)
                    let page = try await store.list(owner: owner, query)
                    return (try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: !page.items.isEmpty)
                }
            },
            Route(.POST, "/v1/{author_id}/posts") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let input = try PostInput.decode(request)
                    let post = try await store.insert(input, owner: owner)
                    return (.json(201, post, headers: HTTPHeaders([("Location", "/v1/\(PathSegment.encode(owner))/posts/\(PathSegment.encode(post.id))")])), proven: true)
                }
            },
            Route(.GET, "/v1/{author_id}/posts/{id}") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Post not found") }
                    guard let post = try await store.find(id: id, owner: owner) else { throw HTTPError.notFound("Post not found") }
                    return (.json(200, post), proven: true)
                }
            },
            Route(.PATCH, "/v1/{author_id}/posts/{id}") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = validator.object(request).flatMap { PostPatch.decode($0, into: &validator) }
                    guard validator.isValid, let id, let patch else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Post not found") }
                    guard let post = try await store.patch(id: id, owner: owner, patch) else { throw HTTPError.notFound("Post not found") }
                    return (.json(200, post), proven: true)
                }
            },
            Route(.DELETE, "/v1/{author_id}/posts/{id}") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Post not found") }
                    guard try await store.delete(id: id, owner: owner) else { throw HTTPError.notFound("Post not found") }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
