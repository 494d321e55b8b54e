// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/orders.yaml#/models/Order
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

    public init(
        id: UUID,
        customerID: Int32,
        status: OrderStatus,
        currency: Currency,
        total: DecimalValue,
        quantity: Int32,
        reference: String?,
        note: String?,
        placedOn: CalendarDate,
        weightKg: Double?,
        sequence: Int64,
        createdAt: Timestamp
    ) {
        self.id = id
        self.customerID = customerID
        self.status = status
        self.currency = currency
        self.total = total
        self.quantity = quantity
        self.reference = reference
        self.note = note
        self.placedOn = placedOn
        self.weightKg = weightKg
        self.sequence = sequence
        self.createdAt = createdAt
    }
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
        writer.key("id")
        writer.uuid(self.id)
        writer.key("customer_id")
        writer.int(self.customerID)
        writer.key("status")
        writer.string(self.status.rawValue)
        writer.key("currency")
        writer.string(self.currency.rawValue)
        writer.key("total")
        writer.decimal(self.total)
        writer.key("quantity")
        writer.int(self.quantity)
        writer.key("reference")
        if let value = self.reference { writer.string(value) } else { writer.null() }
        writer.key("note")
        if let value = self.note { writer.string(value) } else { writer.null() }
        writer.key("placed_on")
        writer.date(self.placedOn)
        writer.key("weight_kg")
        if let value = self.weightKg { writer.double(value) } else { writer.null() }
        writer.key("sequence")
        writer.int(self.sequence)
        writer.key("created_at")
        writer.timestamp(self.createdAt)
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
        let _customerID = validator.required(object, "customer_id", .int32())
        let _status = validator.optional(object, "status", .enumeration(OrderStatus.self), nullable: false)
        let _currency = validator.required(object, "currency", .enumeration(Currency.self))
        let _total = validator.required(object, "total", .decimal(precision: 12, scale: 2, min: DecimalValue(unchecked: "0.01"), max: DecimalValue(unchecked: "999999.99")))
        let _quantity = validator.required(object, "quantity", .int32(min: 1, max: 1000))
        let _note = validator.optional(object, "note", .string(maxLength: 2000), nullable: true)
        let _placedOn = validator.required(object, "placed_on", .date)
        let _weightKg = validator.optional(object, "weight_kg", .double(), nullable: true)
        let _sequence = validator.optional(object, "sequence", .int64(), nullable: false)
        guard let _customerID, let _status, let _currency, let _total, let _quantity, let _note, let _placedOn, let _weightKg, let _sequence else { return nil }
        return OrderInput(
            customerID: _customerID,
            status: _status.value(default: .pending),
            currency: _currency,
            total: _total,
            quantity: _quantity,
            note: _note.nullable(default: nil),
            placedOn: _placedOn,
            weightKg: _weightKg.nullable(default: nil),
            sequence: _sequence.value(default: 0)
        )
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
