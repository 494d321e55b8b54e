// Generated from spec/blog.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

extension GeneratedAPI {
    /// Sign-up, login and the current user, backed by `Author`: passwords are stored only as
    /// Argon2id hashes, and login costs the same time whether or not the handle exists.
    static func authRoutes(_ context: APIContext) -> [Route] {
        let users = AuthorStore(context.database)
        return [
            Route(.POST, "/v1/session/register") { request in
                var validator = Validator()
                guard let object = validator.object(request) else { throw ValidationError(validator.issues) }
                let input = AuthorInput.decode(object, into: &validator)
                let password = validator.required(object, "password", .string(minLength: 10, maxLength: 200))
                guard validator.isValid, let input, let password else { throw ValidationError(validator.issues) }
                let hash = try await PasswordHasher.hashInBackground(password)
                let user: Author
                do {
                    user = try await users.insert(input, passwordDigest: hash)
                } catch let error as PostgresError where error.kind == .uniqueViolation {
                    throw HTTPError.conflict("Handle already registered")
                }
                return context.tokenResponse(201, subject: user.id.uuidString.lowercased(), email: user.handle, user: user)
            },
            Route(.POST, "/v1/session/login") { request in
                var validator = Validator()
                guard let object = validator.object(request) else { throw ValidationError(validator.issues) }
                let login = validator.required(object, "handle", .string())
                let password = validator.required(object, "password", .string())
                guard validator.isValid, let login, let password else { throw ValidationError(validator.issues) }
                let user = try await users.find(byHandle: login.lowercased())
                guard let user else {
                    try await PasswordHasher.burnVerificationInBackground(password)
                    throw HTTPError.unauthorized("Incorrect handle or password")
                }
                guard try await PasswordHasher.verifyInBackground(password, against: user.passwordDigest) else {
                    throw HTTPError.unauthorized("Incorrect handle or password")
                }
                return context.tokenResponse(200, subject: user.id.uuidString.lowercased(), email: user.handle, user: user)
            },
            Route(.GET, "/v1/session/me") { request in
                let subject = try await context.authorize(request, scope: nil, as: UUID.self)
                guard let user = try await users.find(id: subject) else {
                    throw HTTPError.unauthorized("Invalid authentication credentials")
                }
                return .json(200, user)
            },
        ]
    }
}
