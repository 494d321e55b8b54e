// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The logic the spec leaves to hand-written code: one requirement per custom endpoint.
/// Implement it in a file outside `Generated/`; regenerating never touches that file, and a
/// missing or mistyped method is a compile error.
public protocol BlogAPIHandlers: Sendable {
    /// Replace a post's tags.
    /// Tags that do not exist yet are created.
    ///
    /// `PUT /v1/{author_id}/posts/{post_id}/tags`: the generated route has already checked the token, the scope and the parameters.
    func tagPost(_ input: TagPostInput, context: APIContext) async throws -> [Tag]

    /// `DELETE /v1/{author_id}/archive`: the generated route has already checked the token, the scope and the parameters.
    func purgeArchived(_ input: PurgeArchivedInput, context: APIContext) async throws

    /// `GET /v1/feed/{handle}`: the generated route has already checked the parameters.
    func feed(_ input: FeedInput, context: APIContext) async throws -> [Post]
}

/// What `tagPost` receives, already authenticated and checked.
public struct TagPostInput: Sendable {
    /// The authenticated subject (the token's `sub`).
    public let subject: UUID
    /// The `{author_id}` path parameter (equal to `subject`).
    public let authorID: UUID
    /// The `{post_id}` path parameter.
    public let postID: Int64
    /// The request body.
    public let body: TagAssignmentInput
}

/// What `purgeArchived` receives, already authenticated and checked.
public struct PurgeArchivedInput: Sendable {
    /// The authenticated subject (the token's `sub`).
    public let subject: UUID
    /// The `{author_id}` path parameter (equal to `subject`).
    public let authorID: UUID
}

/// What `feed` receives, already authenticated and checked.
public struct FeedInput: Sendable {
    /// The `{handle}` path parameter.
    public let handle: String
}

/// Blog API 1.2.0, as `spec/blog.yaml` describes it: everything the runtime needs to serve it.
public enum GeneratedAPI: APIDefinition {
    public typealias Handlers = any BlogAPIHandlers

    public static let title = "Blog API"
    public static let version = "1.2.0"
    public static let auth: AuthSettings? = AuthSettings(secretEnv: "BLOG_SECRET", lifetimeEnv: nil, defaultLifetime: 3600)
    public static let cors: CORSSettings? = nil
    public static let migrations = Migrations.all
    public static let openAPIDocument = APIDocumentation.openAPI

    public static func routes(_ context: APIContext, handlers: any BlogAPIHandlers) -> [Route] {
        // A typed list, not a chain of `+`: the type checker solves a long chain of operators
        // slowly (4.7 s for 200 resources), a list of known element type at once.
        let groups: [[Route]] = [
            authRoutes(context),
            postRoutes(context),
            tagRoutes(context),
            customRoutes(context, handlers: handlers),
        ]
        return groups.flatMap { $0 }
    }

    public static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool {
        guard let key = UUID(subject: subject) else { return false }
        return try await AuthorStore(context.database).exists(id: key)
    }

    static func customRoutes(_ context: APIContext, handlers: any BlogAPIHandlers) -> [Route] {
        [
            Route(.PUT, "/v1/{author_id}/posts/{post_id}/tags") { request in
                let subject = try await context.authorize(request, scope: "author_id", as: UUID.self)
                var validator = Validator()
                let postID = validator.path(request, "post_id", .anyInteger)
                let body = try TagAssignmentInput.decode(request, after: &validator)
                guard let postID else { throw ValidationError(validator.issues) }
                guard let postID else { throw HTTPError.notFound() }
                let input = TagPostInput(subject: subject, authorID: subject, postID: postID, body: body)
                let result = try await handlers.tagPost(input, context: context)
                return .json(200, result)
            },
            Route(.DELETE, "/v1/{author_id}/archive") { request in
                let subject = try await context.authorize(request, scope: "author_id", as: UUID.self)
                let input = PurgeArchivedInput(subject: subject, authorID: subject)
                try await handlers.purgeArchived(input, context: context)
                return Response(status: 204)
            },
            Route(.GET, "/v1/feed/{handle}") { request in
                var validator = Validator()
                let handle = validator.path(request, "handle", .string())
                guard validator.isValid, let handle else { throw ValidationError(validator.issues) }
                let input = FeedInput(handle: handle)
                let result = try await handlers.feed(input, context: context)
                return .json(200, result)
            },
        ]
    }
}
