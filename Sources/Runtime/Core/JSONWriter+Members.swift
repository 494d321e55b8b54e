import Foundation

/// One object member per call, `"key":value`, or `"key":null` for nil: a generated
/// `writeJSON(to:)` writes each field in one line, and the branch on nil is here once rather
/// than in every model. The key is a literal the generator wrote (a spec field name).
extension JSONWriter {
    public mutating func member(_ key: StaticString, string value: String?) { member(key, value) { $0.string($1) } }

    public mutating func member(_ key: StaticString, int value: (some BinaryInteger)?) { member(key, value) { $0.int($1) } }

    public mutating func member(_ key: StaticString, bool value: Bool?) { member(key, value) { $0.bool($1) } }

    public mutating func member(_ key: StaticString, double value: Double?) { member(key, value) { $0.double($1) } }

    public mutating func member(_ key: StaticString, timestamp value: Timestamp?) { member(key, value) { $0.timestamp($1) } }

    public mutating func member(_ key: StaticString, date value: CalendarDate?) { member(key, value) { $0.date($1) } }

    public mutating func member(_ key: StaticString, uuid value: UUID?) { member(key, value) { $0.uuid($1) } }

    public mutating func member(_ key: StaticString, decimal value: DecimalValue?) { member(key, value) { $0.decimal($1) } }

    public mutating func member(_ key: StaticString, json value: JSONText?) { member(key, value) { $0.json($1) } }

    /// Bytes as a standard base64 string.
    public mutating func member(_ key: StaticString, base64 value: [UInt8]?) { member(key, value) { $0.base64($1) } }

    private mutating func member<Value>(_ key: StaticString, _ value: Value?, _ write: (inout JSONWriter, Value) -> Void) {
        self.key(key)
        if let value { write(&self, value) } else { null() }
    }
}
