// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

extension GeneratedAPI {
    /// The `Unsafe` resource: create, get, delete.
    static func unsafeRoutes(_ context: APIContext) -> [Route] {
        let store = UnsafeStore(context.database)
        return [
            Route(.POST, "/unsafe") { request in
                let input = try UnsafeInput.decode(request)
                let `unsafe` = try await store.insert(input)
                return .json(201, `unsafe`, headers: HTTPHeaders([("Location", "/unsafe/\(PathSegment.encode(`unsafe`.id))")]))
            },
            Route(.GET, "/unsafe/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Unsafe not found") }
                guard let `unsafe` = try await store.find(id: id) else { throw HTTPError.notFound("Unsafe not found") }
                return .json(200, `unsafe`)
            },
            Route(.DELETE, "/unsafe/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Unsafe not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Unsafe not found") }
                return .noContent()
            },
        ]
    }
}
