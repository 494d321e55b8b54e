// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The related rows a client may ask `/v1/{author_id}/posts` to embed (`?include=`).
public enum PostInclude: String, Sendable, Hashable, CaseIterable {
    case tags
}

/// The query parameters of `GET /v1/{author_id}/posts`, checked all at once.
public struct PostListQuery: Sendable {
    /// The sort keys of `GET /v1/{author_id}/posts`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case newest
        case title
    }

    public let state: PostState?
    public let visibility: String
    public let search: String?
    public let orderBy: Sort
    public let direction: SortDirection
    public let limit: Int
    public let offset: Int
    public let include: [PostInclude]

    /// The value bound for `visibility`; nil means no condition.
    var visibilityCondition: Timestamp? {
        switch visibility {
        default: nil
        }
    }

    /// The column of the key in a row of this list.
    static let keyColumn = 0

    public static func decode(_ request: Request) throws(ValidationError) -> PostListQuery {
        var validator = Validator()
        let _state = validator.queryOptional(request, "state", .enumeration(PostState.self))
        let _visibility = validator.query(request, "visibility", .oneOf(["everything"]), default: "everything")
        let _search = validator.queryOptional(request, "search", .string())
        let _orderBy = validator.query(request, "order_by", .enumeration(Sort.self), default: .newest)
        let _direction = validator.query(request, "direction", .enumeration(SortDirection.self), default: .desc)
        let _limit = validator.query(request, "per_page", .int(min: 1, max: 50), default: 20)
        let _offset = validator.query(request, "skip", .int(min: 0), default: 0)
        let _include = validator.query(request, "include", .list(.enumeration(PostInclude.self)), default: [])
        try validator.check()
        return PostListQuery(
            state: _state,
            visibility: _visibility,
            search: _search,
            orderBy: _orderBy,
            direction: _direction,
            limit: _limit,
            offset: _offset,
            include: _include
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
                    var included: [IncludedRows] = []
                    if query.include.contains(.tags) {
                        included.append(IncludedRows("tags", try await store.tags(ofEach: try page.items.column(PostListQuery.keyColumn, as: Int64.self))))
                    }
                    let headers = HTTPHeaders([("X-Total-Count", String(page.total))])
                    return (try .json(200, page.items, keyColumn: PostListQuery.keyColumn, including: included, headers: headers), proven: !page.items.isEmpty)
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
                    let include = validator.query(request, "include", .list(.enumeration(PostInclude.self)), default: [])
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Post not found") }
                    guard let post = try await store.find(id: id, owner: owner) else { throw HTTPError.notFound("Post not found") }
                    var included: [IncludedRows] = []
                    if include.contains(.tags) {
                        included.append(IncludedRows("tags", try await store.tags(ofEach: [post.id])))
                    }
                    return (try .json(200, post, including: included), proven: true)
                }
            },
            Route(.PATCH, "/v1/{author_id}/posts/{id}") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try PostPatch.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
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
            Route(.GET, "/v1/{author_id}/posts/{id}/tags") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Post not found") }
                    let rows = try await store.tags(id: id, owner: owner)
                    if rows.isEmpty, try await store.find(id: id, owner: owner) == nil { throw HTTPError.notFound("Post not found") }
                    return (try .json(200, rows), proven: true)
                }
            },
            Route(.PUT, "/v1/{author_id}/posts/{id}/tags/{tag_id}") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let tagID = validator.path(request, "tag_id", .anyInteger)
                    guard validator.isValid, let id, let tagID else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Post or Tag not found") }
                    guard let tagID = tagID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Post or Tag not found") }
                    guard try await store.linkTags(id: id, owner: owner, tagID: tagID) else { throw HTTPError.notFound("Post or Tag not found") }
                    return (.noContent(), proven: true)
                }
            },
            Route(.DELETE, "/v1/{author_id}/posts/{id}/tags/{tag_id}") { request in
                let claimed = try await context.claim(request, scope: "author_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let tagID = validator.path(request, "tag_id", .anyInteger)
                    guard validator.isValid, let id, let tagID else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Post or Tag not found") }
                    guard let tagID = tagID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Post or Tag not found") }
                    guard try await store.unlinkTags(id: id, owner: owner, tagID: tagID) else { throw HTTPError.notFound("Post or Tag not found") }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
