// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `orders` table for `Order`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct OrderStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: OrderInput) async throws -> Order {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Order.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: UUID) async throws -> Order? {
        return try await database.one(Self.statements.find, [id], as: Order.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: UUID) async throws -> Order? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Order.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: UUID, _ input: OrderInput) async throws -> Order? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Order.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: UUID, _ patch: OrderPatch) async throws -> Order? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.customerID)
        binds.append(patch.status)
        binds.append(patch.currency)
        binds.append(patch.total)
        binds.append(patch.quantity)
        binds.append(patch.note)
        binds.append(patch.placedOn)
        binds.append(patch.weightKg)
        binds.append(patch.sequence)
        return try await database.one(Self.statements.patch, binds, as: Order.self)
    }

    /// The first field a replace may not change (set on create only, or not in `fields.update`)
    /// for which `input` holds another value than the row; nil when none does, or there is no such row.
    public nonisolated(nonsending) func replaceChangedField(id: UUID, _ input: OrderInput) async throws -> String? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.customerID)
        binds.append(input.currency)
        binds.append(input.total)
        binds.append(input.quantity)
        binds.append(input.placedOn)
        binds.append(input.weightKg)
        binds.append(input.sequence)
        return try await database.text(Self.statements.replaceChangedField, binds)
    }

    /// The first field a patch may not change (set on create only, or not in `fields.update`)
    /// for which `patch` holds another value than the row; nil when none does, or there is no such row.
    public nonisolated(nonsending) func patchChangedField(id: UUID, _ patch: OrderPatch) async throws -> String? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.customerID)
        binds.append(patch.currency)
        binds.append(patch.total)
        binds.append(patch.quantity)
        binds.append(patch.placedOn)
        binds.append(patch.weightKg)
        binds.append(patch.sequence)
        return try await database.text(Self.statements.patchChangedField, binds)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: UUID) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public nonisolated(nonsending) func list(_ query: OrderListQuery) async throws -> (items: ModelRows<Order>, total: Int) {
        var binds = PostgresBindings()
        let statement: PreparedStatement
        let firstPage: FirstPageStatement
        switch (query.sort, query.order) {
        case (.placed, .asc): (statement, firstPage) = (Self.statements.listPlacedAsc, Self.statements.listPlacedAscFirstPage)
        case (.placed, .desc): (statement, firstPage) = (Self.statements.listPlacedDesc, Self.statements.listPlacedDescFirstPage)
        case (.total, .asc): (statement, firstPage) = (Self.statements.listTotalAsc, Self.statements.listTotalAscFirstPage)
        case (.total, .desc): (statement, firstPage) = (Self.statements.listTotalDesc, Self.statements.listTotalDescFirstPage)
        }
        // The plain first page: its own statement, which Postgres plans once (FirstPageStatement).
        if query.offset == 0, query.status == nil, query.customer == nil, let plain = firstPage.limited(query.limit) {
            return try await database.page(plain, binds, as: Order.self)
        }
        binds.append(query.status)
        binds.append(query.customer)
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let page = try await database.page(statement, binds, as: Order.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Self.statements.count, countBinds))
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: OrderInput, to binds: inout PostgresBindings) {
        binds.append(input.customerID)
        binds.append(input.status)
        binds.append(input.currency)
        binds.append(input.total)
        binds.append(input.quantity)
        binds.append(input.note)
        binds.append(input.placedOn)
        binds.append(input.weightKg)
        binds.append(input.sequence)
    }
}

