// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /inputs`, checked all at once.
public struct InputListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> InputListQuery {
        return InputListQuery()
    }
}

extension GeneratedAPI {
    /// The `Input` resource: list, create, get, replace, patch, delete.
    static func inputRoutes(_ context: APIContext) -> [Route] {
        let store = InputStore(context.database)
        return [
            Route(.GET, "/inputs") { request in
                let query = try InputListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/inputs") { request in
                let input = try InputInput.decode(request)
                let _input = try await store.insert(input)
                return .json(201, _input, headers: HTTPHeaders([("Location", "/inputs/\(PathSegment.encode(_input.id))")]))
            },
            Route(.GET, "/inputs/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _input = try await store.find(id: id) else { throw HTTPError.notFound("Input not found") }
                return .json(200, _input)
            },
            Route(.PUT, "/inputs/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let input = try InputInput.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _input = try await store.replace(id: id, input) else { throw HTTPError.notFound("Input not found") }
                return .json(200, _input)
            },
            Route(.PATCH, "/inputs/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let patch = try InputPatch.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _input = try await store.patch(id: id, patch) else { throw HTTPError.notFound("Input not found") }
                return .json(200, _input)
            },
            Route(.DELETE, "/inputs/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Input not found") }
                return .noContent()
            },
        ]
    }
}
