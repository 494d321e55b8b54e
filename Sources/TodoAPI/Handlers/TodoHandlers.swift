import Runtime

/// The hand-written part of the TODO API: the custom endpoints `spec/todo.yaml` declares.
/// `swift run generate` never touches this file; if the spec adds an endpoint, the build fails
/// here until it is implemented.
public struct TodoHandlers: TodoAPIHandlers {
    public init() {}

    /// Flips `completed`. The read and the write run in one transaction with the row locked
    /// (`findForUpdate`), so concurrent toggles of one task serialize: N toggles flip it N times.
    public func completeTask(_ input: CompleteTaskInput, context: APIContext) async throws -> Task {
        try await context.database.transaction { transaction in
            let store = TaskStore(transaction)
            guard let task = try await store.findForUpdate(id: input.id, owner: input.subject) else {
                throw HTTPError.notFound("Task not found")
            }
            let flip = TaskPatch(completed: .value(!task.completed))
            guard let updated = try await store.patch(id: input.id, owner: input.subject, flip) else {
                throw HTTPError.notFound("Task not found")
            }
            return updated
        }
    }
}
