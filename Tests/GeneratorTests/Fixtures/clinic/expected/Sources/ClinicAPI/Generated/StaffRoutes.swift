// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// What `/api/clinics/{clinic_id}/staff` answers of a `Staff` (`fields: { response: [id, user_id, role] }`).
public struct StaffView: Sendable {
    public let id: Int64
    public let userID: UUID
    public let role: StaffRole

    public init(_ staff: Staff) {
        self.id = staff.id
        self.userID = staff.userID
        self.role = staff.role
    }
}

extension StaffView: PostgresRowJSONLayout {
    /// Reads the shown columns of a row of `Staff`'s columns, as the store answers them.
    public init(row: PostgresRow) throws {
        self.id = try row.decode(0)
        self.userID = try row.decode(2)
        self.role = try row.decode(3)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("user_id", uuid: self.userID)
        writer.member("role", string: self.role.rawValue)
        writer.endObject()
    }

    /// How lists write a row: the JSON `writeJSON(to:)` writes for `StaffView(row: row)`.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("user_id", 2, .uuid),
        .member("role", 3, .enumeration(StaffRole.self)),
    ])
}

/// The query parameters of `GET /api/clinics/{clinic_id}/staff`, checked all at once.
public struct StaffListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> StaffListQuery {
        return StaffListQuery()
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
                    return (try .json(200, page.items.viewed(as: StaffView.self), headers: HTTPHeaders([("X-Total-Count", String(page.total))])), proven: true)
                }
            },
            Route(.POST, "/api/clinics/{clinic_id}/staff") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let input = try StaffInput.decode(request, after: &validator)
                    guard let clinicID else { throw ValidationError(validator.issues) }
                    guard let staff = try await store.insert(input, clinicID: clinicID, subject: subject) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(StaffStore.AccessRules.create)
                        throw HTTPError.notFound("Clinic not found")
                    }
                    return (.json(201, StaffView(staff), headers: HTTPHeaders([("Location", "/api/clinics/\(PathSegment.encode(clinicID))/staff/\(PathSegment.encode(staff.id))")])), proven: true)
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
                    return (.json(200, StaffView(staff)), proven: true)
                }
            },
            Route(.PATCH, "/api/clinics/{clinic_id}/staff/{id}") { request in
                let claimed = try context.claimSubject(request, as: UUID.self)
                let subject = claimed.value
                return try await context.proving(claimed) {
                    var validator = Validator()
                    let clinicID = validator.path(request, "clinic_id", .uuid)
                    let id = validator.path(request, "id", .anyInteger)
                    let patch = try StaffPatch.decode(request, after: &validator)
                    guard let clinicID, let id else { throw ValidationError(validator.issues) }
                    guard let id else { throw HTTPError.notFound("Staff not found") }
                    guard let staff = try await store.patch(id: id, clinicID: clinicID, subject: subject, patch) else {
                        let standing = try await store.standing(clinicID: clinicID, subject: subject)
                        try standing.require(StaffStore.AccessRules.patch)
                        if let field = try await store.patchChangedField(id: id, clinicID: clinicID, subject: subject, patch) {
                            throw ValidationError.fixedField(field)
                        }
                        throw HTTPError.notFound("Staff not found")
                    }
                    return (.json(200, StaffView(staff)), proven: true)
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
