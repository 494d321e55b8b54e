// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /api/clinics/{clinic_id}/patients`, checked all at once.
public struct PatientListQuery: Sendable {
    /// The sort keys of `GET /api/clinics/{clinic_id}/patients`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case name
        case id
    }

    public let q: String?
    public let sort: Sort
    public let order: SortDirection
    public let limit: Int
    public let offset: Int

    public static func decode(_ request: Request) throws(ValidationError) -> PatientListQuery {
        var validator = Validator()
        let _q = validator.queryOptional(request, "q", .string())
        let _sort = validator.query(request, "sort", .enumeration(Sort.self), default: .id)
        let _order = validator.query(request, "order", .enumeration(SortDirection.self), default: .asc)
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 20)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        try validator.check()
        return PatientListQuery(
            q: _q,
            sort: _sort,
            order: _order,
            limit: _limit,
            offset: _offset
        )
    }
}

extension GeneratedAPI {
    /// The `Patient` resource: list, create, get, replace, patch, delete.
    static func patientRoutes(_ context: APIContext) -> [Route] {
        let store = PatientStore(context.database)
        return [
            Route(.GET, "/api/clinics/{clinic_id}/patients") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    guard validator.isValid, let clinicID else { throw ValidationError(validator.issues) }
                    let query = try PatientListQuery.decode(request)
                    let page = try await store.list(clinicID: clinicID, subject: subject, query)
                    if page.items.isEmpty { try await store.standing(clinicID: clinicID, subject: subject).require(PatientStore.AccessRules.list) }
                    return (try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: true)
                }
            },
            Route(.POST, "/api/clinics/{clinic_id}/patients") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let input = try PatientInput.decode(request, after: &validator)
                    guard let clinicID else { throw ValidationError(validator.issues) }
                    guard let patient = try await store.insert(input, clinicID: clinicID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(PatientStore.AccessRules.create)
                        throw HTTPError.notFound("Clinic not found")
                    }
                    return (.json(201, patient, headers: HTTPHeaders([("Location", "/api/clinics/\(PathSegment.encode(clinicID))/patients/\(PathSegment.encode(patient.id))")])), proven: true)
                }
            },
            Route(.GET, "/api/clinics/{clinic_id}/patients/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let clinicID, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Patient not found") }
                    guard let patient = try await store.find(id: id, clinicID: clinicID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(PatientStore.AccessRules.get)
                        throw HTTPError.notFound("Patient not found")
                    }
                    return (.json(200, patient), proven: true)
                }
            },
            Route(.PUT, "/api/clinics/{clinic_id}/patients/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    let input = try PatientInput.decode(request, after: &validator)
                    guard let clinicID, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Patient not found") }
                    guard let patient = try await store.replace(id: id, clinicID: clinicID, subject: subject, input) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(PatientStore.AccessRules.replace)
                        throw HTTPError.notFound("Patient not found")
                    }
                    return (.json(200, patient), proven: true)
                }
            },
            Route(.PATCH, "/api/clinics/{clinic_id}/patients/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try PatientPatch.decode(request, after: &validator)
                    guard let clinicID, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Patient not found") }
                    guard let patient = try await store.patch(id: id, clinicID: clinicID, subject: subject, patch) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(PatientStore.AccessRules.patch)
                        throw HTTPError.notFound("Patient not found")
                    }
                    return (.json(200, patient), proven: true)
                }
            },
            Route(.DELETE, "/api/clinics/{clinic_id}/patients/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let clinicID, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Patient not found") }
                    guard try await store.delete(id: id, clinicID: clinicID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(PatientStore.AccessRules.delete)
                        throw HTTPError.notFound("Patient not found")
                    }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
