// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `patients` table for `Patient`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct PatientStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: PatientInput, clinicID: UUID, subject: UUID) async throws -> Patient? {
        var binds = PostgresBindings()
        binds.append(clinicID)
        binds.append(subject)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.insert, binds, as: Patient.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int64, clinicID: UUID, subject: UUID) async throws -> Patient? {
        return try await database.one(Self.statements.find, [id, clinicID, subject], as: Patient.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64, clinicID: UUID, subject: UUID) async throws -> Patient? {
        return try await database.one(Self.statements.findForUpdate, [id, clinicID, subject], as: Patient.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int64, clinicID: UUID, subject: UUID, _ input: PatientInput) async throws -> Patient? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(subject)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Patient.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int64, clinicID: UUID, subject: UUID, _ patch: PatientPatch) async throws -> Patient? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(subject)
        binds.append(patch.name)
        binds.append(patch.bornOn)
        return try await database.one(Self.statements.patch, binds, as: Patient.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int64, clinicID: UUID, subject: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, clinicID, subject]) > 0
    }

    /// The caller's role in the Clinic (nil: not a member) and whether each parent in the
    /// path belongs to it: why an operation matched no row (docs/spec.md §6.5).
    public nonisolated(nonsending) func standing(clinicID: UUID, subject: UUID) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [clinicID, subject], as: MemberStanding.self) ?? .stranger
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(clinicID: UUID, subject: UUID, _ query: PatientListQuery) async throws -> (items: ModelRows<Patient>, total: Int) {
        var binds = PostgresBindings()
        binds.append(clinicID)
        binds.append(subject)
        let statement: PreparedStatement
        let firstPage: FirstPageStatement
        switch (query.sort, query.order) {
        case (.name, .asc): (statement, firstPage) = (Self.statements.listNameAsc, Self.statements.listNameAscFirstPage)
        case (.name, .desc): (statement, firstPage) = (Self.statements.listNameDesc, Self.statements.listNameDescFirstPage)
        case (.id, .asc): (statement, firstPage) = (Self.statements.listIdAsc, Self.statements.listIdAscFirstPage)
        case (.id, .desc): (statement, firstPage) = (Self.statements.listIdDesc, Self.statements.listIdDescFirstPage)
        }
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, query.q == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Patient.self)
        }
        binds.append(query.q.map(SQLPattern.contains))
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Patient.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: PatientInput, to binds: inout PostgresBindings) {
        binds.append(input.name)
        binds.append(input.bornOn)
    }
}

