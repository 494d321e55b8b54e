// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /local`, checked all at once.
public struct LocalListQuery: Sendable {
    public let request: Int32?
    public let validator: String?
    public let query: Int32?
    public let page: [Int32]?
    public let limit: Int
    public let offset: Int

    public static func decode(_ request: Request) throws(ValidationError) -> LocalListQuery {
        var validator = Validator()
        let _request = validator.queryOptional(request, "request", .int32())
        let _validator = validator.queryOptional(request, "validator", .string(maxLength: 20))
        let _query = validator.queryOptional(request, "query", .int32())
        let _page = validator.queryOptional(request, "page", .list(.int32()))
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        try validator.check()
        return LocalListQuery(
            request: _request,
            validator: _validator,
            query: _query,
            page: _page,
            limit: _limit,
            offset: _offset
        )
    }
}

extension GeneratedAPI {
    /// The `Local` resource: list, create, get, replace, patch, delete.
    static func localRoutes(_ context: APIContext) -> [Route] {
        let store = LocalStore(context.database)
        return [
            Route(.GET, "/local") { request in
                let query = try LocalListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/local") { request in
                let input = try LocalInput.decode(request)
                let local = try await store.insert(input)
                return .json(201, local, headers: HTTPHeaders([("Location", "/local/\(PathSegment.encode(local.id))")]))
            },
            Route(.GET, "/local/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Local not found") }
                guard let local = try await store.find(id: id) else { throw HTTPError.notFound("Local not found") }
                return .json(200, local)
            },
            Route(.PUT, "/local/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let input = try LocalInput.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Local not found") }
                guard let local = try await store.replace(id: id, input) else { throw HTTPError.notFound("Local not found") }
                return .json(200, local)
            },
            Route(.PATCH, "/local/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let patch = try LocalPatch.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Local not found") }
                guard let local = try await store.patch(id: id, patch) else { throw HTTPError.notFound("Local not found") }
                return .json(200, local)
            },
            Route(.DELETE, "/local/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Local not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Local not found") }
                return .noContent()
            },
        ]
    }
}
