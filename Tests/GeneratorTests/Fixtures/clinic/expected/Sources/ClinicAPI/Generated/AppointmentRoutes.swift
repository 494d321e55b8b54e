// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /api/clinics/{clinic_id}/patients/{patient_id}/appointments`, checked all at once.
public struct AppointmentListQuery: Sendable {
    /// The sort keys of `GET /api/clinics/{clinic_id}/patients/{patient_id}/appointments`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case starts
    }

    public let sort: Sort
    public let order: SortDirection
    public let limit: Int
    public let offset: Int
    public let cursor: String?

    /// The sort and direction a cursor of this list is valid for.
    var cursorScope: String { "\(sort.rawValue) \(order.rawValue)" }

    /// The column of the sort value in a row of this list, for the next cursor.
    var cursorColumn: Int {
        switch sort {
        case .starts: 3
        }
    }

    /// The column of the key in a row of this list.
    static let keyColumn = 0

    public static func decode(_ request: Request) throws(ValidationError) -> AppointmentListQuery {
        var validator = Validator()
        let _sort = validator.query(request, "sort", .enumeration(Sort.self), default: .starts)
        let _order = validator.query(request, "order", .enumeration(SortDirection.self), default: .asc)
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        let _cursor = validator.queryOptional(request, "cursor", .string(maxLength: 4096))
        try validator.check()
        return AppointmentListQuery(
            sort: _sort,
            order: _order,
            limit: _limit,
            offset: _offset,
            cursor: _cursor
        )
    }
}

