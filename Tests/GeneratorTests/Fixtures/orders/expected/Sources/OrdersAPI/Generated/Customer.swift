// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// Generated from spec/orders.yaml#/models/Customer
///
/// A row as its store reads it. Its memberwise initializer is the one Swift synthesizes,
/// internal to this module: other modules get rows from the store and change them
/// through `CustomerInput` and `CustomerPatch`.
public struct Customer: Sendable {
    public let id: Int32
    public let email: String
    public let displayName: String
    public let vip: Bool
    public let creditLimit: DecimalValue
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
        writer.member("id", int: self.id)
        writer.member("email", string: self.email)
        writer.member("display_name", string: self.displayName)
        writer.member("vip", bool: self.vip)
        writer.member("credit_limit", decimal: self.creditLimit)
        writer.endObject()
    }
}

extension Customer: PostgresRowJSONLayout {
    /// How lists write a row: the JSON `writeJSON(to:)` writes for `Customer(row: row)`, made
    /// from the row's text without building the model.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("email", 1, .string),
        .member("display_name", 2, .string),
        .member("vip", 3, .bool),
        .member("credit_limit", 4, .decimal),
    ])
}

/// The body of a create or replace request for `Customer`: the fields a client may set.
/// An absent optional field takes its default.
public struct CustomerInput: Sendable, JSONBodyDecodable {
    public let email: String
    public let displayName: String
    public let vip: Bool
    public let creditLimit: DecimalValue

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
        let issues = validator.issueCount
        let input = CustomerInput(
            email: validator.member(object, "email", .string(maxLength: 254, format: .email)),
            displayName: validator.member(object, "display_name", .string(maxLength: 100)),
            vip: validator.member(object, "vip", .bool, nullable: false).value(default: false),
            creditLimit: validator.member(object, "credit_limit", .decimal(precision: 12, scale: 2), nullable: false).value(default: DecimalValue(unchecked: "0.00"))
        )
        return validator.issueCount == issues ? input : nil
    }
}

/// The body of a patch request for `Customer`: any subset of the fields a client may set.
public struct CustomerPatch: Sendable, JSONBodyDecodable {
    public let email: Presence<String>
    public let displayName: Presence<String>
    public let vip: Presence<Bool>
    public let creditLimit: Presence<DecimalValue>

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
        let issues = validator.issueCount
        let patch = CustomerPatch(
            email: validator.member(object, "email", .string(maxLength: 254, format: .email), nullable: false),
            displayName: validator.member(object, "display_name", .string(maxLength: 100), nullable: false),
            vip: validator.member(object, "vip", .bool, nullable: false),
            creditLimit: validator.member(object, "credit_limit", .decimal(precision: 12, scale: 2), nullable: false)
        )
        return validator.issueCount == issues ? patch : nil
    }
}
