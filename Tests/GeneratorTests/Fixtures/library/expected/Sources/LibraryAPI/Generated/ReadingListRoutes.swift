// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /members/{member_id}/lists`, checked all at once.
public struct ReadingListListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> ReadingListListQuery {
        return ReadingListListQuery()
    }
}

extension GeneratedAPI {
    /// The `ReadingList` resource: list, create, get, replace, patch, delete.
    static func readingListRoutes(_ context: APIContext) -> [Route] {
        let store = ReadingListStore(context.database)
        return [
            Route(.GET, "/members/{member_id}/lists") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let query = try ReadingListListQuery.decode(request)
                    let page = try await store.list(owner: owner, query)
                    return (try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: !page.items.isEmpty)
                }
            },
            Route(.POST, "/members/{member_id}/lists") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let input = try ReadingListInput.decode(request, refusing: ["archived"])
                    let readingList = try await store.insert(input, owner: owner)
                    return (.json(201, readingList, headers: HTTPHeaders([("Location", "/members/\(PathSegment.encode(owner))/lists/\(PathSegment.encode(readingList.id))")])), proven: true)
                }
            },
            Route(.GET, "/members/{member_id}/lists/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ReadingList not found") }
                    guard let readingList = try await store.find(id: id, owner: owner) else { throw HTTPError.notFound("ReadingList not found") }
                    return (.json(200, readingList), proven: true)
                }
            },
            Route(.PUT, "/members/{member_id}/lists/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let input = try ReadingListInput.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ReadingList not found") }
                    guard let readingList = try await store.replace(id: id, owner: owner, input) else { throw HTTPError.notFound("ReadingList not found") }
                    return (.json(200, readingList), proven: true)
                }
            },
            Route(.PATCH, "/members/{member_id}/lists/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try ReadingListPatch.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ReadingList not found") }
                    guard let readingList = try await store.patch(id: id, owner: owner, patch) else { throw HTTPError.notFound("ReadingList not found") }
                    return (.json(200, readingList), proven: true)
                }
            },
            Route(.DELETE, "/members/{member_id}/lists/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ReadingList not found") }
                    guard try await store.delete(id: id, owner: owner) else { throw HTTPError.notFound("ReadingList not found") }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
