// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

extension GeneratedAPI {
    /// Sign-up, login and the current user, backed by `Member`: passwords are stored only as
    /// Argon2id hashes, and login costs the same time whether or not the email exists.
    static func authRoutes(_ context: APIContext) -> [Route] {
        let users = MemberStore(context.database)
        return [
            Route(.POST, "/auth/signup") { request in
                var validator = Validator()
                guard let object = validator.object(request) else { throw ValidationError(validator.issues) }
                let input = MemberInput.decode(object, into: &validator, refusing: ["verified"])
                let password = validator.required(object, "password", .string(minLength: 8, maxLength: 128))
                guard validator.isValid, let input, let password else { throw ValidationError(validator.issues) }
                let hash = try await PasswordHasher.hashInBackground(password)
                let user: Member
                do {
                    user = try await users.insert(input, passwordHash: hash)
                } catch let error as PostgresError where error.kind == .uniqueViolation {
                    throw HTTPError.conflict("Email already registered")
                }
                return context.tokenResponse(201, subject: user.id.uuidString.lowercased(), email: user.email, user: user)
            },
            Route(.POST, "/auth/login") { request in
                var validator = Validator()
                guard let object = validator.object(request) else { throw ValidationError(validator.issues) }
                let login = validator.required(object, "email", .string())
                let password = validator.required(object, "password", .string())
                guard validator.isValid, let login, let password else { throw ValidationError(validator.issues) }
                let user = try await users.find(byEmail: login.lowercased())
                guard let user else {
                    try await PasswordHasher.burnVerificationInBackground(password)
                    throw HTTPError.unauthorized("Incorrect email or password")
                }
                guard try await PasswordHasher.verifyInBackground(password, against: user.passwordHash) else {
                    throw HTTPError.unauthorized("Incorrect email or password")
                }
                return context.tokenResponse(200, subject: user.id.uuidString.lowercased(), email: user.email, user: user)
            },
            Route(.GET, "/auth/me") { request in
                let subject = try await context.authorize(request, scope: nil, as: UUID.self)
                guard let user = try await users.find(id: subject) else {
                    throw HTTPError.unauthorized("Invalid authentication credentials")
                }
                return .json(200, user)
            },
        ]
    }
}
