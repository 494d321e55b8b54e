// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /inputs/{database}/parts/{request}/pieces`, checked all at once.
public struct PieceListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> PieceListQuery {
        return PieceListQuery()
    }
}

extension GeneratedAPI {
    /// The `Piece` resource: list, create, get, replace, patch, delete.
    static func pieceRoutes(_ context: APIContext) -> [Route] {
        let store = PieceStore(context.database)
        return [
            Route(.GET, "/inputs/{database}/parts/{request}/pieces") { request in
                var validator = Validator()
                let _database = validator.path(request, "database", .anyInteger)
                let _request = validator.path(request, "request", .anyInteger)
                guard validator.isValid, let _database, let _request else { throw ValidationError(validator.issues) }
                guard let _database = _database.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _request = _request.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                let query = try PieceListQuery.decode(request)
                let page = try await store.list(database: _database, request: _request, query)
                if page.items.isEmpty { try await store.standing(database: _database, request: _request).require(PieceStore.AccessRules.list) }
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/inputs/{database}/parts/{request}/pieces") { request in
                var validator = Validator()
                let _database = validator.path(request, "database", .anyInteger)
                let _request = validator.path(request, "request", .anyInteger)
                let input = try PieceInput.decode(request, after: &validator)
                guard let _database, let _request else { throw ValidationError(validator.issues) }
                guard let _database = _database.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _request = _request.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let piece = try await store.insert(input, database: _database, request: _request) else {
                    let standing = try await store.standing(database: _database, request: _request)
                    try standing.require(PieceStore.AccessRules.create)
                    throw HTTPError.notFound("Input not found")
                }
                return .json(201, piece, headers: HTTPHeaders([("Location", "/inputs/\(PathSegment.encode(_database))/parts/\(PathSegment.encode(_request))/pieces/\(PathSegment.encode(piece.binds))")]))
            },
            Route(.GET, "/inputs/{database}/parts/{request}/pieces/{binds}") { request in
                var validator = Validator()
                let _database = validator.path(request, "database", .anyInteger)
                let _request = validator.path(request, "request", .anyInteger)
                let _binds = validator.path(request, "binds", .anyInteger)
                guard validator.isValid, let _database, let _request, let _binds else { throw ValidationError(validator.issues) }
                guard let _database = _database.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _request = _request.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let _binds = _binds.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Piece not found") }
                guard let piece = try await store.find(binds: _binds, database: _database, request: _request) else {
                    let standing = try await store.standing(database: _database, request: _request)
                    try standing.require(PieceStore.AccessRules.get)
                    throw HTTPError.notFound("Piece not found")
                }
                return .json(200, piece)
            },
            Route(.PUT, "/inputs/{database}/parts/{request}/pieces/{binds}") { request in
                var validator = Validator()
                let _database = validator.path(request, "database", .anyInteger)
                let _request = validator.path(request, "request", .anyInteger)
                let _binds = validator.path(request, "binds", .anyInteger)
                let input = try PieceInput.decode(request, after: &validator)
                guard let _database, let _request, let _binds else { throw ValidationError(validator.issues) }
                guard let _database = _database.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _request = _request.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let _binds = _binds.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Piece not found") }
                guard let piece = try await store.replace(binds: _binds, database: _database, request: _request, input) else {
                    let standing = try await store.standing(database: _database, request: _request)
                    try standing.require(PieceStore.AccessRules.replace)
                    throw HTTPError.notFound("Piece not found")
                }
                return .json(200, piece)
            },
            Route(.PATCH, "/inputs/{database}/parts/{request}/pieces/{binds}") { request in
                var validator = Validator()
                let _database = validator.path(request, "database", .anyInteger)
                let _request = validator.path(request, "request", .anyInteger)
                let _binds = validator.path(request, "binds", .anyInteger)
                let patch = try PiecePatch.decode(request, after: &validator)
                guard let _database, let _request, let _binds else { throw ValidationError(validator.issues) }
                guard let _database = _database.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _request = _request.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let _binds = _binds.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Piece not found") }
                guard let piece = try await store.patch(binds: _binds, database: _database, request: _request, patch) else {
                    let standing = try await store.standing(database: _database, request: _request)
                    try standing.require(PieceStore.AccessRules.patch)
                    throw HTTPError.notFound("Piece not found")
                }
                return .json(200, piece)
            },
            Route(.DELETE, "/inputs/{database}/parts/{request}/pieces/{binds}") { request in
                var validator = Validator()
                let _database = validator.path(request, "database", .anyInteger)
                let _request = validator.path(request, "request", .anyInteger)
                let _binds = validator.path(request, "binds", .anyInteger)
                guard validator.isValid, let _database, let _request, let _binds else { throw ValidationError(validator.issues) }
                guard let _database = _database.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Input not found") }
                guard let _request = _request.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Part not found") }
                guard let _binds = _binds.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Piece not found") }
                guard try await store.delete(binds: _binds, database: _database, request: _request) else {
                    let standing = try await store.standing(database: _database, request: _request)
                    try standing.require(PieceStore.AccessRules.delete)
                    throw HTTPError.notFound("Piece not found")
                }
                return .noContent()
            },
        ]
    }
}
