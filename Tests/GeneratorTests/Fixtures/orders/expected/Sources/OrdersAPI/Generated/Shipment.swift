// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/orders.yaml#/models/Shipment
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `ShipmentInput` and `ShipmentPatch`.
public struct Shipment: Sendable {
    public let id: Int64
    public let orderID: UUID?
    public let carrier: String
    public let delivered: Bool
}

extension Shipment: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            orderID: try row.decodeOptional(1),
            carrier: try row.decode(2),
            delivered: try row.decode(3)
        )
    }
}

extension Shipment: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("order_id", uuid: self.orderID)
        writer.member("carrier", string: self.carrier)
        writer.member("delivered", bool: self.delivered)
        writer.endObject()
    }
}

extension Shipment: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Shipment(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int64),
        .member("order_id", 1, .uuid, optional: true),
        .member("carrier", 2, .string),
        .member("delivered", 3, .bool),
    ])
}

/// The body of a create or replace request for `Shipment`: the fields a client may set.
/// An absent optional field takes its default.
public struct ShipmentInput: Sendable, JSONBodyDecodable {
    public let orderID: UUID?
    public let carrier: String
    public let delivered: Bool

    public init(
        orderID: UUID? = nil,
        carrier: String = "post",
        delivered: Bool = false
    ) {
        self.orderID = orderID
        self.carrier = carrier
        self.delivered = delivered
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ShipmentInput? {
        let issues = validator.issueCount
        let input = ShipmentInput(
            orderID: validator.member(object, "order_id", .uuid, nullable: true).nullable(default: nil),
            carrier: validator.member(object, "carrier", .string(maxLength: 40), nullable: false).value(default: "post"),
            delivered: validator.member(object, "delivered", .bool, nullable: false).value(default: false)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Shipment`: any subset of the fields a client may set.
public struct ShipmentPatch: Sendable, JSONBodyDecodable {
    public let orderID: Presence<UUID>
    public let carrier: Presence<String>
    public let delivered: Presence<Bool>

    public init(
        orderID: Presence<UUID> = .absent,
        carrier: Presence<String> = .absent,
        delivered: Presence<Bool> = .absent
    ) {
        self.orderID = orderID
        self.carrier = carrier
        self.delivered = delivered
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> ShipmentPatch? {
        let issues = validator.issueCount
        let patch = ShipmentPatch(
            orderID: validator.member(object, "order_id", .uuid, nullable: true),
            carrier: validator.member(object, "carrier", .string(maxLength: 40), nullable: false),
            delivered: validator.member(object, "delivered", .bool, nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
