import ClinicAPIFixture
import Foundation
import PostgresTestCluster
import RawHTTPClient
import Runtime
import XCTest

/// The clinic fixture (memberships, roles, a nested path, per-operation access; docs/spec.md
/// §6.5) compiled, served in this process on a fresh database of a real Postgres, and driven
/// over real HTTP: every operation for every principal (from its access matrix), then the
/// cross-tenant attempts (IDOR) on every route and every client-written reference.
final class ClinicEndToEndTests: XCTestCase {
    /// The spec declares no custom endpoint: nothing to hand-write.
    struct Handlers: ClinicAPIHandlers {}

    static let database: Result<String, any Error> = Result { try LibraryEndToEndTests.blocking { try await TestCluster.freshDatabase() } }

    static let port: Result<Int, any Error> = Result {
        try InProcessServer.start(
            GeneratedAPI.self, handlers: Handlers(), name: "clinic",
            environment: [
                ("DATABASE_URL", try ClinicEndToEndTests.database.get()), ("CLINIC_SECRET", "clinic-e2e-secret-0123456789abcdef"),
                ("LOG_LEVEL", "error"),
            ])
    }

    typealias Reply = LibraryEndToEndTests.Reply

    func call(_ method: String, _ target: String, token: String? = nil, body: String? = nil) throws -> Reply {
        try LibraryEndToEndTests.call(try Self.port.get(), method, "/api" + target, token: token, body: body)
    }

    struct User {
        var id: String
        var token: String
    }

