// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The logic the spec leaves to hand-written code: one requirement per custom endpoint.
/// Implement it in a file outside `Generated/`; regenerating never touches that file, and a
/// missing or mistyped method is a compile error.
public protocol KeywordsAPIHandlers: Sendable {
}

/// What `lookup` receives, already authenticated and checked.
public struct LookupInput: Sendable {
    /// The `{default}` path parameter.
    public let `default`: Int32
    /// The `in` query parameter.
    public let `in`: Int32?
    /// The `where` query parameter (default `x`).
    public let `where`: String
}

/// What `locals` receives, already authenticated and checked.
public struct LocalsInput: Sendable {
    /// The `{request}` path parameter.
    public let request: Int32
    /// The `{store}` path parameter.
    public let store: String
    /// The `validator` query parameter.
    public let validator: Int32?
    /// The `query` query parameter (default `x`).
    public let query: String
    /// The `context` query parameter.
    public let context: Int32?
    /// The `input` query parameter.
    public let input: Int32?
    /// The `result` query parameter.
    public let result: Int32?
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
        // A typed list, not a chain of `+`: the type checker solves a long chain of operators
        // slowly (4.7 s for 200 resources), a list of known element type at once.
        let groups: [[Route]] = [
            taskRoutes(context),
            reservedRoutes(context),
            initRoutes(context),
            inoutRoutes(context),
            defaultRoutes(context),
            unsafeRoutes(context),
            localRoutes(context),
            inputRoutes(context),
            patchRoutes(context),
            partRoutes(context),
            pieceRoutes(context),
            customRoutes(context, handlers: handlers),
        ]
        return groups.flatMap { $0 }
    }

    public static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool {
        false
    }

    static func customRoutes(_ context: APIContext, handlers: any KeywordsAPIHandlers) -> [Route] {
        let statements = DeclaredStatements(context.database)
        return [
            Route(.GET, "/lookup/{default}") { request in
                var validator = Validator()
                let `default` = validator.path(request, "default", .anyInteger)
                let `in` = validator.queryOptional(request, "in", .int32())
                let `where` = validator.query(request, "where", .string(), default: "x")
                guard validator.isValid, let `default` else { throw ValidationError(validator.issues) }
                guard let `default` = `default`.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound() }
                let input = LookupInput(default: `default`, in: `in`, where: `where`)
                let result = try await statements.lookup(input)
                return try .json(200, result)
            },
            Route(.GET, "/locals/{request}/{store}") { request in
                var validator = Validator()
                let _request = validator.path(request, "request", .anyInteger)
                let _store = validator.path(request, "store", .string())
                let _validator = validator.queryOptional(request, "validator", .int32())
                let _query = validator.query(request, "query", .string(), default: "x")
                let _context = validator.queryOptional(request, "context", .int32())
                let _input = validator.queryOptional(request, "input", .int32())
                let _result = validator.queryOptional(request, "result", .int32())
                guard validator.isValid, let _request, let _store else { throw ValidationError(validator.issues) }
                guard let _request = _request.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound() }
                let input = LocalsInput(request: _request, store: _store, validator: _validator, query: _query, context: _context, input: _input, result: _result)
                let result = try await statements.locals(input)
                return try .json(200, result)
            },
        ]
    }
}