extension GeneratedAPI {
    /// The `Appointment` resource: list, create, get, replace, patch, delete.
    static func appointmentRoutes(_ context: APIContext) -> [Route] {
        let store = AppointmentStore(context.database)
        return [
            Route(.GET, "/api/clinics/{clinic_id}/patients/{patient_id}/appointments") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let patientID = validator.path(request, "patient_id", .anyInteger)
                    guard validator.isValid, let clinicID, let patientID else { throw ValidationError(validator.issues) }
                    guard let patientID else { throw HTTPError.notFound("Patient not found") }
                    let query = try AppointmentListQuery.decode(request)
                    let after = try context.openCursor(query.cursor, scope: query.cursorScope, param: "cursor", offset: query.offset, offsetParam: "offset")
                    let page = try await store.list(clinicID: clinicID, patientID: patientID, subject: subject, query, after: after)
                    if page.items.isEmpty { try await store.standing(clinicID: clinicID, subject: subject, patientID: patientID).require(AppointmentStore.AccessRules.list) }
                    let headers = context.pageHeaders(page, limit: query.limit, scope: query.cursorScope, valueColumn: query.cursorColumn, keyColumn: AppointmentListQuery.keyColumn)
                    return (try .json(200, page.items, headers: headers), proven: true)
                }
            },
            Route(.POST, "/api/clinics/{clinic_id}/patients/{patient_id}/appointments") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let patientID = validator.path(request, "patient_id", .anyInteger)
                    let input = try AppointmentInput.decode(request, after: &validator)
                    guard let clinicID, let patientID else { throw ValidationError(validator.issues) }
                    guard let patientID else { throw HTTPError.notFound("Patient not found") }
                    guard let appointment = try await store.insert(input, clinicID: clinicID, patientID: patientID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject, patientID: patientID)
                        try standing.require(AppointmentStore.AccessRules.create)
                        if !(try await store.acceptsDoctorID(input.doctorID, clinicID: clinicID)) {
                            throw ValidationError.unknownReference("doctor_id", "User")
                        }
                        try standing.requireWriter(["owner", "doctor"], touched: true, forbidden: "Setting 'state' needs one of the roles owner, doctor in this Clinic")
                        throw HTTPError.notFound("Clinic not found")
                    }
                    return (.json(201, appointment, headers: HTTPHeaders([("Location", "/api/clinics/\(PathSegment.encode(clinicID))/patients/\(PathSegment.encode(patientID))/appointments/\(PathSegment.encode(appointment.id))")])), proven: true)
                }
            },
            Route(.GET, "/api/clinics/{clinic_id}/patients/{patient_id}/appointments/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let patientID = validator.path(request, "patient_id", .anyInteger)
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let clinicID, let patientID, let id else { throw ValidationError(validator.issues) }
                    guard let patientID else { throw HTTPError.notFound("Patient not found") }
                    guard let id else { throw HTTPError.notFound("Appointment not found") }
                    guard let appointment = try await store.find(id: id, clinicID: clinicID, patientID: patientID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject, patientID: patientID)
                        try standing.require(AppointmentStore.AccessRules.get)
                        throw HTTPError.notFound("Appointment not found")
                    }
                    return (.json(200, appointment), proven: true)
                }
            },
            Route(.PUT, "/api/clinics/{clinic_id}/patients/{patient_id}/appointments/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let patientID = validator.path(request, "patient_id", .anyInteger)
                    let id = validator.path(request, "id", .anyInteger)
                    let input = try AppointmentInput.decode(request, after: &validator)
                    guard let clinicID, let patientID, let id else { throw ValidationError(validator.issues) }
                    guard let patientID else { throw HTTPError.notFound("Patient not found") }
                    guard let id else { throw HTTPError.notFound("Appointment not found") }
                    guard let appointment = try await store.replace(id: id, clinicID: clinicID, patientID: patientID, subject: subject, input) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject, patientID: patientID)
                        try standing.require(AppointmentStore.AccessRules.replace)
                        if !(try await store.acceptsDoctorID(input.doctorID, clinicID: clinicID)) {
                            throw ValidationError.unknownReference("doctor_id", "User")
                        }
                        try standing.requireWriter(["owner", "doctor"], touched: true, forbidden: "Setting 'state' needs one of the roles owner, doctor in this Clinic")
                        throw HTTPError.notFound("Appointment not found")
                    }
                    return (.json(200, appointment), proven: true)
                }
            },
            Route(.PATCH, "/api/clinics/{clinic_id}/patients/{patient_id}/appointments/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let patientID = validator.path(request, "patient_id", .anyInteger)
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try AppointmentPatch.decode(request, after: &validator)
                    guard let clinicID, let patientID, let id else { throw ValidationError(validator.issues) }
                    guard let patientID else { throw HTTPError.notFound("Patient not found") }
                    guard let id else { throw HTTPError.notFound("Appointment not found") }
                    guard let appointment = try await store.patch(id: id, clinicID: clinicID, patientID: patientID, subject: subject, patch) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject, patientID: patientID)
                        try standing.require(AppointmentStore.AccessRules.patch)
                        if let value = patch.doctorID.value, !(try await store.acceptsDoctorID(value, clinicID: clinicID)) {
                            throw ValidationError.unknownReference("doctor_id", "User")
                        }
                        try standing.requireWriter(["owner", "doctor"], touched: patch.state.isPresent, forbidden: "Setting 'state' needs one of the roles owner, doctor in this Clinic")
                        throw HTTPError.notFound("Appointment not found")
                    }
                    return (.json(200, appointment), proven: true)
                }
            },
            Route(.DELETE, "/api/clinics/{clinic_id}/patients/{patient_id}/appointments/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let patientID = validator.path(request, "patient_id", .anyInteger)
                    let id = validator.path(request, "id", .anyInteger)
                    guard validator.isValid, let clinicID, let patientID, let id else { throw ValidationError(validator.issues) }
                    guard let patientID else { throw HTTPError.notFound("Patient not found") }
                    guard let id else { throw HTTPError.notFound("Appointment not found") }
                    guard try await store.delete(id: id, clinicID: clinicID, patientID: patientID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject, patientID: patientID)
                        try standing.require(AppointmentStore.AccessRules.delete)
                        throw HTTPError.notFound("Appointment not found")
                    }
                    return (.noContent(), proven: true)
                }
            },
        ]
    }
}
