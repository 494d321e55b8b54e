// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

extension GeneratedAPI {
    /// The `Inout` resource: create, get, delete.
    static func inoutRoutes(_ context: APIContext) -> [Route] {
        let store = InoutStore(context.database)
        return [
            Route(.POST, "/inout") { request in
                let input = try InoutInput.decode(request)
                let `inout` = try await store.insert(input)
                return .json(201, `inout`, headers: HTTPHeaders([("Location", "/inout/\(PathSegment.encode(`inout`.id))")]))
            },
            Route(.GET, "/inout/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Inout not found") }
                guard let `inout` = try await store.find(id: id) else { throw HTTPError.notFound("Inout not found") }
                return .json(200, `inout`)
            },
            Route(.DELETE, "/inout/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Inout not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Inout not found") }
                return .noContent()
            },
        ]
    }
}
