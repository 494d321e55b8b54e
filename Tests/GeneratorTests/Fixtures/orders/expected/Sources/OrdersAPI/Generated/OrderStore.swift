// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `orders` table for `Order`. Every statement is prepared once per
/// connection and every value travels as a bind parameter.
public struct OrderStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public func insert(_ input: OrderInput) async throws -> Order {
        var binds = PostgresBindings()
        binds.append(input.customerID)
        binds.append(input.status)
        binds.append(input.currency)
        binds.append(input.total)
        binds.append(input.quantity)
        binds.append(input.note)
        binds.append(input.placedOn)
        binds.append(input.weightKg)
        binds.append(input.sequence)
        return try await database.inserted(Statements.insert, binds, as: Order.self)
    }

    /// The row with this key, if any.
    public func find(id: UUID) async throws -> Order? {
        var binds = PostgresBindings()
        binds.append(id)
        return try await database.one(Statements.find, binds, as: Order.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public func findForUpdate(id: UUID) async throws -> Order? {
        var binds = PostgresBindings()
        binds.append(id)
        return try await database.one(Statements.findForUpdate, binds, as: Order.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public func replace(id: UUID, _ input: OrderInput) async throws -> Order? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(input.customerID)
        binds.append(input.status)
        binds.append(input.currency)
        binds.append(input.total)
        binds.append(input.quantity)
        binds.append(input.note)
        binds.append(input.placedOn)
        binds.append(input.weightKg)
        binds.append(input.sequence)
        return try await database.one(Statements.replace, binds, as: Order.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public func patch(id: UUID, _ patch: OrderPatch) async throws -> Order? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.customerID.isPresent)
        binds.append(patch.customerID.value)
        binds.append(patch.status.isPresent)
        binds.append(patch.status.value)
        binds.append(patch.currency.isPresent)
        binds.append(patch.currency.value)
        binds.append(patch.total.isPresent)
        binds.append(patch.total.value)
        binds.append(patch.quantity.isPresent)
        binds.append(patch.quantity.value)
        binds.append(patch.note.isPresent)
        binds.append(patch.note.value)
        binds.append(patch.placedOn.isPresent)
        binds.append(patch.placedOn.value)
        binds.append(patch.weightKg.isPresent)
        binds.append(patch.weightKg.value)
        binds.append(patch.sequence.isPresent)
        binds.append(patch.sequence.value)
        return try await database.one(Statements.patch, binds, as: Order.self)
    }

    /// Deletes the row; false when there was none.
    public func delete(id: UUID) async throws -> Bool {
        var binds = PostgresBindings()
        binds.append(id)
        return try await database.affected(Statements.delete, binds) > 0
    }

    /// One page of rows matching `query`, and how many match in all (for `X-Total-Count`).
    public func list(_ query: OrderListQuery) async throws -> (items: ModelRows<Order>, total: Int) {
        var binds = PostgresBindings()
        binds.append(query.status)
        binds.append(query.customer)
        let countBinds = binds
        binds.append(query.limit)
        binds.append(query.offset)
        let statement: PreparedStatement
        switch (query.sort, query.order) {
        case (.placed, .asc): statement = Statements.listPlacedAsc
        case (.placed, .desc): statement = Statements.listPlacedDesc
        case (.total, .asc): statement = Statements.listTotalAsc
        case (.total, .desc): statement = Statements.listTotalDesc
        }
        let page = try await database.page(statement, binds, as: Order.self)
        guard page.items.isEmpty, query.offset > 0 else { return page }
        return (page.items, try await database.count(Statements.count, countBinds))
    }
}

extension OrderStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    enum Statements {
        static let insert = PreparedStatement(
            name: "orders_insert",
            sql: #"""
                INSERT INTO "orders" ("customer_id", "status", "currency", "total", "quantity", "note", "placed_on", "weight_kg", "sequence")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                RETURNING "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                """#
        )
        static let find = PreparedStatement(
            name: "orders_find",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                FROM "orders"
                WHERE "id" = $1
                """#
        )
        static let findForUpdate = PreparedStatement(
            name: "orders_find_for_update",
            sql: #"""
                SELECT "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                FROM "orders"
                WHERE "id" = $1
                FOR UPDATE
                """#
        )
        static let replace = PreparedStatement(
            name: "orders_replace",
            sql: #"""
                UPDATE "orders"
                SET "customer_id" = $2, "status" = $3, "currency" = $4, "total" = $5, "quantity" = $6, "note" = $7, "placed_on" = $8, "weight_kg" = $9, "sequence" = $10
                WHERE "id" = $1
                RETURNING "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                """#
        )
        static let patch = PreparedStatement(
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
                WHERE "id" = $1
                RETURNING "id", "customer_id", "status", "currency", "total", "quantity", "reference", "note", "placed_on", "weight_kg", "sequence", "created_at"
                """#
        )
        static let delete = PreparedStatement(
            name: "orders_delete",
            sql: #"""
                DELETE FROM "orders"
                WHERE "id" = $1
                """#
        )
        static let listPlacedAsc = PreparedStatement(
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
        )
        static let listPlacedDesc = PreparedStatement(
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
        )
        static let listTotalAsc = PreparedStatement(
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
        )
        static let listTotalDesc = PreparedStatement(
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
        )
        static let count = PreparedStatement(
            name: "orders_count",
            sql: #"""
                SELECT count(*)
                FROM "orders"
                WHERE ($1::"order_status" IS NULL OR "status" = $1)
                  AND ($2::integer IS NULL OR "customer_id" = $2)
                """#
        )
    }
}
