// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /members/{member_id}/entries`, checked all at once.
public struct ListEntryListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> ListEntryListQuery {
        return ListEntryListQuery()
    }
}

extension GeneratedAPI {
    /// The `ListEntry` resource: list, create, get, replace, patch, delete.
    static func listEntryRoutes(_ context: APIContext) -> [Route] {
        let store = ListEntryStore(context.database)
        return [
            Route(.GET, "/members/{member_id}/entries") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let query = try ListEntryListQuery.decode(request)
                    let page = try await store.list(owner: owner, query)
                    return (try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: !page.items.isEmpty)
                }
            },
            Route(.POST, "/members/{member_id}/entries") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let input = try ListEntryInput.decode(request)
                    guard let listEntry = try await store.insert(input, owner: owner) else {
                        if !(try await store.acceptsListID(input.listID, owner: owner)) {
                            throw ValidationError.unknownReference("list_id", "ReadingList")
                        }
                        throw HTTPError.conflict("A referenced row changed while this one was created; retry")
                    }
                    return (.json(201, listEntry, headers: HTTPHeaders([("Location", "/members/\(PathSegment.encode(owner))/entries/\(PathSegment.encode(listEntry.id))")])), proven: true)
                }
            },
            Route(.GET, "/members/{member_id}/entries/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ListEntry not found") }
                    guard let listEntry = try await store.find(id: id, owner: owner) else { throw HTTPError.notFound("ListEntry not found") }
                    return (.json(200, listEntry), proven: true)
                }
            },
            Route(.PUT, "/members/{member_id}/entries/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let input = try ListEntryInput.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ListEntry not found") }
                    guard let listEntry = try await store.replace(id: id, owner: owner, input) else {
                        if !(try await store.acceptsListID(input.listID, owner: owner)) {
                            throw ValidationError.unknownReference("list_id", "ReadingList")
                        }
                        if let field = try await store.replaceChangedField(id: id, owner: owner, input) {
                            throw ValidationError.fixedField(field)
                        }
                        throw HTTPError.notFound("ListEntry not found")
                    }
                    return (.json(200, listEntry), proven: true)
                }
            },
            Route(.PATCH, "/members/{member_id}/entries/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try ListEntryPatch.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ListEntry not found") }
                    guard let listEntry = try await store.patch(id: id, owner: owner, patch) else {
                        if let value = patch.listID.value, !(try await store.acceptsListID(value, owner: owner)) {
                            throw ValidationError.unknownReference("list_id", "ReadingList")
                        }
                        if let field = try await store.patchChangedField(id: id, owner: owner, patch) {
                            throw ValidationError.fixedField(field)
                        }
                        throw HTTPError.notFound("ListEntry not found")
                    }
                    return (.json(200, listEntry), proven: true)
                }
            },
            Route(.DELETE, "/members/{member_id}/entries/{id}") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("ListEntry not found") }
                    guard try await store.delete(id: id, owner: owner) else { throw HTTPError.notFound("ListEntry not found") }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
