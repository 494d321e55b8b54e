// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `appointments` table for `Appointment`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct AppointmentStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: AppointmentInput, clinicID: UUID, patientID: Int64, subject: UUID) async throws -> Appointment? {
        var binds = PostgresBindings()
        binds.append(clinicID)
        binds.append(patientID)
        binds.append(subject)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.insert, binds, as: Appointment.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int64, clinicID: UUID, patientID: Int64, subject: UUID) async throws -> Appointment? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(patientID)
        binds.append(subject)
        return try await database.one(Self.statements.find, binds, as: Appointment.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64, clinicID: UUID, patientID: Int64, subject: UUID) async throws -> Appointment? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(patientID)
        binds.append(subject)
        return try await database.one(Self.statements.findForUpdate, binds, as: Appointment.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int64, clinicID: UUID, patientID: Int64, subject: UUID, _ input: AppointmentInput) async throws -> Appointment? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(patientID)
        binds.append(subject)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Appointment.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int64, clinicID: UUID, patientID: Int64, subject: UUID, _ patch: AppointmentPatch) async throws -> Appointment? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(patientID)
        binds.append(subject)
        binds.append(patch.doctorID)
        binds.append(patch.startsAt)
        binds.append(patch.state)
        return try await database.one(Self.statements.patch, binds, as: Appointment.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int64, clinicID: UUID, patientID: Int64, subject: UUID) async throws -> Bool {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(patientID)
        binds.append(subject)
        return try await database.affected(Self.statements.delete, binds) > 0
    }

    /// The caller's role in the Clinic (nil: not a member) and whether each parent in the
    /// path belongs to it: why an operation matched no row (docs/spec.md §6.5).
    public nonisolated(nonsending) func standing(clinicID: UUID, subject: UUID, patientID: Int64) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [clinicID, subject, patientID], as: MemberStanding.self) ?? .stranger
    }

    /// Whether `doctor_id` may name this User: it must be of the same Clinic.
    public nonisolated(nonsending) func acceptsDoctorID(_ value: UUID, clinicID: UUID) async throws -> Bool {
        return try await database.exists(Self.statements.acceptsDoctorID, [value, clinicID])
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(clinicID: UUID, patientID: Int64, subject: UUID, _ query: AppointmentListQuery, after: (value: String, key: String)?) async throws -> (items: ModelRows<Appointment>, total: Int) {
        var binds = PostgresBindings()
        binds.append(clinicID)
        binds.append(patientID)
        binds.append(subject)
        let statement: PreparedStatement
        let firstPage: FirstPageStatement
        switch (query.sort, query.order) {
        case (.starts, .asc): (statement, firstPage) = (Self.statements.listStartsAsc, Self.statements.listStartsAscFirstPage)
        case (.starts, .desc): (statement, firstPage) = (Self.statements.listStartsDesc, Self.statements.listStartsDescFirstPage)
        }
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, after == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Appointment.self)
        }
        let countBinds = binds
        binds.append(after?.value)
        binds.append(after?.key)
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Appointment.self)
        guard page.items.isEmpty, query.offset > 0 || after != nil else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: AppointmentInput, to binds: inout PostgresBindings) {
        binds.append(input.doctorID)
        binds.append(input.startsAt)
        binds.append(input.state)
    }
}

