/// An exact decimal number kept as its canonical text, so money never passes through a binary float.
public struct DecimalValue: Sendable, Hashable, CustomStringConvertible {
    /// Optional sign, digits, optional fraction: `-12.50`, `0`, `3.14159`.
    public let text: String

    /// Accepts `[-]digits[.digits]` (also JSON exponent-free numbers); nil for anything else.
    public init?(_ text: String) {
        guard Self.isPlainDecimal(Array(text.utf8)) else { return nil }
        self.text = text
    }

    /// For literals the generator has already checked (spec defaults); not for input.
    public init(unchecked text: String) {
        self.text = text
    }

    public var description: String { text }

    /// Digits before and after the point, for precision/scale checks.
    public var digitCounts: (integer: Int, fraction: Int) {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts[0].drop { $0 == "0" }.count
        let fraction = parts.count > 1 ? parts[1].count : 0
        return (integer, fraction)
    }

    private static func isPlainDecimal(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        guard index > integerStart else { return false }
        guard index < bytes.count else { return true }
        guard bytes[index] == UInt8(ascii: ".") else { return false }
        index += 1
        let fractionStart = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index > fractionStart && index == bytes.count
    }
}
