import Runtime

/// The hand-written part of the TODO API. It is empty: the one custom endpoint,
/// `completeTask`, runs SQL declared in `spec/todo.yaml` (one `UPDATE … RETURNING`, checked
/// against the schema when generating). `swift run generate` never touches this file; an
/// endpoint added to the spec without `sql:` becomes a requirement here, and the build fails
/// until it is implemented.
public struct TodoHandlers: TodoAPIHandlers {
    public init() {}
}
