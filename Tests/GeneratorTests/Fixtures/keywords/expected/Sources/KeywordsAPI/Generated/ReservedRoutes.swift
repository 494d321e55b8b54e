// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /reserved`, checked all at once.
public struct ReservedListQuery: Sendable {
    /// The sort keys of `GET /reserved`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case `default`
        case `in`
    }

    public let `case`: String?
    public let `in`: Int32?
    public let `is`: [Int32]?
    public let `where`: [Keyword]?
    public let `switch`: Sort
    public let `return`: SortDirection
    public let limit: Int
    public let offset: Int

    public static func decode(_ request: Request) throws(ValidationError) -> ReservedListQuery {
        var validator = Validator()
        let _case = validator.queryOptional(request, "case", .string(maxLength: 20))
        let _in = validator.queryOptional(request, "in", .int32())
        let _is = validator.queryOptional(request, "is", .list(.int32()))
        let _where = validator.queryOptional(request, "where", .list(.enumeration(Keyword.self)))
        let _switch = validator.query(request, "switch", .enumeration(Sort.self), default: .`default`)
        let _return = validator.query(request, "return", .enumeration(SortDirection.self), default: .asc)
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        try validator.check()
        return ReservedListQuery(
            case: _case,
            in: _in,
            is: _is,
            where: _where,
            switch: _switch,
            return: _return,
            limit: _limit,
            offset: _offset
        )
    }
}

extension GeneratedAPI {
    /// The `Reserved` resource: list, create, get, replace, patch, delete.
    static func reservedRoutes(_ context: APIContext) -> [Route] {
        let store = ReservedStore(context.database)
        return [
            Route(.GET, "/reserved") { request in
                let query = try ReservedListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/reserved") { request in
                let input = try ReservedInput.decode(request)
                let reserved = try await store.insert(input)
                return .json(201, reserved, headers: HTTPHeaders([("Location", "/reserved/\(PathSegment.encode(reserved.id))")]))
            },
            Route(.GET, "/reserved/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Reserved not found") }
                guard let reserved = try await store.find(id: id) else { throw HTTPError.notFound("Reserved not found") }
                return .json(200, reserved)
            },
            Route(.PUT, "/reserved/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let input = try ReservedInput.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Reserved not found") }
                guard let reserved = try await store.replace(id: id, input) else { throw HTTPError.notFound("Reserved not found") }
                return .json(200, reserved)
            },
            Route(.PATCH, "/reserved/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let patch = try ReservedPatch.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Reserved not found") }
                guard let reserved = try await store.patch(id: id, patch) else { throw HTTPError.notFound("Reserved not found") }
                return .json(200, reserved)
            },
            Route(.DELETE, "/reserved/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Reserved not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Reserved not found") }
                return .noContent()
            },
        ]
    }
}
