// Generated from spec/todo.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /api/{user_id}/tasks`, checked all at once.
public struct TaskListQuery: Sendable {
    /// The sort keys of `GET /api/{user_id}/tasks`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case created
        case updated
        case title
    }

    public let status: String
    public let q: String?
    public let sort: Sort
    public let order: SortDirection
    public let limit: Int
    public let offset: Int

    /// The value bound for `status`; nil means no condition.
    var statusCondition: Bool? {
        switch status {
        case "pending": false
        case "completed": true
        default: nil
        }
    }

    public static func decode(_ request: Request) throws(ValidationError) -> TaskListQuery {
        var validator = Validator()
        let _status = validator.query(request, "status", .oneOf(["all", "pending", "completed"]), default: "all")
        let _q = validator.queryOptional(request, "q", .string())
        let _sort = validator.query(request, "sort", .enumeration(Sort.self), default: .created)
        let _order = validator.query(request, "order", .enumeration(SortDirection.self), default: .desc)
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        try validator.check()
        return TaskListQuery(
            status: _status,
            q: _q,
            sort: _sort,
            order: _order,
            limit: _limit,
            offset: _offset
        )
    }
}

extension GeneratedAPI {
    /// The `Task` resource: list, create, get, replace, patch, delete.
    static func taskRoutes(_ context: APIContext) -> [Route] {
        let store = TaskStore(context.database)
        return [
            Route(.GET, "/api/{user_id}/tasks") { request in
                let claimed = try await context.claim(request, scope: "user_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let query = try TaskListQuery.decode(request)
                    let page = try await store.list(owner: owner, query)
                    return (try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: !page.items.isEmpty)
                }
            },
            Route(.POST, "/api/{user_id}/tasks") { request in
                let claimed = try await context.claim(request, scope: "user_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    let input = try TaskInput.decode(request)
                    let task = try await store.insert(input, owner: owner)
                    return (.json(201, task, headers: HTTPHeaders([("Location", "/api/\(PathSegment.encode(owner))/tasks/\(PathSegment.encode(task.id))")])), proven: true)
                }
            },
            Route(.GET, "/api/{user_id}/tasks/{id}") { request in
                let claimed = try await context.claim(request, scope: "user_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task not found") }
                    guard let task = try await store.find(id: id, owner: owner) else { throw HTTPError.notFound("Task not found") }
                    return (.json(200, task), proven: true)
                }
            },
            Route(.PUT, "/api/{user_id}/tasks/{id}") { request in
                let claimed = try await context.claim(request, scope: "user_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let input = try TaskInput.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task not found") }
                    guard let task = try await store.replace(id: id, owner: owner, input) else { throw HTTPError.notFound("Task not found") }
                    return (.json(200, task), proven: true)
                }
            },
            Route(.PATCH, "/api/{user_id}/tasks/{id}") { request in
                let claimed = try await context.claim(request, scope: "user_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try TaskPatch.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task not found") }
                    guard let task = try await store.patch(id: id, owner: owner, patch) else { throw HTTPError.notFound("Task not found") }
                    return (.json(200, task), proven: true)
                }
            },
            Route(.DELETE, "/api/{user_id}/tasks/{id}") { request in
                let claimed = try await context.claim(request, scope: "user_id", as: UUID.self)
                let owner = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task not found") }
                    guard try await store.delete(id: id, owner: owner) else { throw HTTPError.notFound("Task not found") }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
