// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /patches`, checked all at once.
public struct PatchListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> PatchListQuery {
        return PatchListQuery()
    }
}

extension GeneratedAPI {
    /// The `Patch` resource: list, create, get, replace, patch, delete.
    static func patchRoutes(_ context: APIContext) -> [Route] {
        let store = PatchStore(context.database)
        return [
            Route(.GET, "/patches") { request in
                let query = try PatchListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/patches") { request in
                let input = try PatchInput.decode(request)
                let _patch = try await store.insert(input)
                return .json(201, _patch, headers: HTTPHeaders([("Location", "/patches/\(PathSegment.encode(_patch.id))")]))
            },
            Route(.GET, "/patches/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Patch not found") }
                guard let _patch = try await store.find(id: id) else { throw HTTPError.notFound("Patch not found") }
                return .json(200, _patch)
            },
            Route(.PUT, "/patches/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let input = try PatchInput.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Patch not found") }
                guard let _patch = try await store.replace(id: id, input) else { throw HTTPError.notFound("Patch not found") }
                return .json(200, _patch)
            },
            Route(.PATCH, "/patches/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let patch = try PatchPatch.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Patch not found") }
                guard let _patch = try await store.patch(id: id, patch) else { throw HTTPError.notFound("Patch not found") }
                return .json(200, _patch)
            },
            Route(.DELETE, "/patches/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Patch not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Patch not found") }
                return .noContent()
            },
        ]
    }
}
