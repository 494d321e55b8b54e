// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The logic the spec leaves to hand-written code: one requirement per custom endpoint.
/// Implement it in a file outside `Generated/`; regenerating never touches that file, and a
/// missing or mistyped method is a compile error.
public protocol KeywordsAPIHandlers: Sendable {
}

/// Keywords 1.0.0, as `spec/keywords.yaml` describes it: everything the runtime needs to serve it.
public enum GeneratedAPI: APIDefinition {
    public typealias Handlers = any KeywordsAPIHandlers

    public static let title = "Keywords"
    public static let version = "1.0.0"
    public static let auth: AuthSettings? = nil
    public static let cors: CORSSettings? = nil
    public static let migrations = Migrations.all
    public static let openAPIDocument = APIDocumentation.openAPI

    public static func routes(_ context: APIContext, handlers: any KeywordsAPIHandlers) -> [Route] {
        taskRoutes(context) +
        reservedRoutes(context) +
        initRoutes(context) +
        inoutRoutes(context) +
        defaultRoutes(context) +
        unsafeRoutes(context) +
        customRoutes(context, handlers: handlers)
    }

    public static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool {
        false
    }

    static func customRoutes(_ context: APIContext, handlers: any KeywordsAPIHandlers) -> [Route] {
        [
        ]
    }
}
