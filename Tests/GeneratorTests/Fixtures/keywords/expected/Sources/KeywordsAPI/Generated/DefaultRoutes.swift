// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

extension GeneratedAPI {
    /// The `Default` resource: create, get, delete.
    static func defaultRoutes(_ context: APIContext) -> [Route] {
        let store = DefaultStore(context.database)
        return [
            Route(.POST, "/default") { request in
                let input = try DefaultInput.decode(request)
                let `default` = try await store.insert(input)
                return .json(201, `default`, headers: HTTPHeaders([("Location", "/default/\(PathSegment.encode(`default`.id))")]))
            },
            Route(.GET, "/default/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Default not found") }
                guard let `default` = try await store.find(id: id) else { throw HTTPError.notFound("Default not found") }
                return .json(200, `default`)
            },
            Route(.DELETE, "/default/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Default not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Default not found") }
                return .noContent()
            },
        ]
    }
}
