// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `clinics` table for `Clinic`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct ClinicStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Also inserts, in the same statement: Staff.
    public nonisolated(nonsending) func insert(_ input: ClinicInput, subject: UUID) async throws -> Clinic {
        var binds = PostgresBindings()
        binds.append(subject)
        binds.append(input.name)
        return try await database.inserted(Self.statements.insert, binds, as: Clinic.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: UUID, subject: UUID) async throws -> Clinic? {
        return try await database.one(Self.statements.find, [id, subject], as: Clinic.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: UUID, subject: UUID) async throws -> Clinic? {
        return try await database.one(Self.statements.findForUpdate, [id, subject], as: Clinic.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: UUID, subject: UUID, _ patch: ClinicPatch) async throws -> Clinic? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(subject)
        binds.append(patch.name)
        return try await database.one(Self.statements.patch, binds, as: Clinic.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: UUID, subject: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id, subject]) > 0
    }

    /// The caller's role in the Clinic (nil: not a member) and whether each parent in the
    /// path belongs to it: why an operation matched no row (docs/spec.md §6.5).
    public nonisolated(nonsending) func standing(id: UUID, subject: UUID) async throws -> MemberStanding {
        return try await database.one(Self.statements.standing, [id, subject], as: MemberStanding.self) ?? .stranger
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(subject: UUID, _ query: ClinicListQuery) async throws -> (items: ModelRows<Clinic>, total: Int) {
        var binds = PostgresBindings()
        binds.append(subject)
        return try await database.page(Self.statements.list, binds, as: Clinic.self)
    }
}

extension ClinicStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "clinics_insert",
            sql: #"""
                WITH created AS (
                    INSERT INTO "clinics" ("name")
                    VALUES ($2::text)
                    RETURNING "id", "name", "created_at"
                ), "on_create_1" AS (
                    INSERT INTO "staff" ("clinic_id", "user_id", "role")
                    SELECT created."id", $1::uuid, 'owner'::"staff_role"
                    FROM created
                )
                SELECT "id", "name", "created_at"
                FROM created
                """#
        ),
        find: PreparedStatement(
            name: "clinics_find",
            sql: #"""
                SELECT "id", "name", "created_at"
                FROM "clinics"
                WHERE "id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = "clinics"."id" AND m."user_id" = $2)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "clinics_find_for_update",
            sql: #"""
                SELECT "id", "name", "created_at"
                FROM "clinics"
                WHERE "id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = "clinics"."id" AND m."user_id" = $2)
                FOR UPDATE
                """#
        ),
        patch: PreparedStatement(
            name: "clinics_patch",
            sql: #"""
                UPDATE "clinics"
                SET "name" = CASE WHEN $3::boolean THEN $4::text ELSE "name" END
                WHERE "id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = "clinics"."id" AND m."user_id" = $2 AND m."role" IN ('owner'))
                RETURNING "id", "name", "created_at"
                """#
        ),
        delete: PreparedStatement(
            name: "clinics_delete",
            sql: #"""
                DELETE FROM "clinics"
                WHERE "id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = "clinics"."id" AND m."user_id" = $2 AND m."role" IN ('owner'))
                """#
        ),
        standing: PreparedStatement(
            name: "clinics_standing",
            sql: #"""
                SELECT (SELECT m."role"::text FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                """#
        ),
        list: PreparedStatement(
            name: "clinics_list",
            sql: #"""
                SELECT "id", "name", "created_at", (
                    SELECT count(*)
                    FROM "clinics"
                    WHERE EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = "clinics"."id" AND m."user_id" = $1)
                ) AS "total"
                FROM "clinics"
                WHERE EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = "clinics"."id" AND m."user_id" = $1)
                ORDER BY "clinics"."id" ASC
                """#
        )
    )
}

extension ClinicStore {
    /// Who may run each operation in a Clinic (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: member`
        static let list = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: [],
            forbidden: "Not allowed")
        /// `create: authenticated`
        static let create = MemberRule(
            member: false, roles: nil, notFound: "Clinic not found", parents: [],
            forbidden: "Not allowed")
        /// `get: member`
        static let get = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: [],
            forbidden: "Not allowed")
        /// `patch: [owner]`
        static let patch = MemberRule(
            member: true, roles: ["owner"], notFound: "Clinic not found", parents: [],
            forbidden: "Changing a Clinic needs the role owner in this Clinic")
        /// `delete: [owner]`
        static let delete = MemberRule(
            member: true, roles: ["owner"], notFound: "Clinic not found", parents: [],
            forbidden: "Deleting a Clinic needs the role owner in this Clinic")
    }
}
