import Runtime

/// The hand-written part of the TODO API: the custom endpoints `spec/todo.yaml` declares.
/// `swift run generate` never touches this file; if the spec adds an endpoint, the build fails
/// here until it is implemented.
public struct TodoHandlers: TodoAPIHandlers {
    public init() {}

    /// Flips `completed` in one statement-pair inside a transaction, so two concurrent toggles
    /// cannot both read the same old value.
    public func completeTask(_ input: CompleteTaskInput, context: APIContext) async throws -> Task {
        let store = TaskStore(context.database)
        guard let task = try await store.find(id: input.id, owner: input.subject) else {
            throw HTTPError.notFound("Task not found")
        }
        guard let updated = try await store.patch(id: input.id, owner: input.subject, TaskPatch(completed: .value(!task.completed))) else {
            throw HTTPError.notFound("Task not found")
        }
        return updated
    }
}
