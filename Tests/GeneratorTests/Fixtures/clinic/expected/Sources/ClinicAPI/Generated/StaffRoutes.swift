// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /api/clinics/{clinic_id}/staff`, checked all at once.
public struct StaffListQuery: Sendable {

    public static func decode(_ request: Request) throws(ValidationError) -> StaffListQuery {
        return StaffListQuery(
        )
    }
}

extension GeneratedAPI {
    /// The `Staff` resource: list, create, get, patch, delete.
    static func staffRoutes(_ context: APIContext) -> [Route] {
        let store = StaffStore(context.database)
        return [
            Route(.GET, "/api/clinics/{clinic_id}/staff") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    guard validator.isValid, let clinicID else { throw ValidationError(validator.issues) }
                    let query = try StaffListQuery.decode(request)
                    let page = try await store.list(clinicID: clinicID, subject: subject, query)
                    if page.items.isEmpty { try await store.standing(clinicID: clinicID, subject: subject).require(StaffStore.AccessRules.list) }
                    return (try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: true)
                }
            },
            Route(.POST, "/api/clinics/{clinic_id}/staff") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let input = validator.object(request).flatMap { StaffInput.decode($0, into: &validator) }
                    guard validator.isValid, let clinicID, let input else { throw ValidationError(validator.issues) }
                    guard let staff = try await store.insert(input, clinicID: clinicID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(StaffStore.AccessRules.create)
                        throw HTTPError.notFound("Clinic not found")
                    }
                    return (.json(201, staff, headers: HTTPHeaders([("Location", "/api/clinics/\(PathSegment.encode(clinicID))/staff/\(PathSegment.encode(staff.id))")])), proven: true)
                }
            },
            Route(.GET, "/api/clinics/{clinic_id}/staff/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let clinicID, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Staff not found") }
                    guard let staff = try await store.find(id: id, clinicID: clinicID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(StaffStore.AccessRules.get)
                        throw HTTPError.notFound("Staff not found")
                    }
                    return (.json(200, staff), proven: true)
                }
            },
            Route(.PATCH, "/api/clinics/{clinic_id}/staff/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = validator.object(request).flatMap { StaffPatch.decode($0, into: &validator) }
                    guard validator.isValid, let clinicID, let id, let patch else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Staff not found") }
                    guard let staff = try await store.patch(id: id, clinicID: clinicID, subject: subject, patch) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(StaffStore.AccessRules.patch)
                        if patch.userID.isPresent, try await store.patchChangesUserID(id: id, clinicID: clinicID, subject: subject, patch.userID.value) {
                            throw ValidationError.fixedField("user_id")
                        }
                        throw HTTPError.notFound("Staff not found")
                    }
                    return (.json(200, staff), proven: true)
                }
            },
            Route(.DELETE, "/api/clinics/{clinic_id}/staff/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let clinicID, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Staff not found") }
                    guard try await store.delete(id: id, clinicID: clinicID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(StaffStore.AccessRules.delete)
                        throw HTTPError.notFound("Staff not found")
                    }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
