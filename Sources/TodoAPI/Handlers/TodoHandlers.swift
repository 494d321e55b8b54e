import Runtime

/// The hand-written part of the TODO API: the custom endpoints `spec/todo.yaml` declares.
/// `swift run generate` never touches this file; if the spec adds an endpoint, the build fails
/// here until it is implemented.
public struct TodoHandlers: TodoAPIHandlers {
    public init() {}

    /// Flips `completed`: reads the task (404 unless it is the subject's), then patches it with
    /// the generated statements. Two toggles racing on the same task may both read the same old
    /// value; the last write wins, as with the FastAPI original.
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
