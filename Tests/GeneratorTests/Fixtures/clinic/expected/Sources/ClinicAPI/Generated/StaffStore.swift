// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `staff` table for `Staff`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct StaffStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    /// Nil when the caller may not create it here (the access rule, the path, a reference).
    public nonisolated(nonsending) func insert(_ input: StaffInput, clinicID: UUID, subject: UUID) async throws -> Staff? {
        var binds = PostgresBindings()
        binds.append(clinicID)
        binds.append(subject)
        binds.append(input.userID)
        binds.append(input.role)
        return try await database.one(Self.statements.insert, binds, as: Staff.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int64, clinicID: UUID, subject: UUID) async throws -> Staff? {
        return try await database.one(Self.statements.find, [id, clinicID, subject], as: Staff.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64, clinicID: UUID, subject: UUID) async throws -> Staff? {
        return try await database.one(Self.statements.findForUpdate, [id, clinicID, subject], as: Staff.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int64, clinicID: UUID, subject: UUID, _ patch: StaffPatch) async throws -> Staff? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(subject)
        binds.append(patch.userID)
        binds.append(patch.role)
        return try await database.one(Self.statements.patch, binds, as: Staff.self)
    }

    /// The first field a patch may not change (set on create only, or not in `fields.update`)
    /// for which `patch` holds another value than the row; nil when none does, or there is no such row.
    public nonisolated(nonsending) func patchChangedField(id: Int64, clinicID: UUID, subject: UUID, _ patch: StaffPatch) async throws -> String? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(clinicID)
        binds.append(subject)
        binds.append(patch.userID)
        return try await database.text(Self.statements.patchChangedField, binds)
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
    public nonisolated(nonsending) func list(clinicID: UUID, subject: UUID, _ query: StaffListQuery) async throws -> (items: ModelRows<Staff>, total: Int) {
        var binds = PostgresBindings()
        binds.append(clinicID)
        binds.append(subject)
        return try await database.page(Self.statements.list, binds, as: Staff.self)
    }
}

extension StaffStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "staff_insert",
            sql: #"""
                INSERT INTO "staff" ("clinic_id", "user_id", "role")
                SELECT $1::uuid, $3::uuid, $4::"staff_role"
                WHERE EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2 AND m."role" IN ('owner'))
                RETURNING "id", "clinic_id", "user_id", "role"
                """#
        ),
        find: PreparedStatement(
            name: "staff_find",
            sql: #"""
                SELECT "id", "clinic_id", "user_id", "role"
                FROM "staff"
                WHERE "id" = $1
                  AND "staff"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3)
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "staff_find_for_update",
            sql: #"""
                SELECT "id", "clinic_id", "user_id", "role"
                FROM "staff"
                WHERE "id" = $1
                  AND "staff"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3)
                FOR UPDATE
                """#
        ),
        patch: PreparedStatement(
            name: "staff_patch",
            sql: #"""
                UPDATE "staff"
                SET "user_id" = CASE WHEN $4::boolean THEN $5::uuid ELSE "user_id" END,
                    "role" = CASE WHEN $6::boolean THEN $7::"staff_role" ELSE "role" END
                WHERE "id" = $1
                  AND "staff"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3 AND m."role" IN ('owner'))
                  AND (NOT $4::boolean OR $5::uuid IS NOT DISTINCT FROM "staff"."user_id")
                RETURNING "id", "clinic_id", "user_id", "role"
                """#
        ),
        patchChangedField: PreparedStatement(
            name: "staff_patch_changed_field",
            sql: #"""
                SELECT CASE
                    WHEN $4::boolean AND "staff"."user_id" IS DISTINCT FROM $5::uuid THEN 'user_id'
                END
                FROM "staff"
                WHERE "id" = $1
                  AND "staff"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3 AND m."role" IN ('owner'))
                """#
        ),
        delete: PreparedStatement(
            name: "staff_delete",
            sql: #"""
                DELETE FROM "staff"
                WHERE "id" = $1
                  AND "staff"."clinic_id" = $2
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $2 AND m."user_id" = $3 AND m."role" IN ('owner'))
                """#
        ),
        standing: PreparedStatement(
            name: "staff_standing",
            sql: #"""
                SELECT (SELECT m."role"::text FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                """#
        ),
        list: PreparedStatement(
            name: "staff_list",
            sql: #"""
                SELECT "id", "clinic_id", "user_id", "role", (
                    SELECT count(*)
                    FROM "staff"
                    WHERE "staff"."clinic_id" = $1
                      AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ) AS "total"
                FROM "staff"
                WHERE "staff"."clinic_id" = $1
                  AND EXISTS (SELECT 1 FROM "staff" AS m WHERE m."clinic_id" = $1 AND m."user_id" = $2)
                ORDER BY "staff"."id" ASC
                """#
        )
    )
}

extension StaffStore {
    /// Who may run each operation in a Clinic (docs/spec.md §6.5): each rule is part of the
    /// operation's statement; these say how a call that matched no row is answered.
    enum AccessRules {
        /// `list: member`
        static let list = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: [],
            forbidden: "Not allowed")
        /// `create: [owner]`
        static let create = MemberRule(
            member: true, roles: ["owner"], notFound: "Clinic not found", parents: [],
            forbidden: "Creating a Staff needs the role owner in this Clinic")
        /// `get: member`
        static let get = MemberRule(
            member: true, roles: nil, notFound: "Clinic not found", parents: [],
            forbidden: "Not allowed")
        /// `patch: [owner]`
        static let patch = MemberRule(
            member: true, roles: ["owner"], notFound: "Clinic not found", parents: [],
            forbidden: "Changing a Staff needs the role owner in this Clinic")
        /// `delete: [owner]`
        static let delete = MemberRule(
            member: true, roles: ["owner"], notFound: "Clinic not found", parents: [],
            forbidden: "Deleting a Staff needs the role owner in this Clinic")
    }
}
