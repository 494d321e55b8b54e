// Generated from spec/todo.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The logic the spec leaves to hand-written code: one requirement per custom endpoint.
/// Implement it in a file outside `Generated/`; regenerating never touches that file, and a
/// missing or mistyped method is a compile error.
public protocol TodoAPIHandlers: Sendable {
}

/// What `completeTask` receives, already authenticated and checked.
public struct CompleteTaskInput: Sendable {
    /// The authenticated subject (the token's `sub`).
    public let subject: UUID
    /// The `{user_id}` path parameter (equal to `subject`).
    public let userID: UUID
    /// The `{id}` path parameter.
    public let id: Int32
}

/// TODO API 0.1.0, as `spec/todo.yaml` describes it: everything the runtime needs to serve it.
public enum GeneratedAPI: APIDefinition {
    public typealias Handlers = any TodoAPIHandlers

    public static let title = "TODO API"
    public static let version = "0.1.0"
    public static let auth: AuthSettings? = AuthSettings(secretEnv: "BETTER_AUTH_SECRET", lifetimeEnv: "JWT_EXPIRES_IN", defaultLifetime: 604800)
    public static let cors: CORSSettings? = CORSSettings(originEnv: "FRONTEND_URL", defaultOrigin: "http://localhost:3000")
    public static let migrations = Migrations.all
    public static let openAPIDocument = APIDocumentation.openAPI

    public static func routes(_ context: APIContext, handlers: any TodoAPIHandlers) -> [Route] {
        // A typed list, not a chain of `+`: the type checker solves a long chain of operators
        // slowly (4.7 s for 200 resources), a list of known element type at once.
        let groups: [[Route]] = [
            authRoutes(context),
            taskRoutes(context),
            customRoutes(context, handlers: handlers),
        ]
        return groups.flatMap { $0 }
    }

    public static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool {
        guard let key = UUID(subject: subject) else { return false }
        return try await UserStore(context.database).exists(id: key)
    }

    static func customRoutes(_ context: APIContext, handlers: any TodoAPIHandlers) -> [Route] {
        let statements = DeclaredStatements(context.database)
        return [
            Route(.PATCH, "/api/{user_id}/tasks/{id}/complete") { request in
                let claimed = try await context.claim(request, scope: "user_id", as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound() }
                    let input = CompleteTaskInput(subject: subject, userID: subject, id: id)
                    guard let result = try await statements.completeTask(input) else { throw HTTPError.notFound("Task not found") }
                    return (.json(200, result), proven: result.userID == subject)
                }
            },
        ]
    }
}