extension PatientStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "patients_insert",
            sql: #"""
                INSERT INTO "patients" ("clinic_id", "registered_by", "name", "born_on")
                SELECT $1::uuid, $2::uuid, $3::text, $4::date
                WHERE EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2 AND m."role" IN ('owner', 'doctor', 'receptionist'))
                RETURNING "id", "clinic_id", "name", "born_on", "registered_by"
                """#
        ),
        find: PreparedStatement(
            name: "patients_find",
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by"
                FROM "patients"
                WHERE "id" = $1
                  AND "patients"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "patients_find_for_update",
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by"
                FROM "patients"
                WHERE "id" = $1
                  AND "patients"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3)
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "patients_replace",
            sql: #"""
                UPDATE "patients"
                SET "name" = $4, "born_on" = $5
                WHERE "id" = $1
                  AND "patients"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3 AND m."role" IN ('owner', 'doctor'))
                RETURNING "id", "clinic_id", "name", "born_on", "registered_by"
                """#
        ),
        patch: PreparedStatement(
            name: "patients_patch",
            sql: #"""
                UPDATE "patients"
                SET "name" = CASE WHEN $4::boolean THEN $5::text ELSE "name" END,
                    "born_on" = CASE WHEN $6::boolean THEN $7::date ELSE "born_on" END
                WHERE "id" = $1
                  AND "patients"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3 AND m."role" IN ('owner', 'doctor'))
                RETURNING "id", "clinic_id", "name", "born_on", "registered_by"
                """#
        ),
        delete: PreparedStatement(
            name: "patients_delete",
            sql: #"""
                DELETE FROM "patients"
                WHERE "id" = $1
                  AND "patients"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3 AND (m."role" IN ('owner') OR "patients"."registered_by" = $3))
                """#
        ),
        standing: PreparedStatement(
            name: "patients_standing",
            sql: #"""
                SELECT (SELECT m."role"::text FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                """#
        ),
        listNameAsc: PreparedStatement(
            name: "patients_list_name_asc",
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                      AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                  AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ORDER BY "patients"."name" ASC, "patients"."id" ASC
                LIMIT $4 OFFSET $5
                """#
        ),
        listNameDesc: PreparedStatement(
            name: "patients_list_name_desc",
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                      AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                  AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ORDER BY "patients"."name" DESC, "patients"."id" DESC
                LIMIT $4 OFFSET $5
                """#
        ),
        listIdAsc: PreparedStatement(
            name: "patients_list_id_asc",
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                      AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                  AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ORDER BY "patients"."id" ASC, "patients"."id" ASC
                LIMIT $4 OFFSET $5
                """#
        ),
        listIdDesc: PreparedStatement(
            name: "patients_list_id_desc",
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                      AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                  AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                ORDER BY "patients"."id" DESC, "patients"."id" DESC
                LIMIT $4 OFFSET $5
                """#
        ),
        count: PreparedStatement(
            name: "patients_count",
            sql: #"""
                SELECT count(*)
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                  AND ($3::text IS NULL OR "name" ILIKE $3 ESCAPE '\')
                """#
        ),
        listNameAscFirstPage: FirstPageStatement(
            name: "patients_list_name_asc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ORDER BY "patients"."name" ASC, "patients"."id" ASC
                """#
        ),
        listNameDescFirstPage: FirstPageStatement(
            name: "patients_list_name_desc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ORDER BY "patients"."name" DESC, "patients"."id" DESC
                """#
        ),
        listIdAscFirstPage: FirstPageStatement(
            name: "patients_list_id_asc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ORDER BY "patients"."id" ASC, "patients"."id" ASC
                """#
        ),
        listIdDescFirstPage: FirstPageStatement(
            name: "patients_list_id_desc_first", defaultSize: 20,
            sql: #"""
                SELECT "id", "clinic_id", "name", "born_on", "registered_by", (
                    SELECT count(*)
                    FROM "patients"
                    WHERE "patients"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ) AS "total"
                FROM "patients"
                WHERE "patients"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ORDER BY "patients"."id" DESC, "patients"."id" DESC
                """#
        )
    )
}

extension PatientStore {
    /// Who may run each operation in a Clinic (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: member`
        static let list = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: [],
            forbidden: "Not allowed")
        /// `create: [owner, doctor, receptionist]`
        static let create = MemberRule(
            member: true, roles: ["owner", "doctor", "receptionist"], notFound: "Clinic not found", parents: [],
            forbidden: "Creating a Patient needs one of the roles owner, doctor or receptionist in this Clinic")
        /// `get: member`
        static let get = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: [],
            forbidden: "Not allowed")
        /// `replace: [owner, doctor]`
        static let replace = MemberRule(
            member: true, roles: ["owner", "doctor"], notFound: "Clinic not found", parents: [],
            forbidden: "Replacing a Patient needs one of the roles owner or doctor in this Clinic")
        /// `patch: [owner, doctor]`
        static let patch = MemberRule(
            member: true, roles: ["owner", "doctor"], notFound: "Clinic not found", parents: [],
            forbidden: "Changing a Patient needs one of the roles owner or doctor in this Clinic")
        /// `delete: [owner, registered_by]`
        static let delete = MemberRule(
            member: true, roles: ["owner", "registered_by"], notFound: "Clinic not found", parents: [],
            forbidden: "Deleting a Patient needs the role owner in this Clinic, or being its registered_by")
    }
}