extension OrderStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "orders_insert",
            sql: #"""
                INSERT INTO "orders" ("customer_id", "status", "currency", "total", "quantity", "note", "placed_on", "weight_kg", "sequence")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                RETURNING "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                """#
        ),
        find: PreparedStatement(
            name: "orders_find",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                FROM "orders"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "orders_find_for_update",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                FROM "orders"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "orders_replace",
            sql: #"""
                UPDATE "orders"
                SET "customer_id" = $2, "status" = $3, "currency" = $4, "total" = $5, "quantity" = $6, "note" = $7, "placed_on" = $8, "weight_kg" = $9, "sequence" = $10
                WHERE "id" = $1 AND $2::integer IS NOT DISTINCT FROM "orders"."customer_id" AND $4::"currency" IS NOT DISTINCT FROM "orders"."currency" AND $5::numeric IS NOT DISTINCT FROM "orders"."total" AND $6::integer IS NOT DISTINCT FROM "orders"."quantity" AND $8::date IS NOT DISTINCT FROM "orders"."placed_on" AND $9::double precision IS NOT DISTINCT FROM "orders"."weight_kg" AND $10::bigint IS NOT DISTINCT FROM "orders"."sequence"
                RETURNING "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                """#
        ),
        patch: PreparedStatement(
            name: "orders_patch",
            sql: #"""
                UPDATE "orders"
                SET "customer_id" = CASE WHEN $2::boolean THEN $3::integer ELSE "customer_id" END,
                    "status" = CASE WHEN $4::boolean THEN $5::"order_status" ELSE "status" END,
                    "currency" = CASE WHEN $6::boolean THEN $7::"currency" ELSE "currency" END,
                    "total" = CASE WHEN $8::boolean THEN $9::numeric ELSE "total" END,
                    "quantity" = CASE WHEN $10::boolean THEN $11::integer ELSE "quantity" END,
                    "note" = CASE WHEN $12::boolean THEN $13::text ELSE "note" END,
                    "placed_on" = CASE WHEN $14::boolean THEN $15::date ELSE "placed_on" END,
                    "weight_kg" = CASE WHEN $16::boolean THEN $17::double precision ELSE "weight_kg" END,
                    "sequence" = CASE WHEN $18::boolean THEN $19::bigint ELSE "sequence" END
                WHERE "id" = $1 AND (NOT $2::boolean OR $3::integer IS NOT DISTINCT FROM "orders"."customer_id") AND (NOT $6::boolean OR $7::"currency" IS NOT DISTINCT FROM "orders"."currency") AND (NOT $8::boolean OR $9::numeric IS NOT DISTINCT FROM "orders"."total") AND (NOT $10::boolean OR $11::integer IS NOT DISTINCT FROM "orders"."quantity") AND (NOT $14::boolean OR $15::date IS NOT DISTINCT FROM "orders"."placed_on") AND (NOT $16::boolean OR $17::double precision IS NOT DISTINCT FROM "orders"."weight_kg") AND (NOT $18::boolean OR $19::bigint IS NOT DISTINCT FROM "orders"."sequence")
                RETURNING "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                """#
        ),
        replaceChangedField: PreparedStatement(
            name: "orders_replace_changed_field",
            sql: #"""
                SELECT CASE
                    WHEN "orders"."customer_id" IS DISTINCT FROM $2::integer THEN 'customer_id'
                    WHEN "orders"."currency" IS DISTINCT FROM $3::"currency" THEN 'currency'
                    WHEN "orders"."total" IS DISTINCT FROM $4::numeric THEN 'total'
                    WHEN "orders"."quantity" IS DISTINCT FROM $5::integer THEN 'quantity'
                    WHEN "orders"."placed_on" IS DISTINCT FROM $6::date THEN 'placed_on'
                    WHEN "orders"."weight_kg" IS DISTINCT FROM $7::double precision THEN 'weight_kg'
                    WHEN "orders"."sequence" IS DISTINCT FROM $8::bigint THEN 'sequence'
                END
                FROM "orders"
                WHERE "id" = $1
                """#
        ),
        patchChangedField: PreparedStatement(
            name: "orders_patch_changed_field",
            sql: #"""
                SELECT CASE
                    WHEN $2::boolean AND "orders"."customer_id" IS DISTINCT FROM $3::integer THEN 'customer_id'
                    WHEN $4::boolean AND "orders"."currency" IS DISTINCT FROM $5::"currency" THEN 'currency'
                    WHEN $6::boolean AND "orders"."total" IS DISTINCT FROM $7::numeric THEN 'total'
                    WHEN $8::boolean AND "orders"."quantity" IS DISTINCT FROM $9::integer THEN 'quantity'
                    WHEN $10::boolean AND "orders"."placed_on" IS DISTINCT FROM $11::date THEN 'placed_on'
                    WHEN $12::boolean AND "orders"."weight_kg" IS DISTINCT FROM $13::double precision THEN 'weight_kg'
                    WHEN $14::boolean AND "orders"."sequence" IS DISTINCT FROM $15::bigint THEN 'sequence'
                END
                FROM "orders"
                WHERE "id" = $1
                """#
        ),
        delete: PreparedStatement(
            name: "orders_delete",
            sql: #"""
                DELETE FROM "orders"
                WHERE "id" = $1
                """#
        ),
        listPlacedAsc: PreparedStatement(
            name: "orders_list_placed_asc",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                    WHERE ($1::"order_status" IS NULL OR "status" = $1)
                      AND ($2::integer IS NULL OR "customer_id" = $2)
                ) AS "total"
                FROM "orders"
                WHERE ($1::"order_status" IS NULL OR "status" = $1)
                  AND ($2::integer IS NULL OR "customer_id" = $2)
                ORDER BY "orders"."placed_on" ASC, "orders"."id" ASC
                LIMIT $3 OFFSET $4
                """#
        ),
        listPlacedDesc: PreparedStatement(
            name: "orders_list_placed_desc",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                    WHERE ($1::"order_status" IS NULL OR "status" = $1)
                      AND ($2::integer IS NULL OR "customer_id" = $2)
                ) AS "total"
                FROM "orders"
                WHERE ($1::"order_status" IS NULL OR "status" = $1)
                  AND ($2::integer IS NULL OR "customer_id" = $2)
                ORDER BY "orders"."placed_on" DESC, "orders"."id" DESC
                LIMIT $3 OFFSET $4
                """#
        ),
        listTotalAsc: PreparedStatement(
            name: "orders_list_total_asc",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                    WHERE ($1::"order_status" IS NULL OR "status" = $1)
                      AND ($2::integer IS NULL OR "customer_id" = $2)
                ) AS "total"
                FROM "orders"
                WHERE ($1::"order_status" IS NULL OR "status" = $1)
                  AND ($2::integer IS NULL OR "customer_id" = $2)
                ORDER BY "orders"."total" ASC, "orders"."id" ASC
                LIMIT $3 OFFSET $4
                """#
        ),
        listTotalDesc: PreparedStatement(
            name: "orders_list_total_desc",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                    WHERE ($1::"order_status" IS NULL OR "status" = $1)
                      AND ($2::integer IS NULL OR "customer_id" = $2)
                ) AS "total"
                FROM "orders"
                WHERE ($1::"order_status" IS NULL OR "status" = $1)
                  AND ($2::integer IS NULL OR "customer_id" = $2)
                ORDER BY "orders"."total" DESC, "orders"."id" DESC
                LIMIT $3 OFFSET $4
                """#
        ),
        count: PreparedStatement(
            name: "orders_count",
            sql: #"""
                SELECT count(*)
                FROM "orders"
                WHERE ($1::"order_status" IS NULL OR "status" = $1)
                  AND ($2::integer IS NULL OR "customer_id" = $2)
                """#
        ),
        listPlacedAscFirstPage: FirstPageStatement(
            name: "orders_list_placed_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                ) AS "total"
                FROM "orders"
                ORDER BY "orders"."placed_on" ASC, "orders"."id" ASC
                """#
        ),
        listPlacedDescFirstPage: FirstPageStatement(
            name: "orders_list_placed_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                ) AS "total"
                FROM "orders"
                ORDER BY "orders"."placed_on" DESC, "orders"."id" DESC
                """#
        ),
        listTotalAscFirstPage: FirstPageStatement(
            name: "orders_list_total_asc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                ) AS "total"
                FROM "orders"
                ORDER BY "orders"."total" ASC, "orders"."id" ASC
                """#
        ),
        listTotalDescFirstPage: FirstPageStatement(
            name: "orders_list_total_desc_first", defaultSize: 50,
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at", (
                    SELECT count(*)
                    FROM "orders"
                ) AS "total"
                FROM "orders"
                ORDER BY "orders"."total" DESC, "orders"."id" DESC
                """#
        )
    )
}
