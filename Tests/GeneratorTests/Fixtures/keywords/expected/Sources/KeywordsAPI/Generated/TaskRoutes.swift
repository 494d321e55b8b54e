// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The related rows a client may ask `/tasks` to embed (`?include=`).
public enum TaskInclude: String, Sendable, Hashable, CaseIterable {
    case `in`
    case list
}

/// The query parameters of `GET /tasks`, checked all at once.
public struct TaskListQuery: Sendable {
    public let include: [TaskInclude]

    /// The column of the key in a row of this list.
    static let keyColumn = 0

    public static func decode(_ request: Request) throws(ValidationError) -> TaskListQuery {
        var validator = Validator()
        let _include = validator.query(request, "include", .list(.enumeration(TaskInclude.self)), default: [])
        try validator.check()
        return TaskListQuery(
            include: _include
        )
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
                var included: [IncludedRows] = []
                if query.include.contains(.`in`) {
                    included.append(IncludedRows("in", try await store.`in`(ofEach: try page.items.column(TaskListQuery.keyColumn, as: Int64.self))))
                }
                if query.include.contains(.list) {
                    included.append(IncludedRows("list", try await store.list(ofEach: try page.items.column(TaskListQuery.keyColumn, as: Int64.self))))
                }
                let headers = HTTPHeaders([("X-Total-Count", String(page.total))])
                return try .json(200, page.items, keyColumn: TaskListQuery.keyColumn, including: included, headers: headers)
            },
            Route(.POST, "/tasks") { request in
                let input = try TaskInput.decode(request)
                let task = try await store.insert(input)
                return .json(201, task, headers: HTTPHeaders([("Location", "/tasks/\(PathSegment.encode(task.id))")]))
            },
            Route(.GET, "/tasks/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let include = validator.query(request, "include", .list(.enumeration(TaskInclude.self)), default: [])
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                guard let task = try await store.find(id: id) else { throw HTTPError.notFound("Task not found") }
                var included: [IncludedRows] = []
                if include.contains(.`in`) {
                    included.append(IncludedRows("in", try await store.`in`(ofEach: [task.id])))
                }
                if include.contains(.list) {
                    included.append(IncludedRows("list", try await store.list(ofEach: [task.id])))
                }
                return try .json(200, task, including: included)
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
            Route(.GET, "/tasks/{id}/in") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                let rows = try await store.`in`(id: id)
                if rows.isEmpty, try await store.find(id: id) == nil { throw HTTPError.notFound("Task not found") }
                return try .json(200, rows)
            },
            Route(.PUT, "/tasks/{id}/in/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.linkIn(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
            Route(.DELETE, "/tasks/{id}/in/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.unlinkIn(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
            Route(.GET, "/tasks/{id}/count") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                let rows = try await store.count(id: id)
                if rows.isEmpty, try await store.find(id: id) == nil { throw HTTPError.notFound("Task not found") }
                return try .json(200, rows)
            },
            Route(.PUT, "/tasks/{id}/count/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.linkCount(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
            Route(.DELETE, "/tasks/{id}/count/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.unlinkCount(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
            Route(.GET, "/tasks/{id}/list") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                let rows = try await store.list(id: id)
                if rows.isEmpty, try await store.find(id: id) == nil { throw HTTPError.notFound("Task not found") }
                return try .json(200, rows)
            },
            Route(.PUT, "/tasks/{id}/list/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.linkList(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
            Route(.DELETE, "/tasks/{id}/list/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.unlinkList(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
            Route(.GET, "/tasks/{id}/insert") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task not found") }
                let rows = try await store.insert(id: id)
                if rows.isEmpty, try await store.find(id: id) == nil { throw HTTPError.notFound("Task not found") }
                return try .json(200, rows)
            },
            Route(.PUT, "/tasks/{id}/insert/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.linkInsert(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
            Route(.DELETE, "/tasks/{id}/insert/{init_id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let initID = validator.path(request, "init_id", .anyInteger)
                guard validator.isValid, let id, let initID else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Task or Init not found") }
                guard let initID = initID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Task or Init not found") }
                guard try await store.unlinkInsert(id: id, initID: initID) else { throw HTTPError.notFound("Task or Init not found") }
                return .noContent()
            },
        ]
    }
}
