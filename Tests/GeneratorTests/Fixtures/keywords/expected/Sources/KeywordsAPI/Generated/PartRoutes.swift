// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /inputs/{store}/parts`, checked all at once.
public struct PartListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> PartListQuery {
        return PartListQuery()
    }
}

extension GeneratedAPI {
    /// The `Part` resource: list, create, get, replace, patch, delete.
    static func partRoutes(_ context: APIContext) -> [Route] {
        let store = PartStore(context.database)
        return [
            Route(.GET, "/inputs/{store}/parts") { request in
                var validator = Validator()
                let _store = validator.path(request, "store", .anyInteger)
                guard validator.isValid, let _store else { throw ValidationError(validator.issues) }
                guard let _store = _store.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                let query = try PartListQuery.decode(request)
                let page = try await store.list(store: _store, query)
                if page.items.isEmpty { try await store.standing(store: _store).require(PartStore.AccessRules.list) }
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/inputs/{store}/parts") { request in
                var validator = Validator()
                let _store = validator.path(request, "store", .anyInteger)
                let input = try PartInput.decode(request, after: &validator)
                guard let _store else { throw ValidationError(validator.issues) }
                guard let _store = _store.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let part = try await store.insert(input, store: _store) else {
                    let standing = try await store.standing(store: _store)
                    try standing.require(PartStore.AccessRules.create)
                    throw HTTPError.notFound("Input not found")
                }
                return .json(201, part, headers: HTTPHeaders([("Location", "/inputs/\(PathSegment.encode(_store))/parts/\(PathSegment.encode(part.id))")]))
            },
            Route(.GET, "/inputs/{store}/parts/{id}") { request in
                var validator = Validator()
                let _store = validator.path(request, "store", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let _store, let id else { throw ValidationError(validator.issues) }
                guard let _store = _store.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let part = try await store.find(id: id, store: _store) else {
                    let standing = try await store.standing(store: _store)
                    try standing.require(PartStore.AccessRules.get)
                    throw HTTPError.notFound("Part not found")
                }
                return .json(200, part)
            },
            Route(.PUT, "/inputs/{store}/parts/{id}") { request in
                var validator = Validator()
                let _store = validator.path(request, "store", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                let input = try PartInput.decode(request, after: &validator)
                guard let _store, let id else { throw ValidationError(validator.issues) }
                guard let _store = _store.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let part = try await store.replace(id: id, store: _store, input) else {
                    let standing = try await store.standing(store: _store)
                    try standing.require(PartStore.AccessRules.replace)
                    throw HTTPError.notFound("Part not found")
                }
                return .json(200, part)
            },
            Route(.PATCH, "/inputs/{store}/parts/{id}") { request in
                var validator = Validator()
                let _store = validator.path(request, "store", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                let patch = try PartPatch.decode(request, after: &validator)
                guard let _store, let id else { throw ValidationError(validator.issues) }
                guard let _store = _store.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let part = try await store.patch(id: id, store: _store, patch) else {
                    let standing = try await store.standing(store: _store)
                    try standing.require(PartStore.AccessRules.patch)
                    throw HTTPError.notFound("Part not found")
                }
                return .json(200, part)
            },
            Route(.DELETE, "/inputs/{store}/parts/{id}") { request in
                var validator = Validator()
                let _store = validator.path(request, "store", .anyInteger)
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let _store, let id else { throw ValidationError(validator.issues) }
                guard let _store = _store.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard try await store.delete(id: id, store: _store) else {
                    let standing = try await store.standing(store: _store)
                    try standing.require(PartStore.AccessRules.delete)
                    throw HTTPError.notFound("Part not found")
                }
                return .noContent()
            },
        ]
    }
}
