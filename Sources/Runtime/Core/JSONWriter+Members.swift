import Foundation

/// One object member per call, `"key":value`, or `"key":null` for nil: a generated
/// `writeJSON(to:)` writes each field in one line, and the branch on nil is here once rather
/// than in every model. The key is a literal the generator wrote (a spec field name).
extension JSONWriter {
    public mutating func member(_ key: StaticString, string value: String?) {
        self.key(key)
        if let value { string(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, int value: (some BinaryInteger)?) {
        self.key(key)
        if let value { int(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, bool value: Bool?) {
        self.key(key)
        if let value { bool(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, double value: Double?) {
        self.key(key)
        if let value { double(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, timestamp value: Timestamp?) {
        self.key(key)
        if let value { timestamp(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, date value: CalendarDate?) {
        self.key(key)
        if let value { date(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, uuid value: UUID?) {
        self.key(key)
        if let value { uuid(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, decimal value: DecimalValue?) {
        self.key(key)
        if let value { decimal(value) } else { null() }
    }

    public mutating func member(_ key: StaticString, json value: JSONText?) {
        self.key(key)
        if let value { json(value) } else { null() }
    }

    /// Bytes as a standard base64 string.
    public mutating func member(_ key: StaticString, base64 value: [UInt8]?) {
        self.key(key)
        if let value { base64(value) } else { null() }
    }
}
