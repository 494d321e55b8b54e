// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /api/clinics`, checked all at once.
public struct ClinicListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> ClinicListQuery {
        return ClinicListQuery()
    }
}

extension GeneratedAPI {
    /// The `Clinic` resource: list, create, get, patch, delete.
    static func clinicRoutes(_ context: APIContext) -> [Route] {
        let store = ClinicStore(context.database)
        return [
            Route(.GET, "/api/clinics") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    let query = try ClinicListQuery.decode(request)
                    let page = try await store.list(subject: subject, query)
                    return (try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: !page.items.isEmpty)
                }
            },
            Route(.POST, "/api/clinics") { request in
                let subject = try await context.authorize(request, scope: nil, as: UUID.self)
                var validator = Validator()
                let input = try ClinicInput.decode(request, after: &validator)
                let clinic = try await store.insert(input, subject: subject)
                return .json(201, clinic, headers: HTTPHeaders([("Location", "/api/clinics/\(PathSegment.encode(clinic.id))")]))
            },
            Route(.GET, "/api/clinics/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .uuid)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard let clinic = try await store.find(id: id, subject: subject) else {
                        let standing = try await store.standing(id: id, subject: subject)
                        try standing.require(ClinicStore.AccessRules.get)
                        throw HTTPError.notFound("Clinic not found")
                    }
                    return (.json(200, clinic), proven: true)
                }
            },
            Route(.PATCH, "/api/clinics/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .uuid)
                    let patch = try ClinicPatch.decode(request, after: &validator)
                    guard let id else { throw ValidationError(validator.issues) }
                    guard let clinic = try await store.patch(id: id, subject: subject, patch) else {
                        let standing = try await store.standing(id: id, subject: subject)
                        try standing.require(ClinicStore.AccessRules.patch)
                        throw HTTPError.notFound("Clinic not found")
                    }
                    return (.json(200, clinic), proven: true)
                }
            },
            Route(.DELETE, "/api/clinics/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let id = validator.path(request, "id", .uuid)
                    guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                    guard try await store.delete(id: id, subject: subject) else {
                        let standing = try await store.standing(id: id, subject: subject)
                        try standing.require(ClinicStore.AccessRules.delete)
                        throw HTTPError.notFound("Clinic not found")
                    }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
