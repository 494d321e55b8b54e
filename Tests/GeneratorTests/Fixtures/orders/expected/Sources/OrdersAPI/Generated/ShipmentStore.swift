// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Typed access to the `shipments` table for `Shipment`. Every statement is prepared once per
/// connection and every value travels as a bind parameter. The methods only bind values and
/// await the pool, so they run on their caller's executor (`nonisolated(nonsending)`).
public struct ShipmentStore: Sendable {
    /// The pool, or a transaction when several calls must be atomic.
    public let database: any PostgresQuerying

    public init(_ database: any PostgresQuerying) {
        self.database = database
    }

    /// Inserts a row; fields the server manages take their database defaults.
    public nonisolated(nonsending) func insert(_ input: ShipmentInput) async throws -> Shipment {
        var binds = PostgresBindings()
        Self.bind(input, to: &binds)
        return try await database.inserted(Self.statements.insert, binds, as: Shipment.self)
    }

    /// The row with this key, if any.
    public nonisolated(nonsending) func find(id: Int64) async throws -> Shipment? {
        return try await database.one(Self.statements.find, [id], as: Shipment.self)
    }

    /// Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a
    /// store made with a transaction, before changing the row from what it read.
    public nonisolated(nonsending) func findForUpdate(id: Int64) async throws -> Shipment? {
        return try await database.one(Self.statements.findForUpdate, [id], as: Shipment.self)
    }

    /// Replaces every client field; nil when the row does not exist.
    public nonisolated(nonsending) func replace(id: Int64, _ input: ShipmentInput) async throws -> Shipment? {
        var binds = PostgresBindings()
        binds.append(id)
        Self.bind(input, to: &binds)
        return try await database.one(Self.statements.replace, binds, as: Shipment.self)
    }

    /// Changes the fields present in `patch`; nil when the row does not exist.
    public nonisolated(nonsending) func patch(id: Int64, _ patch: ShipmentPatch) async throws -> Shipment? {
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(patch.orderID)
        binds.append(patch.carrier)
        binds.append(patch.delivered)
        return try await database.one(Self.statements.patch, binds, as: Shipment.self)
    }

    /// Deletes the row; false when there was none.
    public nonisolated(nonsending) func delete(id: Int64) async throws -> Bool {
        return try await database.affected(Self.statements.delete, [id]) > 0
    }

    /// Appends the input's fields, in the order the statements that write them name their columns.
    private static func bind(_ input: ShipmentInput, to binds: inout PostgresBindings) {
        binds.append(input.orderID)
        binds.append(input.carrier)
        binds.append(input.delivered)
    }
}

extension ShipmentStore {
    /// The statements above, by name; the SQL is what reviewers read in the generated diff.
    /// One labeled tuple holds them: a `static let` each would cost the build three functions.
    static let statements = (
        insert: PreparedStatement(
            name: "shipments_insert",
            sql: #"""
                INSERT INTO "shipments" ("order_id", "carrier", "delivered")
                VALUES ($1, $2, $3)
                RETURNING "id", "order_id", "carrier", "delivered"
                """#
        ),
        find: PreparedStatement(
            name: "shipments_find",
            sql: #"""
                SELECT "id", "order_id", "carrier", "delivered"
                FROM "shipments"
                WHERE "id" = $1
                """#
        ),
        findForUpdate: PreparedStatement(
            name: "shipments_find_for_update",
            sql: #"""
                SELECT "id", "order_id", "carrier", "delivered"
                FROM "shipments"
                WHERE "id" = $1
                FOR UPDATE
                """#
        ),
        replace: PreparedStatement(
            name: "shipments_replace",
            sql: #"""
                UPDATE "shipments"
                SET "order_id" = $2, "carrier" = $3, "delivered" = $4
                WHERE "id" = $1
                RETURNING "id", "order_id", "carrier", "delivered"
                """#
        ),
        patch: PreparedStatement(
            name: "shipments_patch",
            sql: #"""
                UPDATE "shipments"
                SET "order_id" = CASE WHEN $2::boolean THEN $3::uuid ELSE "order_id" END,
                    "carrier" = CASE WHEN $4::boolean THEN $5::text ELSE "carrier" END,
                    "delivered" = CASE WHEN $6::boolean THEN $7::boolean ELSE "delivered" END
                WHERE "id" = $1
                RETURNING "id", "order_id", "carrier", "delivered"
                """#
        ),
        delete: PreparedStatement(
            name: "shipments_delete",
            sql: #"""
                DELETE FROM "shipments"
                WHERE "id" = $1
                """#
        )
    )
}
