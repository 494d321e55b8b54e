import Foundation
import RuntimeCore

/// A Swift value that can be sent as a text-format bind parameter. The server converts the text to
/// the parameter's column type, so `postgresText` must be that type's canonical input form.
public protocol PostgresBindable: Sendable {
    var postgresText: String { get }
}

extension String: PostgresBindable {
    public var postgresText: String { self }
}

extension Int: PostgresBindable {
    public var postgresText: String { String(self) }
}

extension Int16: PostgresBindable {
    public var postgresText: String { String(self) }
}

extension Int32: PostgresBindable {
    public var postgresText: String { String(self) }
}

extension Int64: PostgresBindable {
    public var postgresText: String { String(self) }
}

extension Bool: PostgresBindable {
    public var postgresText: String { self ? "true" : "false" }
}

extension Double: PostgresBindable {
    /// Swift prints the shortest text that reads back to the same bits, and float8 input accepts
    /// it, including `nan`, `inf` and `-inf`.
    public var postgresText: String { description }
}

extension UUID: PostgresBindable {
    public var postgresText: String { uuidString.lowercased() }
}

extension Timestamp: PostgresBindable {
    /// Explicit UTC offset, so the session time zone never matters.
    public var postgresText: String { PostgresTimestampText.format(microsecondsSinceEpoch) }
}

extension CalendarDate: PostgresBindable {
    public var postgresText: String { iso }
}

extension DecimalValue: PostgresBindable {
    /// Exact decimal text straight into `numeric`; never through a binary float.
    public var postgresText: String { text }
}

extension Array: PostgresBindable where Element == UInt8 {
    /// `bytea` hex input form: `\x` then two hex digits per byte.
    public var postgresText: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
        text.reserveCapacity(2 + count * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// String-backed enums bind as their raw value: `enum Status: String, PostgresBindable {…}` needs
/// no body.
extension PostgresBindable where Self: RawRepresentable, RawValue == String {
    public var postgresText: String { rawValue }
}

/// A list bound as one Postgres array parameter, `{"a","b"}`: every element quoted, `"` and `\`
/// escaped, so any text stays one element. Set filters bind their list this way
/// (`col = ANY($1)`). (`[UInt8]` itself binds as `bytea`.)
public struct PostgresArray<Element: PostgresBindable>: PostgresBindable {
    public var elements: [Element]

    public init(_ elements: [Element]) {
        self.elements = elements
    }

    public var postgresText: String {
        var text = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { text += "," }
            text += "\""
            for character in element.postgresText {
                if character == "\"" || character == "\\" { text += "\\" }
                text.append(character)
            }
            text += "\""
        }
        return text + "}"
    }
}
