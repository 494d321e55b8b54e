// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `customers` table for `Customer`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct CustomerStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: CustomerInput) async throws -> Customer {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Customer.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int32) async throws -> Customer? {
        return try await database.one(Self.statements.find, [id], as: Customer.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int32) async throws -> Customer? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Customer.self)
    }

    /// The row whose `email` is this value, if any.
    public nonisolated(nonsending) func find(byEmail email: String) async throws -> Customer? {
        return try await database.one(Self.statements.findByEmail, [email], as: Customer.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int32, _ input: CustomerInput) async throws -> Customer? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Customer.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int32, _ patch: CustomerPatch) async throws -> Customer? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.email)
        binds.append(patch.displayName)
        binds.append(patch.vip)
        binds.append(patch.creditLimit)
        return try await database.one(Self.statements.patch, binds, as: Customer.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int32) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: CustomerListQuery) async throws -> (items: ModelRows<Customer>, total: Int) {
        let binds = PostgresBindings()
        return try await database.page(Self.statements.list, binds, as: Customer.self)
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: CustomerInput, to binds: inout PostgresBindings) {
        binds.append(input.email)
        binds.append(input.displayName)
        binds.append(input.vip)
        binds.append(input.creditLimit)
    }
}

extension CustomerStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "customers_insert",
            sql: #"""
                INSERT INTO "customers" ("email", "name", "vip", "credit_limit")
                VALUES ($1, $2, $3, $4)
                RETURNING "id", "email", "name", "vip", "credit_limit"
                """#
        ),
        find: PreparedStatement(
            name: "customers_find",
            sql: #"""
                SELECT "id", "email", "name", "vip", "credit_limit"
                FROM "customers"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "customers_find_for_update",
            sql: #"""
                SELECT "id", "email", "name", "vip", "credit_limit"
                FROM "customers"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        findByEmail: PreparedStatement(
            name: "customers_find_by_email",
            sql: #"""
                SELECT "id", "email", "name", "vip", "credit_limit"
                FROM "customers"
                WHERE "email" = $1
                """#
        ),
        replace: PreparedStatement(
            name: "customers_replace",
            sql: #"""
                UPDATE "customers"
                SET "email" = $2, "name" = $3, "vip" = $4, "credit_limit" = $5
                WHERE "id" = $1
                RETURNING "id", "email", "name", "vip", "credit_limit"
                """#
        ),
        patch: PreparedStatement(
            name: "customers_patch",
            sql: #"""
                UPDATE "customers"
                SET "email" = CASE WHEN $2::boolean THEN $3::text ELSE "email" END,
                    "name" = CASE WHEN $4::boolean THEN $5::text ELSE "name" END,
                    "vip" = CASE WHEN $6::boolean THEN $7::boolean ELSE "vip" END,
                    "credit_limit" = CASE WHEN $8::boolean THEN $9::numeric ELSE "credit_limit" END
                WHERE "id" = $1
                RETURNING "id", "email", "name", "vip", "credit_limit"
                """#
        ),
        delete: PreparedStatement(
            name: "customers_delete",
            sql: #"""
                DELETE FROM "customers"
                WHERE "id" = $1
                """#
        ),
        list: PreparedStatement(
            name: "customers_list",
            sql: #"""
                SELECT "id", "email", "name", "vip", "credit_limit", (
                    SELECT count(*)
                    FROM "customers"
                ) AS "total"
                FROM "customers"
                ORDER BY "customers"."id" ASC
                """#
        )
    )
}
