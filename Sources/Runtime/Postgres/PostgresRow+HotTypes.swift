import Foundation
import RuntimeCore

/// Non-generic `decode` / `decodeOptional` for the column types every generated model reads.
///
/// Generated code lives in another module, where the generic `PostgresRow.decode` cannot be
/// specialized: each call went through witness tables, metadata lookups and two closure
/// contexts, 350 times for a page of 50 rows of 7 columns. Overload resolution prefers these concrete
/// functions, which are specialized here, so `try row.decode(0)` in a generated initializer picks
/// them up without any change to the generated code. Behaviour is exactly the generic one's.
extension PostgresRow {
    public func decode(_ column: Int, as type: String.Type = String.self) throws -> String {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: String.Type = String.self) throws -> String? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: Int.Type = Int.self) throws -> Int {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: Int.Type = Int.self) throws -> Int? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: Int16.Type = Int16.self) throws -> Int16 {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: Int16.Type = Int16.self) throws -> Int16? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: Int32.Type = Int32.self) throws -> Int32 {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: Int32.Type = Int32.self) throws -> Int32? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: Int64.Type = Int64.self) throws -> Int64 {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: Int64.Type = Int64.self) throws -> Int64? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: Double.Type = Double.self) throws -> Double {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: Double.Type = Double.self) throws -> Double? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: Bool.Type = Bool.self) throws -> Bool {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: Bool.Type = Bool.self) throws -> Bool? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: UUID.Type = UUID.self) throws -> UUID {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: UUID.Type = UUID.self) throws -> UUID? {
        try decodeOptionalValue(column, as: type)
    }

    public func decode(_ column: Int, as type: Timestamp.Type = Timestamp.self) throws -> Timestamp {
        try decodeValue(column, as: type)
    }

    public func decodeOptional(_ column: Int, as type: Timestamp.Type = Timestamp.self) throws -> Timestamp? {
        try decodeOptionalValue(column, as: type)
    }
}