    func signUp(_ name: String) throws -> User {
        let reply = try call(
            "POST", "/auth/signup",
            body: #"{"email": "\#(name)-\#(UUID().uuidString.prefix(8))@example.com", "password": "correct horse battery"}"#)
        XCTAssertEqual(reply.status, 201)
        return User(
            id: (reply.object["user"] as? [String: Any])?["id"] as? String ?? "", token: reply.object["access_token"] as? String ?? "")
    }

    /// One clinic with a member of every role, and a rival clinic with its own patient.
    struct World {
        var owner, doctor, nurse, receptionist, outsider: User
        var clinic: String
        var patient: Int
        var appointment: Int
        var rival: User
        var rivalClinic: String
        var rivalPatient: Int
    }

    func makeWorld() throws -> World {
        let owner = try signUp("owner")
        let created = try call("POST", "/clinics", token: owner.token, body: #"{"name": "Northside"}"#)
        XCTAssertEqual(created.status, 201)
        let clinic = created.object["id"] as? String ?? ""
        XCTAssertEqual(created.location, "/api/clinics/\(clinic)")
        var members: [String: User] = [:]
        for role in ["doctor", "nurse", "receptionist"] {
            let user = try signUp(role)
            let added = try call(
                "POST", "/clinics/\(clinic)/staff", token: owner.token, body: #"{"user_id": "\#(user.id)", "role": "\#(role)"}"#)
            XCTAssertEqual(added.status, 201, "adding the \(role)")
            members[role] = user
        }
        let patient = try call("POST", "/clinics/\(clinic)/patients", token: owner.token, body: #"{"name": "Ada"}"#)
        XCTAssertEqual(patient.status, 201)
        let patientID = patient.object["id"] as? Int ?? -1
        let doctor = members["doctor"]!
        let appointment = try call(
            "POST", "/clinics/\(clinic)/patients/\(patientID)/appointments", token: owner.token,
            body: #"{"doctor_id": "\#(doctor.id)", "starts_at": "2027-01-05T09:00:00Z"}"#)
        XCTAssertEqual(appointment.status, 201)
        let rival = try signUp("rival")
        let rivalClinic = try call("POST", "/clinics", token: rival.token, body: #"{"name": "Southside"}"#).object["id"] as? String ?? ""
        let rivalPatient = try call("POST", "/clinics/\(rivalClinic)/patients", token: rival.token, body: #"{"name": "Bo"}"#)
        XCTAssertEqual(rivalPatient.status, 201)
        return World(
            owner: owner, doctor: doctor, nurse: members["nurse"]!, receptionist: members["receptionist"]!,
            outsider: try signUp("outsider"),
            clinic: clinic, patient: patientID, appointment: appointment.object["id"] as? Int ?? -1, rival: rival,
            rivalClinic: rivalClinic, rivalPatient: rivalPatient.object["id"] as? Int ?? -1)
    }

    /// The principals of the access matrix, in the order of each expectation row.
    enum Principal: CaseIterable {
        case anonymous, outsider, nurse, receptionist, doctor, owner
    }

    func token(_ principal: Principal, _ world: World) -> String? {
        switch principal {
        case .anonymous: nil
        case .outsider: world.outsider.token
        case .nurse: world.nurse.token
        case .receptionist: world.receptionist.token
        case .doctor: world.doctor.token
        case .owner: world.owner.token
        }
    }

    /// Every operation × principal → status. A row that a success would change or delete is made
    /// fresh for each principal (`target` is called once per principal).
    func testAccessMatrixOverHTTP() throws {
        let world = try makeWorld()
        let c = world.clinic
        let freshPatient = { () throws -> Int in
            try self.call("POST", "/clinics/\(c)/patients", token: world.owner.token, body: #"{"name": "Temp"}"#).object["id"] as? Int ?? -1
        }
        let freshAppointment = { () throws -> Int in
            try self.call(
                "POST", "/clinics/\(c)/patients/\(world.patient)/appointments", token: world.owner.token,
                body: #"{"doctor_id": "\#(world.doctor.id)", "starts_at": "2027-02-01T10:00:00Z"}"#
            ).object["id"] as? Int ?? -1
        }
        let freshStaff = { () throws -> Int in
            let user = try self.signUp("temp")
            return try self.call(
                "POST", "/clinics/\(c)/staff", token: world.owner.token, body: #"{"user_id": "\#(user.id)", "role": "nurse"}"#
            ).object["id"] as? Int ?? -1
        }
        let freshClinic = { () throws -> String in
            // A clinic the fixture's members all belong to: the owner creates it and adds them.
            let id =
                try self.call("POST", "/clinics", token: world.owner.token, body: #"{"name": "Scratch"}"#).object["id"] as? String ?? ""
            for (user, role) in [(world.doctor, "doctor"), (world.nurse, "nurse"), (world.receptionist, "receptionist")] {
                _ = try self.call(
                    "POST", "/clinics/\(id)/staff", token: world.owner.token, body: #"{"user_id": "\#(user.id)", "role": "\#(role)"}"#)
            }
            return id
        }
        let a = "/clinics/\(c)/patients/\(world.patient)/appointments"
        let appointmentBody = #"{"doctor_id": "\#(world.doctor.id)", "starts_at": "2027-03-01T08:30:00Z"}"#
        // anonymous, outsider, nurse, receptionist, doctor, owner
        let matrix: [(String, String, () throws -> String, String?, [Int])] = [
            ("list clinics", "GET", { "/clinics" }, nil, [401, 200, 200, 200, 200, 200]),
            ("create clinic", "POST", { "/clinics" }, #"{"name": "Mine"}"#, [401, 201, 201, 201, 201, 201]),
            ("get clinic", "GET", { "/clinics/\(c)" }, nil, [401, 404, 200, 200, 200, 200]),
            ("patch clinic", "PATCH", { "/clinics/\(c)" }, #"{"name": "Northside Health"}"#, [401, 404, 403, 403, 403, 200]),
            ("delete clinic", "DELETE", { "/clinics/\(try freshClinic())" }, nil, [401, 404, 403, 403, 403, 204]),
            ("list staff", "GET", { "/clinics/\(c)/staff" }, nil, [401, 404, 200, 200, 200, 200]),
            (
                "add staff", "POST", { "/clinics/\(c)/staff" }, nil,  // body made per principal below
                [401, 404, 403, 403, 403, 201]
            ),
            (
                "patch staff", "PATCH", { "/clinics/\(c)/staff/\(try freshStaff())" }, #"{"role": "doctor"}"#,
                [401, 404, 403, 403, 403, 200]
            ),
            ("remove staff", "DELETE", { "/clinics/\(c)/staff/\(try freshStaff())" }, nil, [401, 404, 403, 403, 403, 204]),
            ("list patients", "GET", { "/clinics/\(c)/patients" }, nil, [401, 404, 200, 200, 200, 200]),
            ("create patient", "POST", { "/clinics/\(c)/patients" }, #"{"name": "Cy"}"#, [401, 404, 403, 201, 201, 201]),
            ("get patient", "GET", { "/clinics/\(c)/patients/\(world.patient)" }, nil, [401, 404, 200, 200, 200, 200]),
            (
                "replace patient", "PUT", { "/clinics/\(c)/patients/\(try freshPatient())" }, #"{"name": "Di"}"#,
                [401, 404, 403, 403, 200, 200]
            ),
            (
                "patch patient", "PATCH", { "/clinics/\(c)/patients/\(try freshPatient())" }, #"{"name": "Ed"}"#,
                [401, 404, 403, 403, 200, 200]
            ),
            ("delete patient", "DELETE", { "/clinics/\(c)/patients/\(try freshPatient())" }, nil, [401, 404, 403, 403, 403, 204]),
            ("list appointments", "GET", { a }, nil, [401, 404, 200, 200, 200, 200]),
            ("book appointment", "POST", { a }, appointmentBody, [401, 404, 403, 201, 201, 201]),
            ("get appointment", "GET", { "\(a)/\(world.appointment)" }, nil, [401, 404, 200, 200, 200, 200]),
            ("replace appointment", "PUT", { "\(a)/\(try freshAppointment())" }, appointmentBody, [401, 404, 403, 200, 200, 200]),
            (
                "patch appointment", "PATCH", { "\(a)/\(try freshAppointment())" }, #"{"starts_at": "2027-03-02T08:30:00Z"}"#,
                [401, 404, 403, 200, 200, 200]
            ),
            (
                "mark appointment done", "PATCH", { "\(a)/\(try freshAppointment())" }, #"{"state": "done"}"#,
                [401, 404, 403, 403, 200, 200]
            ),
            ("cancel appointment", "DELETE", { "\(a)/\(try freshAppointment())" }, nil, [401, 404, 403, 403, 204, 204]),
        ]
        for (name, method, target, body, expected) in matrix {
            for (principal, status) in zip(Principal.allCases, expected) {
                var body = body
                if name == "add staff" { body = #"{"user_id": "\#(try signUp("new").id)", "role": "nurse"}"# }
                let reply = try call(method, try target(), token: token(principal, world), body: body)
                XCTAssertEqual(reply.status, status, "\(name) as \(principal): \(reply.object)")
                if status == 403 {
                    XCTAssertTrue((reply.object["detail"] as? String ?? "").contains("needs"), "\(name): \(reply.object)")
                }
                if status == 404, principal == .outsider {
                    XCTAssertEqual(reply.object["detail"] as? String, "Clinic not found", "\(name): never reveals the clinic exists")
                }
            }
        }
        // The expectations above agree with the access matrix the generator wrote into the served
        // OpenAPI document (x-access): a principal it allows gets a 2xx, one it refuses never does.
        let document = try XCTUnwrap(try LibraryEndToEndTests.call(try Self.port.get(), "GET", "/openapi.json").json as? [String: Any])
        let paths = try XCTUnwrap(document["paths"] as? [String: Any])
        let base = "/api/clinics/{clinic_id}"
        let templates: [String: String] = [
            "list clinics": "/api/clinics", "create clinic": "/api/clinics", "get clinic": "/api/clinics/{id}",
            "patch clinic": "/api/clinics/{id}", "delete clinic": "/api/clinics/{id}",
            "list staff": "\(base)/staff", "add staff": "\(base)/staff", "patch staff": "\(base)/staff/{id}",
            "remove staff": "\(base)/staff/{id}",
            "list patients": "\(base)/patients", "create patient": "\(base)/patients", "get patient": "\(base)/patients/{id}",
            "replace patient": "\(base)/patients/{id}", "patch patient": "\(base)/patients/{id}", "delete patient": "\(base)/patients/{id}",
            "list appointments": "\(base)/patients/{patient_id}/appointments",
            "book appointment": "\(base)/patients/{patient_id}/appointments",
            "get appointment": "\(base)/patients/{patient_id}/appointments/{id}",
            "replace appointment": "\(base)/patients/{patient_id}/appointments/{id}",
            "patch appointment": "\(base)/patients/{patient_id}/appointments/{id}",
            "cancel appointment": "\(base)/patients/{patient_id}/appointments/{id}",
        ]  // "mark appointment done" is refused by writable_by, a field rule the matrix does not show
        let names: [Principal: String] = [
            .anonymous: "anonymous", .outsider: "any user", .nurse: "Clinic nurse", .receptionist: "Clinic receptionist",
            .doctor: "Clinic doctor", .owner: "Clinic owner",
        ]
        var compared = 0
        for (name, method, _, _, expected) in matrix {
            guard let template = templates[name] else { continue }
            let operation = (paths[template] as? [String: Any])?[method.lowercased()] as? [String: Any]
            let allows = try XCTUnwrap((operation?["x-access"] as? [String: Any])?["allows"] as? [String: Bool], "\(method) \(template)")
            for (principal, status) in zip(Principal.allCases, expected) {
                XCTAssertEqual(allows[names[principal]!], (200..<300).contains(status), "\(name) as \(principal): x-access disagrees")
                compared += 1
            }
        }
        XCTAssertEqual(compared, 21 * 6)

        // A member's list holds the clinic's rows; an outsider's clinic list holds none of them.
        XCTAssertFalse(try call("GET", "/clinics", token: world.outsider.token).array.contains { $0["id"] as? String == c })
        XCTAssertTrue(try call("GET", "/clinics", token: world.nurse.token).array.contains { $0["id"] as? String == c })
    }

    /// Another tenant's rows through every route: never read, changed, linked or revealed.
    func testCrossTenantAttemptsAreRefused() throws {
        let world = try makeWorld()
        let (c, r) = (world.clinic, world.rivalClinic)
        let rival = world.rival.token
        // The rival's own clinic in the path, our patient's id after it: the path's parent is not theirs.
        for (method, target, body) in [
            ("GET", "/clinics/\(r)/patients/\(world.patient)", nil),
            ("PUT", "/clinics/\(r)/patients/\(world.patient)", #"{"name": "X"}"#),
            ("PATCH", "/clinics/\(r)/patients/\(world.patient)", #"{"name": "X"}"#),
            ("DELETE", "/clinics/\(r)/patients/\(world.patient)", nil),
        ] as [(String, String, String?)] {
            XCTAssertEqual(try call(method, target, token: rival, body: body).status, 404, "\(method) \(target)")
        }
        for (method, target, body) in [
            ("GET", "/clinics/\(r)/patients/\(world.patient)/appointments", nil),
            (
                "POST", "/clinics/\(r)/patients/\(world.patient)/appointments",
                #"{"doctor_id": "\#(world.rival.id)", "starts_at": "2027-01-01T00:00:00Z"}"#
            ),
            ("GET", "/clinics/\(r)/patients/\(world.patient)/appointments/\(world.appointment)", nil),
            ("PATCH", "/clinics/\(r)/patients/\(world.patient)/appointments/\(world.appointment)", #"{"state": "cancelled"}"#),
            ("DELETE", "/clinics/\(r)/patients/\(world.patient)/appointments/\(world.appointment)", nil),
            ("GET", "/clinics/\(r)/patients/\(world.rivalPatient)/appointments/\(world.appointment)", nil),
            ("DELETE", "/clinics/\(r)/patients/\(world.rivalPatient)/appointments/\(world.appointment)", nil),
        ] as [(String, String, String?)] {
            let reply = try call(method, target, token: rival, body: body)
            XCTAssertEqual(reply.status, 404, "\(method) \(target): \(reply.object)")
        }
        XCTAssertEqual(
            try call("GET", "/clinics/\(r)/patients/\(world.patient)/appointments", token: rival).object["detail"] as? String,
            "Patient not found")
        // Staff answers show `fields.response` only: the clinic is the path's.
        let staffRows = try call("GET", "/clinics/\(c)/staff", token: world.owner.token).array
        XCTAssertFalse(staffRows.isEmpty)
        XCTAssertEqual(Set(staffRows.flatMap(\.keys)), ["id", "user_id", "role"])
        // Our staff rows, through the rival's clinic and through ours: never reached.
        let nurseRow =
            try call("GET", "/clinics/\(c)/staff", token: world.owner.token).array.first { $0["user_id"] as? String == world.nurse.id }?[
                "id"]
            as? Int ?? -1
        for (method, target, body) in [
            ("GET", "/clinics/\(r)/staff/\(nurseRow)", nil), ("PATCH", "/clinics/\(r)/staff/\(nurseRow)", #"{"role": "owner"}"#),
            ("DELETE", "/clinics/\(r)/staff/\(nurseRow)", nil), ("PATCH", "/clinics/\(c)/staff/\(nurseRow)", #"{"role": "owner"}"#),
            ("DELETE", "/clinics/\(c)/staff/\(nurseRow)", nil),
            ("POST", "/clinics/\(c)/staff", #"{"user_id": "\#(world.rival.id)", "role": "owner"}"#),
        ] as [(String, String, String?)] {
            XCTAssertEqual(try call(method, target, token: rival, body: body).status, 404, "\(method) \(target)")
        }
        XCTAssertEqual(
            try call("GET", "/clinics/\(c)/staff/\(nurseRow)", token: world.owner.token).object["role"] as? String, "nurse",
            "the nurse's membership is unchanged")
        // Our clinic in the path: not a member, so the clinic is not found, whatever the row.
        for target in ["/clinics/\(c)", "/clinics/\(c)/staff", "/clinics/\(c)/patients", "/clinics/\(c)/patients/\(world.patient)"] {
            XCTAssertEqual(try call("GET", target, token: rival).object["detail"] as? String, "Clinic not found", target)
        }
        // The row is unchanged after all that.
        let patient = try call("GET", "/clinics/\(c)/patients/\(world.patient)", token: world.nurse.token)
        XCTAssertEqual(patient.object["name"] as? String, "Ada")
        XCTAssertEqual(try call("GET", "/clinics/\(c)/patients/\(world.patient)/appointments", token: world.nurse.token).array.count, 1)

        // Client-written references: a doctor who is not staff of this clinic is refused (422 at
        // the field), on create, replace and patch, and nothing is written.
        let a = "/clinics/\(c)/patients/\(world.patient)/appointments"
        let foreignDoctor = #"{"doctor_id": "\#(world.rival.id)", "starts_at": "2027-01-01T00:00:00Z"}"#
        for (method, target, body) in [
            ("POST", a, foreignDoctor), ("PUT", "\(a)/\(world.appointment)", foreignDoctor),
            ("PATCH", "\(a)/\(world.appointment)", #"{"doctor_id": "\#(world.rival.id)"}"#),
            ("PATCH", "\(a)/\(world.appointment)", #"{"doctor_id": "\#(UUID().uuidString.lowercased())"}"#),
        ] {
            let reply = try call(method, target, token: world.owner.token, body: body)
            XCTAssertEqual(reply.status, 422, "\(method) \(target): \(reply.object)")
            XCTAssertEqual(reply.issueLocs, ["body.doctor_id"])
        }
        let kept = try call("GET", "\(a)/\(world.appointment)", token: world.owner.token)
        XCTAssertEqual(kept.object["doctor_id"] as? String, world.doctor.id)
        XCTAssertEqual(try call("GET", a, token: world.owner.token).array.count, 1)
        // A member of both clinics still cannot book our patient under the rival clinic's path.
        XCTAssertEqual(
            try call("POST", "/clinics/\(r)/staff", token: rival, body: #"{"user_id": "\#(world.owner.id)", "role": "doctor"}"#).status, 201
        )
        XCTAssertEqual(
            try call(
                "POST", "/clinics/\(r)/patients/\(world.patient)/appointments", token: world.owner.token,
                body: #"{"doctor_id": "\#(world.owner.id)", "starts_at": "2027-01-01T00:00:00Z"}"#
            ).status, 404)

        // Fields the server sets: the clinic from the path, the registrar from the token; a body
        // naming them changes nothing.
        let created = try call(
            "POST", "/clinics/\(c)/patients", token: world.receptionist.token,
            body: #"{"name": "Flo", "clinic_id": "\#(r)", "registered_by": "\#(world.rival.id)"}"#)
        XCTAssertEqual(created.status, 201)
        XCTAssertEqual(created.object["clinic_id"] as? String, c)
        XCTAssertEqual(created.object["registered_by"] as? String, world.receptionist.id)
        let moved = try call(
            "PATCH", "/clinics/\(c)/patients/\(created.object["id"] as? Int ?? -1)", token: world.owner.token,
            body: #"{"clinic_id": "\#(r)"}"#)
        XCTAssertEqual(moved.object["clinic_id"] as? String, c)
        XCTAssertEqual(try call("GET", "/clinics/\(r)/patients", token: rival).array.count, 1, "nothing moved into the rival clinic")

        // A token whose user was deleted is a 401 everywhere, the lists of its (now empty) clinics included.
        let gone = try signUp("gone")
        XCTAssertEqual(try call("POST", "/clinics", token: gone.token, body: #"{"name": "Short-lived"}"#).status, 201)
        try operatorSQL("DELETE FROM users WHERE id = '\(gone.id)'")
        XCTAssertEqual(try call("GET", "/clinics", token: gone.token).status, 401)
        XCTAssertEqual(try call("GET", "/clinics/\(c)/patients", token: gone.token).status, 401)
        XCTAssertEqual(try call("POST", "/clinics", token: gone.token, body: #"{"name": "Ghost"}"#).status, 401)

        // Malformed path values are a 422; a token whose user is gone is a 401, before any 404.
        XCTAssertEqual(try call("GET", "/clinics/not-a-uuid/patients", token: world.owner.token).issueLocs, ["path.clinic_id"])
        XCTAssertEqual(try call("GET", "/clinics/\(UUID().uuidString.lowercased())/patients", token: world.owner.token).status, 404)
        XCTAssertEqual(try call("GET", "/clinics/\(c)/patients", token: "not.a.token").status, 401)
    }

    /// Runs SQL on the server's database, as an operator would (promoting a user).
    func operatorSQL(_ sql: String) throws {
        let url = try Self.database.get()
        try LibraryEndToEndTests.blocking {
            let client = PostgresClient(
                configuration: PostgresConfiguration(url: url, poolSize: 1, maxOverflow: 0),
                logger: Logger(label: "clinic-operator", level: .error))
            try await client.execute(sql)
            await client.shutdown()
        }
    }

    /// Roles of the user itself (`auth.role`): notices are public to read, written by support
    /// users only; a client can never give itself a role.
    func testUserRolesOverHTTP() throws {
        let patient = try signUp("patient")
        let support = try signUp("support")
        // A role in the sign-up body is not a field a client sets.
        let sneaky = try call(
            "POST", "/auth/signup",
            body:
                #"{"email": "sneaky-\#(UUID().uuidString.prefix(8))@example.com", "password": "correct horse battery", "role": "support"}"#)
        XCTAssertEqual((sneaky.object["user"] as? [String: Any])?["role"] as? String, "patient")
        try operatorSQL("UPDATE users SET role = 'support' WHERE id = '\(support.id)'")

        let body = #"{"title": "Closed on Monday", "body": "Public holiday."}"#
        XCTAssertEqual(try call("POST", "/notices", body: body).status, 401)
        let refused = try call("POST", "/notices", token: patient.token, body: body)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.object["detail"] as? String, "Creating a Notice needs the role support")
        let created = try call("POST", "/notices", token: support.token, body: body)
        XCTAssertEqual(created.status, 201)
        let id = created.object["id"] as? Int ?? -1
        // Public reads, for anyone, with or without a token.
        XCTAssertEqual(try call("GET", "/notices").status, 200)
        XCTAssertEqual(try call("GET", "/notices/\(id)").object["title"] as? String, "Closed on Monday")
        XCTAssertEqual(try call("GET", "/notices/\(id)", token: patient.token).status, 200)
        // Writes: 401 without a token, 403 for the wrong role (the row exists or not), the support user's 200 and 204.
        for (method, target, payload) in [
            ("PATCH", "/notices/\(id)", #"{"title": "Open after all"}"#), ("PUT", "/notices/\(id)", body),
            ("DELETE", "/notices/\(id)", nil),
        ] as [(String, String, String?)] {
            XCTAssertEqual(try call(method, target, body: payload).status, 401, "\(method) anonymous")
            XCTAssertEqual(try call(method, target, token: patient.token, body: payload).status, 403, "\(method) as a patient")
            XCTAssertEqual(
                try call(method, "/notices/999999", token: patient.token, body: payload).status, 403, "\(method) missing row as a patient")
            XCTAssertEqual(try call(method, "/notices/999999", token: support.token, body: payload).status, 404, "\(method) missing row")
        }
        XCTAssertEqual(
            try call("GET", "/notices/\(id)").object["title"] as? String, "Closed on Monday", "the refused writes changed nothing")
        XCTAssertEqual(try call("PATCH", "/notices/\(id)", token: support.token, body: #"{"title": "Open after all"}"#).status, 200)
        XCTAssertEqual(try call("DELETE", "/notices/\(id)", token: support.token).status, 204)
        // A support user demoted by the operator loses the right at once (no token change).
        try operatorSQL("UPDATE users SET role = 'patient' WHERE id = '\(support.id)'")
        XCTAssertEqual(try call("POST", "/notices", token: support.token, body: body).status, 403)
    }

    /// `writable_by`: a receptionist books and moves appointments but may not mark them done;
    /// leaving the field as it is (its default, or its current value) is always allowed.
    func testFieldsOnlySomeRolesMayChange() throws {
        let world = try makeWorld()
        let a = "/clinics/\(world.clinic)/patients/\(world.patient)/appointments"
        let receptionist = world.receptionist.token
        let booking = #"{"doctor_id": "\#(world.doctor.id)", "starts_at": "2027-04-01T09:00:00Z"}"#
        let booked = try call("POST", a, token: receptionist, body: booking)
        XCTAssertEqual(booked.status, 201)
        XCTAssertEqual(booked.object["state"] as? String, "booked")
        let id = booked.object["id"] as? Int ?? -1
        let done = #"{"doctor_id": "\#(world.doctor.id)", "starts_at": "2027-04-01T09:00:00Z", "state": "done"}"#
        let refused = try call("POST", a, token: receptionist, body: done)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.object["detail"] as? String, "Setting 'state' needs one of the roles owner, doctor in this Clinic")
        XCTAssertEqual(try call("GET", a, token: receptionist).array.count, 2, "the refused booking wrote nothing")
        XCTAssertEqual(try call("PATCH", "\(a)/\(id)", token: receptionist, body: #"{"state": "cancelled"}"#).status, 403)
        XCTAssertEqual(try call("PUT", "\(a)/\(id)", token: receptionist, body: done).status, 403)
        // The same value is not a change: a full replace from a form that shows the state is fine.
        XCTAssertEqual(
            try call(
                "PUT", "\(a)/\(id)", token: receptionist,
                body: #"{"doctor_id": "\#(world.doctor.id)", "starts_at": "2027-04-02T09:00:00Z", "state": "booked"}"#
            )
            .status, 200)
        XCTAssertEqual(try call("PATCH", "\(a)/\(id)", token: receptionist, body: #"{"starts_at": "2027-04-03T09:00:00Z"}"#).status, 200)
        XCTAssertEqual(try call("GET", "\(a)/\(id)", token: receptionist).object["state"] as? String, "booked")
        let marked = try call("PATCH", "\(a)/\(id)", token: world.doctor.token, body: #"{"state": "done"}"#)
        XCTAssertEqual(marked.status, 200)
        XCTAssertEqual(marked.object["state"] as? String, "done")
        XCTAssertEqual(try call("POST", a, token: world.doctor.token, body: done).status, 201)

        // Cursor paging under the tenant: every appointment once, in order, then no cursor.
        var seen: [Int] = []
        var target = "\(a)?limit=1"
        for _ in 0..<10 {
            let page = try call("GET", target, token: receptionist)
            XCTAssertEqual(page.status, 200)
            seen += page.array.compactMap { $0["id"] as? Int }
            guard let next = page.nextCursor else { break }
            target = "\(a)?limit=1&cursor=\(next)"
        }
        XCTAssertEqual(seen.count, 3, "the fixture's appointment and the two booked here")
        XCTAssertEqual(Set(seen).count, seen.count)
        XCTAssertEqual(try call("GET", "\(a)?limit=1&cursor=forged", token: receptionist).issueLocs, ["query.cursor"])
    }

    /// `delete: [owner, registered_by]`: the member who registered a patient may delete that
    /// patient, and only that one; owners may delete any.
    func testTheUserInAFieldOfTheRowMayToo() throws {
        let world = try makeWorld()
        let patients = "/clinics/\(world.clinic)/patients"
        let own = try call("POST", patients, token: world.receptionist.token, body: #"{"name": "Gus"}"#)
        XCTAssertEqual(own.object["registered_by"] as? String, world.receptionist.id)
        let ownID = own.object["id"] as? Int ?? -1
        let refused = try call("DELETE", "\(patients)/\(world.patient)", token: world.receptionist.token)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(
            refused.object["detail"] as? String, "Deleting a Patient needs the role owner in this Clinic, or being its registered_by")
        XCTAssertEqual(try call("DELETE", "\(patients)/\(ownID)", token: world.doctor.token).status, 403, "another member's registration")
        XCTAssertEqual(try call("DELETE", "\(patients)/\(ownID)", token: world.receptionist.token).status, 204)
        XCTAssertEqual(
            try call("GET", "\(patients)/\(world.patient)", token: world.nurse.token).status, 200, "the refused delete kept the row")
    }

    /// `updatable: false` (Staff.user_id): a membership is never moved to another user; the
    /// role of the same row may change.
    func testFieldsSetOnCreateOnly() throws {
        let world = try makeWorld()
        let staff = try call("GET", "/clinics/\(world.clinic)/staff", token: world.owner.token).array
        let nurseRow = staff.first { $0["user_id"] as? String == world.nurse.id }?["id"] as? Int ?? -1
        let moved = try call(
            "PATCH", "/clinics/\(world.clinic)/staff/\(nurseRow)", token: world.owner.token, body: #"{"user_id": "\#(world.outsider.id)"}"#)
        XCTAssertEqual(moved.status, 422, "\(moved.object)")
        XCTAssertEqual(moved.issueLocs, ["body.user_id"])
        XCTAssertEqual(try call("GET", "/clinics/\(world.clinic)", token: world.outsider.token).status, 404, "the outsider gained nothing")
        let same = try call(
            "PATCH", "/clinics/\(world.clinic)/staff/\(nurseRow)", token: world.owner.token,
            body: #"{"user_id": "\#(world.nurse.id)", "role": "doctor"}"#)
        XCTAssertEqual(same.status, 200)
        XCTAssertEqual(same.object["role"] as? String, "doctor")
        XCTAssertEqual(
            try call(
                "PATCH", "/clinics/\(world.clinic)/staff/999999", token: world.owner.token, body: #"{"user_id": "\#(world.outsider.id)"}"#
            ).status,
            404, "a missing row is still a 404")
    }
}