extension AppointmentStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "appointments_insert",
            sql: #"""
                INSERT INTO "appointments" ("patient_id", "doctor_id", "starts_at", "state")
                SELECT $2::bigint, $4::uuid, $5::timestamp with time zone, $6::"appointment_state"
                WHERE EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3 AND m."role" IN ('owner', 'doctor', 'receptionist'))
                  AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $4))
                  AND ($6::"appointment_state" IS NOT DISTINCT FROM 'booked'::"appointment_state" OR EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3 AND m."role" IN ('owner', 'doctor')))
                RETURNING "id", "patient_id", "doctor_id", "starts_at", "state"
                """#
        ),
        find: PreparedStatement(
            name: "appointments_find",
            sql: #"""
                SELECT "id", "patient_id", "doctor_id", "starts_at", "state"
                FROM "appointments"
                WHERE "id" = $1
                  AND "appointments"."patient_id" = $3
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $3 AND p."clinic_id" = $2)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $4)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "appointments_find_for_update",
            sql: #"""
                SELECT "id", "patient_id", "doctor_id", "starts_at", "state"
                FROM "appointments"
                WHERE "id" = $1
                  AND "appointments"."patient_id" = $3
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $3 AND p."clinic_id" = $2)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $4)
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "appointments_replace",
            sql: #"""
                UPDATE "appointments"
                SET "doctor_id" = $5, "starts_at" = $6, "state" = $7
                WHERE "id" = $1
                  AND "appointments"."patient_id" = $3
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $3 AND p."clinic_id" = $2)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $4 AND m."role" IN ('owner', 'doctor', 'receptionist'))
                  AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $5))
                  AND ($7::"appointment_state" IS NOT DISTINCT FROM "appointments"."state" OR EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $4 AND m."role" IN ('owner', 'doctor')))
                RETURNING "id", "patient_id", "doctor_id", "starts_at", "state"
                """#
        ),
        patch: PreparedStatement(
            name: "appointments_patch",
            sql: #"""
                UPDATE "appointments"
                SET "doctor_id" = CASE WHEN $5::boolean THEN $6::uuid ELSE "doctor_id" END,
                    "starts_at" = CASE WHEN $7::boolean THEN $8::timestamp with time zone ELSE "starts_at" END,
                    "state" = CASE WHEN $9::boolean THEN $10::"appointment_state" ELSE "state" END
                WHERE "id" = $1
                  AND "appointments"."patient_id" = $3
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $3 AND p."clinic_id" = $2)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $4 AND m."role" IN ('owner', 'doctor', 'receptionist'))
                  AND (NOT $5::boolean OR $6::uuid IS NULL OR EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $6))
                  AND (NOT $9::boolean OR ($10::"appointment_state" IS NOT DISTINCT FROM "appointments"."state" OR EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $4 AND m."role" IN ('owner', 'doctor'))))
                RETURNING "id", "patient_id", "doctor_id", "starts_at", "state"
                """#
        ),
        delete: PreparedStatement(
            name: "appointments_delete",
            sql: #"""
                DELETE FROM "appointments"
                WHERE "id" = $1
                  AND "appointments"."patient_id" = $3
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $3 AND p."clinic_id" = $2)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $4 AND m."role" IN ('owner', 'doctor'))
                """#
        ),
        standing: PreparedStatement(
            name: "appointments_standing",
            sql: #"""
                SELECT (SELECT m."role"::text FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2),
                    EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $3 AND p."clinic_id" = $1)
                """#
        ),
        acceptsDoctorID: PreparedStatement(
            name: "appointments_accepts_doctor_id",
            sql: #"""
                SELECT 1
                WHERE EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $1)
                """#
        ),
        listStartsAsc: PreparedStatement(
            name: "appointments_list_starts_asc",
            sql: #"""
                SELECT "id", "patient_id", "doctor_id", "starts_at", "state", (
                    SELECT count(*)
                    FROM "appointments"
                    WHERE "appointments"."patient_id" = $2
                      AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                ) AS "total"
                FROM "appointments"
                WHERE "appointments"."patient_id" = $2
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                  AND ($4::timestamp with time zone IS NULL OR ("starts_at", "id") > ($4, $5::bigint))
                ORDER BY "appointments"."starts_at" ASC, "appointments"."id" ASC
                LIMIT $6 OFFSET $7
                """#
        ),
        listStartsDesc: PreparedStatement(
            name: "appointments_list_starts_desc",
            sql: #"""
                SELECT "id", "patient_id", "doctor_id", "starts_at", "state", (
                    SELECT count(*)
                    FROM "appointments"
                    WHERE "appointments"."patient_id" = $2
                      AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                ) AS "total"
                FROM "appointments"
                WHERE "appointments"."patient_id" = $2
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                  AND ($4::timestamp with time zone IS NULL OR ("starts_at", "id") < ($4, $5::bigint))
                ORDER BY "appointments"."starts_at" DESC, "appointments"."id" DESC
                LIMIT $6 OFFSET $7
                """#
        ),
        count: PreparedStatement(
            name: "appointments_count",
            sql: #"""
                SELECT count(*)
                FROM "appointments"
                WHERE "appointments"."patient_id" = $2
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                """#
        ),
        listStartsAscFirstPage: FirstPageStatement(
            name: "appointments_list_starts_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "patient_id", "doctor_id", "starts_at", "state", (
                    SELECT count(*)
                    FROM "appointments"
                    WHERE "appointments"."patient_id" = $2
                      AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                ) AS "total"
                FROM "appointments"
                WHERE "appointments"."patient_id" = $2
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                ORDER BY "appointments"."starts_at" ASC, "appointments"."id" ASC
                """#
        ),
        listStartsDescFirstPage: FirstPageStatement(
            name: "appointments_list_starts_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "patient_id", "doctor_id", "starts_at", "state", (
                    SELECT count(*)
                    FROM "appointments"
                    WHERE "appointments"."patient_id" = $2
                      AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                ) AS "total"
                FROM "appointments"
                WHERE "appointments"."patient_id" = $2
                  AND EXISTS (SELECT 1 FROM "patients" AS p WHERE p."id" = $2 AND p."clinic_id" = $1)
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $3)
                ORDER BY "appointments"."starts_at" DESC, "appointments"."id" DESC
                """#
        )
    )
}

extension AppointmentStore {
    /// Who may run each operation in a Clinic (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: member`
        static let list = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: ["Patient not found"],
            forbidden: "Not allowed")
        /// `create: [owner, doctor, receptionist]`
        static let create = MemberRule(
            member: true, roles: ["owner", "doctor", "receptionist"], notFound: "Clinic not found", parents: ["Patient not found"],
            forbidden: "Creating an Appointment needs one of the roles owner, doctor or receptionist in this Clinic")
        /// `get: member`
        static let get = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: ["Patient not found"],
            forbidden: "Not allowed")
        /// `replace: [owner, doctor, receptionist]`
        static let replace = MemberRule(
            member: true, roles: ["owner", "doctor", "receptionist"], notFound: "Clinic not found", parents: ["Patient not found"],
            forbidden: "Replacing an Appointment needs one of the roles owner, doctor or receptionist in this Clinic")
        /// `patch: [owner, doctor, receptionist]`
        static let patch = MemberRule(
            member: true, roles: ["owner", "doctor", "receptionist"], notFound: "Clinic not found", parents: ["Patient not found"],
            forbidden: "Changing an Appointment needs one of the roles owner, doctor or receptionist in this Clinic")
        /// `delete: [owner, doctor]`
        static let delete = MemberRule(
            member: true, roles: ["owner", "doctor"], notFound: "Clinic not found", parents: ["Patient not found"],
            forbidden: "Deleting an Appointment needs one of the roles owner or doctor in this Clinic")
    }
}
