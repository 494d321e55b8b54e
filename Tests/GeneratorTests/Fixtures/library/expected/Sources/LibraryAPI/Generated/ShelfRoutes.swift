// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /shelves`, checked all at once.
public struct ShelfListQuery: Sendable {
    public let limit: Int
    public let offset: Int
    public let cursor: String?

    /// The sort and direction a cursor of this list is valid for.
    var cursorScope: String { "key" }

    /// The column of the sort value in a row of this list, for the next cursor.
    var cursorColumn: Int {
        0
    }

    /// The column of the key in a row of this list.
    static let keyColumn = 0

    public static func decode(_ request: Request) throws(ValidationError) -> ShelfListQuery {
        var validator = Validator()
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        let _cursor = validator.queryOptional(request, "cursor", .string(maxLength: 4096))
        try validator.check()
        return ShelfListQuery(
            limit: _limit,
            offset: _offset,
            cursor: _cursor
        )
    }
}

extension GeneratedAPI {
    /// The `Shelf` resource: list, create, get, replace, patch, delete.
    static func shelfRoutes(_ context: APIContext) -> [Route] {
        let store = ShelfStore(context.database)
        return [
            Route(.GET, "/shelves") { request in
                let query = try ShelfListQuery.decode(request)
                let after = try context.openCursor(query.cursor, scope: query.cursorScope, param: "cursor", offset: query.offset, offsetParam: "offset")
                let page = try await store.list(query, after: after)
                let headers = context.pageHeaders(page, limit: query.limit, scope: query.cursorScope, valueColumn: query.cursorColumn, keyColumn: ShelfListQuery.keyColumn)
                return try .json(200, page.items, headers: headers)
            },
            Route(.POST, "/shelves") { request in
                let input = try ShelfInput.decode(request)
                let shelf = try await store.insert(input)
                return .json(201, shelf, headers: HTTPHeaders([("Location", "/shelves/\(PathSegment.encode(shelf.code))")]))
            },
            Route(.GET, "/shelves/{code}") { request in
                var validator = Validator()
                let code = validator.path(request, "code", .string(maxLength: 10))
                guard validator.isValid, let code else { throw ValidationError(validator.issues) }
                guard let shelf = try await store.find(code: code) else { throw HTTPError.notFound("Shelf not found") }
                return .json(200, shelf)
            },
            Route(.PUT, "/shelves/{code}") { request in
                var validator = Validator()
                let code = validator.path(request, "code", .string(maxLength: 10))
                let input = try ShelfInput.decode(request, after: &validator)
                guard let code else { throw ValidationError(validator.issues) }
                guard input.code == code else { throw ValidationError.keyMoved("code") }
                guard let shelf = try await store.replace(code: code, input) else { throw HTTPError.notFound("Shelf not found") }
                return .json(200, shelf)
            },
            Route(.PATCH, "/shelves/{code}") { request in
                var validator = Validator()
                let code = validator.path(request, "code", .string(maxLength: 10))
                let patch = try ShelfPatch.decode(request, after: &validator)
                guard let code else { throw ValidationError(validator.issues) }
                if case .value(let moved) = patch.code, moved != code { throw ValidationError.keyMoved("code") }
                guard let shelf = try await store.patch(code: code, patch) else { throw HTTPError.notFound("Shelf not found") }
                return .json(200, shelf)
            },
            Route(.DELETE, "/shelves/{code}") { request in
                var validator = Validator()
                let code = validator.path(request, "code", .string(maxLength: 10))
                guard validator.isValid, let code else { throw ValidationError(validator.issues) }
                guard try await store.delete(code: code) else { throw HTTPError.notFound("Shelf not found") }
                return .noContent()
            },
        ]
    }
}
