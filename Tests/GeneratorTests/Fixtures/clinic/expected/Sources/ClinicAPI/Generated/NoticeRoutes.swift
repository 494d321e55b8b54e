// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /api/notices`, checked all at once.
public struct NoticeListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> NoticeListQuery {
        return NoticeListQuery()
    }
}

extension GeneratedAPI {
    /// The `Notice` resource: list, create, get, replace, patch, delete.
    static func noticeRoutes(_ context: APIContext) -> [Route] {
        let store = NoticeStore(context.database)
        return [
            Route(.GET, "/api/notices") { request in
                let query = try NoticeListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/api/notices") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let input = try NoticeInput.decode(request, after: &validator)
                    guard let notice = try await store.insert(input, subject: subject) else {
                        let standing = try await store.standing(subject: subject)
                        try standing.require(NoticeStore.AccessRules.create)
                        throw HTTPError.notFound("Notice not found")
                    }
                    return (.json(201, notice, headers: HTTPHeaders([("Location", "/api/notices/\(PathSegment.encode(notice.id))")])), proven: true)
                }
            },
            Route(.GET, "/api/notices/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Notice not found") }
                guard let notice = try await store.find(id: id) else {
                    throw HTTPError.notFound("Notice not found")
                }
                return .json(200, notice)
            },
            Route(.PUT, "/api/notices/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let input = try NoticeInput.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Notice not found") }
                    guard let notice = try await store.replace(id: id, subject: subject, input) else {
                        let standing = try await store.standing(subject: subject)
                        try standing.require(NoticeStore.AccessRules.replace)
                        throw HTTPError.notFound("Notice not found")
                    }
                    return (.json(200, notice), proven: true)
                }
            },
            Route(.PATCH, "/api/notices/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try NoticePatch.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Notice not found") }
                    guard let notice = try await store.patch(id: id, subject: subject, patch) else {
                        let standing = try await store.standing(subject: subject)
                        try standing.require(NoticeStore.AccessRules.patch)
                        throw HTTPError.notFound("Notice not found")
                    }
                    return (.json(200, notice), proven: true)
                }
            },
            Route(.DELETE, "/api/notices/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Notice not found") }
                    guard try await store.delete(id: id, subject: subject) else {
                        let standing = try await store.standing(subject: subject)
                        try standing.require(NoticeStore.AccessRules.delete)
                        throw HTTPError.notFound("Notice not found")
                    }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
