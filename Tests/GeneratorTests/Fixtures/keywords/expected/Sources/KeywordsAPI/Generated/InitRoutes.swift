// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

extension GeneratedAPI {
    /// The `Init` resource: create, get, delete.
    static func initRoutes(_ context: APIContext) -> [Route] {
        let store = InitStore(context.database)
        return [
            Route(.POST, "/init") { request in
                let input = try InitInput.decode(request)
                let `init` = try await store.insert(input)
                return .json(201, `init`, headers: HTTPHeaders([("Location", "/init/\(PathSegment.encode(`init`.id))")]))
            },
            Route(.GET, "/init/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Init not found") }
                guard let `init` = try await store.find(id: id) else { throw HTTPError.notFound("Init not found") }
                return .json(200, `init`)
            },
            Route(.DELETE, "/init/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Init not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Init not found") }
                return .noContent()
            },
        ]
    }
}
