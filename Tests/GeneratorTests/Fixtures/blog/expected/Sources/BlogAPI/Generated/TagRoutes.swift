// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /v1/tags`, checked all at once.
public struct TagListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> TagListQuery {
        return TagListQuery()
    }
}

extension GeneratedAPI {
    /// The `Tag` resource: list, get, create.
    static func tagRoutes(_ context: APIContext) -> [Route] {
        let store = TagStore(context.database)
        return [
            Route(.GET, "/v1/tags") { request in
                let query = try TagListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.GET, "/v1/tags/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Tag not found") }
                guard let tag = try await store.find(id: id) else { throw HTTPError.notFound("Tag not found") }
                return .json(200, tag)
            },
            Route(.POST, "/v1/tags") { request in
                let input = try TagInput.decode(request)
                let tag = try await store.insert(input)
                return .json(201, tag, headers: HTTPHeaders([("Location", "/v1/tags/\(PathSegment.encode(tag.id))")]))
            },
        ]
    }
}
