import Foundation

/// A value that stands in for a required member a body lacks or got wrong, so a generated
/// decoder builds its input in one expression (`Validator.member(_:_:_:)`) instead of binding
/// and unwrapping one optional per field. The validator has recorded an issue whenever it hands
/// one out, and the decoder then drops what it built (it compares `issueCount` before and
/// after): a placeholder never reaches a store or a handler.
public protocol DecodingPlaceholder {
    static var decodingPlaceholder: Self { get }
}

extension String: DecodingPlaceholder {
    public static var decodingPlaceholder: String { "" }
}

extension Int32: DecodingPlaceholder {
    public static var decodingPlaceholder: Int32 { 0 }
}

extension Int64: DecodingPlaceholder {
    public static var decodingPlaceholder: Int64 { 0 }
}

extension Bool: DecodingPlaceholder {
    public static var decodingPlaceholder: Bool { false }
}

extension Double: DecodingPlaceholder {
    public static var decodingPlaceholder: Double { 0 }
}

extension UUID: DecodingPlaceholder {
    public static var decodingPlaceholder: UUID { UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) }
}

extension Timestamp: DecodingPlaceholder {
    public static var decodingPlaceholder: Timestamp { Timestamp(microsecondsSinceEpoch: 0) }
}

extension CalendarDate: DecodingPlaceholder {
    public static var decodingPlaceholder: CalendarDate { CalendarDate(daysSinceEpoch: 0) }
}

extension DecimalValue: DecodingPlaceholder {
    public static var decodingPlaceholder: DecimalValue { DecimalValue(unchecked: "0") }
}

extension JSONText: DecodingPlaceholder {
    public static var decodingPlaceholder: JSONText { JSONText("null") }
}

/// Bytes (`[UInt8]`), and any list.
extension Array: DecodingPlaceholder {
    public static var decodingPlaceholder: [Element] { [] }
}
