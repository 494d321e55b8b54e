/// A column value that does not fit the Swift type asked for. Server-side only: it means the
/// generated code and the schema disagree, so it is logged and answered with an opaque 500.
public struct PostgresDecodingError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The text is not a valid value of the type.
        case invalidText
        /// The column is NULL but a non-optional value was asked for.
        case unexpectedNull
        /// The row has no such column.
        case missingColumn
    }

    public var reason: Reason
    /// The Swift type that was asked for.
    public var type: String
    /// The column index and, once known, its name.
    public var column: Int?
    public var columnName: String?

    public init(_ reason: Reason, type: String, column: Int? = nil, columnName: String? = nil) {
        self.reason = reason
        self.type = type
        self.column = column
        self.columnName = columnName
    }

    /// Never includes the value itself (it may be personal data).
    public var description: String {
        let place = columnName.map { "column \"\($0)\"" } ?? column.map { "column \($0)" } ?? "value"
        switch reason {
        case .invalidText: return "cannot decode \(place) as \(type)"
        case .unexpectedNull: return "\(place) is NULL but \(type) is not optional"
        case .missingColumn: return "\(place) does not exist (decoding \(type))"
        }
    }
}
