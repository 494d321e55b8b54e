// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /tasks`, checked all at once.
public struct TaskListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> TaskListQuery {
        return TaskListQuery()
    }
}

extension GeneratedAPI {
    /// The `Task` resource: list, create, get, replace, patch, delete.
    static func taskRoutes(_ context: APIContext) -> [Route] {
        let store = TaskStore(context.database)
        return [
            Route(.GET, "/tasks") { request in
                let query = try TaskListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/tasks") { request in
                let input = try TaskInput.decode(request)
                let task = try await store.insert(input)
                return .json(201, task, headers: HTTPHeaders([("Location", "/tasks/\(PathSegment.encode(task.id))")]))
            },
            Route(.GET, "/tasks/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                guard let task = try await store.find(id: id) else { throw HTTPError.notFound("Task not found") }
                return .json(200, task)
            },
            Route(.PUT, "/tasks/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let input = try TaskInput.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                guard let task = try await store.replace(id: id, input) else { throw HTTPError.notFound("Task not found") }
                return .json(200, task)
            },
            Route(.PATCH, "/tasks/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let patch = try TaskPatch.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                guard let task = try await store.patch(id: id, patch) else { throw HTTPError.notFound("Task not found") }
                return .json(200, task)
            },
            Route(.DELETE, "/tasks/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Task not found") }
                return .noContent()
            },
        ]
    }
}
