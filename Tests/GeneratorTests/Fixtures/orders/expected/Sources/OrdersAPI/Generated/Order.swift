// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/orders.yaml#/models/Order
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `OrderInput` and `OrderPatch`.
public struct Order: Sendable {
    public let id: UUID
    public let customerID: Int32
    public let status: OrderStatus
    public let currency: Currency
    public let total: DecimalValue
    public let quantity: Int32
    public let reference: String?
    public let note: String?
    public let placedOn: CalendarDate
    public let weightKg: Double?
    public let sequence: Int64
    public let createdAt: Timestamp
}

extension Order: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            customerID: try row.decode(1),
            status: try row.decode(2),
            currency: try row.decode(3),
            total: try row.decode(4),
            quantity: try row.decode(5),
            reference: try row.decodeOptional(6),
            note: try row.decodeOptional(7),
            placedOn: try row.decode(8),
            weightKg: try row.decodeOptional(9),
            sequence: try row.decode(10),
            createdAt: try row.decode(11)
        )
    }
}

extension Order: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", uuid: self.id)
        writer.member("customer_id", int: self.customerID)
        writer.member("status", string: self.status.rawValue)
        writer.member("currency", string: self.currency.rawValue)
        writer.member("total", decimal: self.total)
        writer.member("quantity", int: self.quantity)
        writer.member("reference", string: self.reference)
        writer.member("note", string: self.note)
        writer.member("placed_on", date: self.placedOn)
        writer.member("weight_kg", double: self.weightKg)
        writer.member("sequence", int: self.sequence)
        writer.member("created_at", timestamp: self.createdAt)
        writer.endObject()
    }
}

extension Order: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Order(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .uuid),
        .member("customer_id", 1, .int32),
        .member("status", 2, .enumeration(OrderStatus.self)),
        .member("currency", 3, .enumeration(Currency.self)),
        .member("total", 4, .decimal),
        .member("quantity", 5, .int32),
        .member("reference", 6, .string, optional: true),
        .member("note", 7, .string, optional: true),
        .member("placed_on", 8, .date),
        .member("weight_kg", 9, .double, optional: true),
        .member("sequence", 10, .int64),
        .member("created_at", 11, .timestamp),
    ])
}

/// The body of a create or replace request for `Order`: the fields a client may set.
/// An absent optional field takes its default.
public struct OrderInput: Sendable, JSONBodyDecodable {
    public let customerID: Int32
    public let status: OrderStatus
    public let currency: Currency
    public let total: DecimalValue
    public let quantity: Int32
    public let note: String?
    public let placedOn: CalendarDate
    public let weightKg: Double?
    public let sequence: Int64

    public init(
        customerID: Int32,
        status: OrderStatus = .pending,
        currency: Currency,
        total: DecimalValue,
        quantity: Int32,
        note: String? = nil,
        placedOn: CalendarDate,
        weightKg: Double? = nil,
        sequence: Int64 = 0
    ) {
        self.customerID = customerID
        self.status = status
        self.currency = currency
        self.total = total
        self.quantity = quantity
        self.note = note
        self.placedOn = placedOn
        self.weightKg = weightKg
        self.sequence = sequence
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> OrderInput? {
        let issues = validator.issueCount
        let input = OrderInput(
            customerID: validator.member(object, "customer_id", .int32()),
            status: validator.member(object, "status", .enumeration(OrderStatus.self), nullable: false).value(default: .pending),
            currency: validator.member(object, "currency", .enumeration(Currency.self)),
            total: validator.member(object, "total", .decimal(precision: 12, scale: 2, min: DecimalValue(unchecked: "0.01"), max: DecimalValue(unchecked: "999999.99"))),
            quantity: validator.member(object, "quantity", .int32(min: 1, max: 1000)),
            note: validator.member(object, "note", .string(maxLength: 2000), nullable: true).nullable(default: nil),
            placedOn: validator.member(object, "placed_on", .date),
            weightKg: validator.member(object, "weight_kg", .double(), nullable: true).nullable(default: nil),
            sequence: validator.member(object, "sequence", .int64(), nullable: false).value(default: 0)
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Order`: any subset of the fields a client may set.
public struct OrderPatch: Sendable, JSONBodyDecodable {
    public let customerID: Presence<Int32>
    public let status: Presence<OrderStatus>
    public let currency: Presence<Currency>
    public let total: Presence<DecimalValue>
    public let quantity: Presence<Int32>
    public let note: Presence<String>
    public let placedOn: Presence<CalendarDate>
    public let weightKg: Presence<Double>
    public let sequence: Presence<Int64>

    public init(
        customerID: Presence<Int32> = .absent,
        status: Presence<OrderStatus> = .absent,
        currency: Presence<Currency> = .absent,
        total: Presence<DecimalValue> = .absent,
        quantity: Presence<Int32> = .absent,
        note: Presence<String> = .absent,
        placedOn: Presence<CalendarDate> = .absent,
        weightKg: Presence<Double> = .absent,
        sequence: Presence<Int64> = .absent
    ) {
        self.customerID = customerID
        self.status = status
        self.currency = currency
        self.total = total
        self.quantity = quantity
        self.note = note
        self.placedOn = placedOn
        self.weightKg = weightKg
        self.sequence = sequence
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> OrderPatch? {
        let issues = validator.issueCount
        let patch = OrderPatch(
            customerID: validator.member(object, "customer_id", .int32(), nullable: false),
            status: validator.member(object, "status", .enumeration(OrderStatus.self), nullable: false),
            currency: validator.member(object, "currency", .enumeration(Currency.self), nullable: false),
            total: validator.member(object, "total", .decimal(precision: 12, scale: 2, min: DecimalValue(unchecked: "0.01"), max: DecimalValue(unchecked: "999999.99")), nullable: false),
            quantity: validator.member(object, "quantity", .int32(min: 1, max: 1000), nullable: false),
            note: validator.member(object, "note", .string(maxLength: 2000), nullable: true),
            placedOn: validator.member(object, "placed_on", .date, nullable: false),
            weightKg: validator.member(object, "weight_kg", .double(), nullable: true),
            sequence: validator.member(object, "sequence", .int64(), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
