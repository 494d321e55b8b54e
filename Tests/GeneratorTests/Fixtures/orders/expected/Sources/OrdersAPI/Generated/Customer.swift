// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/orders.yaml#/models/Customer
public struct Customer: Sendable, Hashable {
    public var id: Int32
    public var email: String
    public var displayName: String
    public var vip: Bool
    public var creditLimit: DecimalValue

    public init(
        id: Int32,
        email: String,
        displayName: String,
        vip: Bool,
        creditLimit: DecimalValue
    ) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.vip = vip
        self.creditLimit = creditLimit
    }
}

extension Customer: PostgresRowDecodable {
    public init(row: PostgresRow) throws {
        self.init(
            id: try row.decode(0),
            email: try row.decode(1),
            displayName: try row.decode(2),
            vip: try row.decode(3),
            creditLimit: try row.decode(4)
        )
    }
}

extension Customer: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.int(id)
        writer.key("email")
        writer.string(email)
        writer.key("display_name")
        writer.string(displayName)
        writer.key("vip")
        writer.bool(vip)
        writer.key("credit_limit")
        writer.decimal(creditLimit)
        writer.endObject()
    }
}

extension Customer: PostgresRowJSONWritable {
    /// The JSON `writeJSON(to:)` writes for `Customer(row: row)`, written from the row's text
    /// without decoding it first (list responses).
    public static func writeJSON(row: PostgresRow, to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.key("id")
        try row.writeJSON(0, as: Int32.self, to: &writer)
        writer.key("email")
        try row.writeJSON(1, as: String.self, to: &writer)
        writer.key("display_name")
        try row.writeJSON(2, as: String.self, to: &writer)
        writer.key("vip")
        try row.writeJSON(3, as: Bool.self, to: &writer)
        writer.key("credit_limit")
        writer.decimal(try row.decode(4, as: DecimalValue.self))
        writer.endObject()
    }
}

/// The body of a create or replace request for `Customer`: the fields a client may set.
/// An absent optional field takes its default.
public struct CustomerInput: Sendable, JSONBodyDecodable {
    public var email: String
    public var displayName: String
    public var vip: Bool
    public var creditLimit: DecimalValue

    public init(
        email: String,
        displayName: String,
        vip: Bool = false,
        creditLimit: DecimalValue = DecimalValue(unchecked: "0.00")
    ) {
        self.email = email
        self.displayName = displayName
        self.vip = vip
        self.creditLimit = creditLimit
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> CustomerInput? {
        let email = validator.required(object, "email", .string(maxLength: 254, format: .email))
        let displayName = validator.required(object, "display_name", .string(maxLength: 100))
        let vip = validator.optional(object, "vip", .bool, nullable: false)
        let creditLimit = validator.optional(object, "credit_limit", .decimal(precision: 12, scale: 2), nullable: false)
        guard let email, let displayName, let vip, let creditLimit else { return nil }
        return CustomerInput(
            email: email,
            displayName: displayName,
            vip: vip.value(default: false),
            creditLimit: creditLimit.value(default: DecimalValue(unchecked: "0.00"))
        )
    }
}

/// The body of a patch request for `Customer`: any subset of the fields a client may set.
public struct CustomerPatch: Sendable, JSONBodyDecodable {
    public var email: Presence<String>
    public var displayName: Presence<String>
    public var vip: Presence<Bool>
    public var creditLimit: Presence<DecimalValue>

    public init(
        email: Presence<String> = .absent,
        displayName: Presence<String> = .absent,
        vip: Presence<Bool> = .absent,
        creditLimit: Presence<DecimalValue> = .absent
    ) {
        self.email = email
        self.displayName = displayName
        self.vip = vip
        self.creditLimit = creditLimit
    }

    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    public static func decode(_ object: JSONObject, into validator: inout Validator) -> CustomerPatch? {
        let email = validator.optional(object, "email", .string(maxLength: 254, format: .email), nullable: false)
        let displayName = validator.optional(object, "display_name", .string(maxLength: 100), nullable: false)
        let vip = validator.optional(object, "vip", .bool, nullable: false)
        let creditLimit = validator.optional(object, "credit_limit", .decimal(precision: 12, scale: 2), nullable: false)
        guard let email, let displayName, let vip, let creditLimit else { return nil }
        return CustomerPatch(
            email: email,
            displayName: displayName,
            vip: vip,
            creditLimit: creditLimit
        )
    }
}
