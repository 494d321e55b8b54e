// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The logic the spec leaves to hand-written code: one requirement per custom endpoint.
/// Implement it in a file outside `Generated/`; regenerating never touches that file, and a
/// missing or mistyped method is a compile error.
public protocol LibraryAPIHandlers: Sendable {
    /// Hand-written, with a required and a defaulted query parameter.
    ///
    /// `GET /search`: the generated route has already checked the parameters.
    func searchBooks(_ input: SearchBooksInput, context: APIContext) async throws -> [Book]
}

/// What `booksOnShelf` receives, already authenticated and checked.
public struct BooksOnShelfInput: Sendable {
    /// The `genre` query parameter.
    public let genre: Genre?
    /// The `limit` query parameter (default `20`).
    public let limit: Int32
}

/// What `borrow` receives, already authenticated and checked.
public struct BorrowInput: Sendable {
    /// The authenticated subject (the token's `sub`).
    public let subject: UUID
    /// The `{member_id}` path parameter (equal to `subject`).
    public let memberID: UUID
    /// The `{book_id}` path parameter.
    public let bookID: Int32
}

/// What `returnBook` receives, already authenticated and checked.
public struct ReturnBookInput: Sendable {
    /// The authenticated subject (the token's `sub`).
    public let subject: UUID
    /// The `{member_id}` path parameter (equal to `subject`).
    public let memberID: UUID
    /// The `{id}` path parameter.
    public let id: Int64
}

/// What `myLoans` receives, already authenticated and checked.
public struct MyLoansInput: Sendable {
    /// The authenticated subject (the token's `sub`).
    public let subject: UUID
    /// The `{member_id}` path parameter (equal to `subject`).
    public let memberID: UUID
    /// The `returned` query parameter.
    public let returned: Bool?
}

/// What `forgetReturned` receives, already authenticated and checked.
public struct ForgetReturnedInput: Sendable {
    /// The authenticated subject (the token's `sub`).
    public let subject: UUID
    /// The `{member_id}` path parameter (equal to `subject`).
    public let memberID: UUID
}

/// What `suggest` receives, already authenticated and checked.
public struct SuggestInput: Sendable {
    /// The request body.
    public let body: SuggestionInput
}

/// What `searchBooks` receives, already authenticated and checked.
public struct SearchBooksInput: Sendable {
    /// The `q` query parameter.
    public let q: String
    /// The `limit` query parameter (default `10`).
    public let limit: Int32
}

/// Library 1.0.0, as `spec/library.yaml` describes it: everything the runtime needs to serve it.
public enum GeneratedAPI: APIDefinition {
    public typealias Handlers = any LibraryAPIHandlers

    public static let title = "Library"
    public static let version = "1.0.0"
    public static let auth: AuthSettings? = AuthSettings(secretEnv: "LIBRARY_SECRET", lifetimeEnv: nil, defaultLifetime: 3600)
    public static let cors: CORSSettings? = nil
    public static let migrations = Migrations.all
    public static let openAPIDocument = APIDocumentation.openAPI

    public static func routes(_ context: APIContext, handlers: any LibraryAPIHandlers) -> [Route] {
        // A typed list, not a chain of `+`: the type checker solves a long chain of operators
        // slowly (4.7 s for 200 resources), a list of known element type at once.
        let groups: [[Route]] = [
            authRoutes(context),
            bookRoutes(context),
            shelfRoutes(context),
            catalogRoutes(context),
            reviewRoutes(context),
            commentRoutes(context),
            readingListRoutes(context),
            listEntryRoutes(context),
            customRoutes(context, handlers: handlers),
        ]
        return groups.flatMap { $0 }
    }

    public static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool {
        guard let key = UUID(subject: subject) else { return false }
        return try await MemberStore(context.database).exists(id: key)
    }

    static func customRoutes(_ context: APIContext, handlers: any LibraryAPIHandlers) -> [Route] {
        let statements = DeclaredStatements(context.database)
        return [
            Route(.GET, "/shelf") { request in
                var validator = Validator()
                let genre = validator.queryOptional(request, "genre", .enumeration(Genre.self))
                let limit = validator.query(request, "limit", .int32(min: 1, max: 100), default: 20)
                guard validator.isValid else { throw ValidationError(validator.issues) }
                let input = BooksOnShelfInput(genre: genre, limit: limit)
                let result = try await statements.booksOnShelf(input)
                return try .json(200, result)
            },
            Route(.POST, "/members/{member_id}/loans/{book_id}") { request in
                let subject = try await context.authorize(request, scope: "member_id", as: UUID.self)
                var validator = Validator()
                let bookID = validator.path(request, "book_id", .anyInteger)
                guard validator.isValid, let bookID else { throw ValidationError(validator.issues) }
                guard let bookID = bookID.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound() }
                let input = BorrowInput(subject: subject, memberID: subject, bookID: bookID)
                guard let result = try await statements.borrow(input) else { throw HTTPError.notFound("Loan not found") }
                return .json(201, result, headers: HTTPHeaders([("Location", "/members/\(PathSegment.encode(subject))/loans/\(PathSegment.encode(result.id))")]))
            },
            Route(.PATCH, "/members/{member_id}/loans/{id}/return") { request in
                let claimed = try await context.claim(request, scope: "member_id", as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound() }
                    let input = ReturnBookInput(subject: subject, memberID: subject, id: id)
                    guard let result = try await statements.returnBook(input) else { throw HTTPError.notFound("Loan not found") }
                    return (.json(200, result), proven: result.memberID == subject)
                }
            },
            Route(.GET, "/members/{member_id}/loans") { request in
                let subject = try await context.authorize(request, scope: "member_id", as: UUID.self)
                var validator = Validator()
                let returned = validator.queryOptional(request, "returned", .bool)
                guard validator.isValid else { throw ValidationError(validator.issues) }
                let input = MyLoansInput(subject: subject, memberID: subject, returned: returned)
                let result = try await statements.myLoans(input)
                return try .json(200, result)
            },
            Route(.DELETE, "/members/{member_id}/loans") { request in
                let subject = try await context.authorize(request, scope: "member_id", as: UUID.self)
                let input = ForgetReturnedInput(subject: subject, memberID: subject)
                try await statements.forgetReturned(input)
                return Response(status: 204)
            },
            Route(.POST, "/suggestions") { request in
                var validator = Validator()
                let body = try SuggestionInput.decode(request, after: &validator)
                let input = SuggestInput(body: body)
                guard let result = try await statements.suggest(input) else { throw HTTPError.notFound("Suggestion not found") }
                return .json(201, result)
            },
            Route(.GET, "/search") { request in
                var validator = Validator()
                let q = validator.queryRequired(request, "q", .string())
                let limit = validator.query(request, "limit", .int32(min: 1, max: 50), default: 10)
                guard validator.isValid, let q else { throw ValidationError(validator.issues) }
                let input = SearchBooksInput(q: q, limit: limit)
                let result = try await handlers.searchBooks(input, context: context)
                return .json(200, result)
            },
        ]
    }
}
