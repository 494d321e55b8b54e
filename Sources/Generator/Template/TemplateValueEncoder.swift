/// Turns a view model into a `TemplateValue` through its synthesized `Encodable` conformance:
/// compiled code per view model, where reading it through `Mirror` looked each property's type
/// up by name at run time (a quarter of a 200-model `generate`). The rules are `TemplateContext`'s:
/// a `String` or `Bool` stays itself, a nested view model becomes an object, an array a list, an
/// absent optional `false`. A view model holds nothing else; another kind of value is a
/// programming error, stopped by a precondition.
enum TemplateValueEncoder {
    static func value(of context: some Encodable) -> TemplateValue {
        let root = Slot()
        encode(context, into: root)
        return root.resolved
    }

    fileprivate static func encode(_ value: some Encodable, into slot: Slot) {
        do {
            try value.encode(to: SlotEncoder(slot: slot))
        } catch {
            preconditionFailure("encoding a view model into a template value cannot fail: \(error)")
        }
    }

    fileprivate static func unsupported(_ type: Any.Type, at key: (any CodingKey)? = nil) -> Never {
        preconditionFailure(
            "\(key.map { "'\($0.stringValue)': " } ?? "")\(type): view models hold strings, bools, lists and other view models")
    }
}

/// One value being built: a leaf, an object's members or a list's items, each a slot of its own.
private final class Slot {
    var leaf: TemplateValue = .bool(false)
    var members: [String: Slot]?
    var items: [Slot]?

    var resolved: TemplateValue {
        if let members { return .object(members.mapValues(\.resolved)) }
        if let items { return .list(items.map(\.resolved)) }
        return leaf
    }
}

private struct SlotEncoder: Encoder {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if slot.members == nil { slot.members = [:] }
        return KeyedEncodingContainer(KeyedSlots<Key>(slot: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if slot.items == nil { slot.items = [] }
        return ListSlots(slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { LeafSlot(slot: slot) }
}

private struct KeyedSlots<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    private func child(_ key: Key) -> Slot {
        let child = Slot()
        slot.members?[key.stringValue] = child
        return child
    }

    mutating func encode(_ value: String, forKey key: Key) throws { child(key).leaf = .string(value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).leaf = .bool(value) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { TemplateValueEncoder.encode(value, into: child(key)) }
    /// An absent optional is `false`, so `{{#if x}}` tests presence (the synthesized conformance
    /// would leave the key out, and the renderer refuses unknown names).
    mutating func encodeNil(forKey key: Key) throws { child(key).leaf = .bool(false) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { child(key).leaf = value.map { .string($0) } ?? .bool(false) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { child(key).leaf = .bool(value ?? false) }
    mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws {
        let child = child(key)
        if let value { TemplateValueEncoder.encode(value, into: child) }
    }

    /// Numbers, present or absent, are not a view model's: absent, the synthesized code would call
    /// these, and a missing key would be an unknown name in the template.
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int.self, at: key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { TemplateValueEncoder.unsupported(Double.self, at: key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int32.self, at: key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int64.self, at: key) }

    mutating func encode(_ value: Double, forKey key: Key) throws { TemplateValueEncoder.unsupported(Double.self, at: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { TemplateValueEncoder.unsupported(Float.self, at: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int.self, at: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int8.self, at: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int16.self, at: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int32.self, at: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { TemplateValueEncoder.unsupported(Int64.self, at: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { TemplateValueEncoder.unsupported(UInt.self, at: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { TemplateValueEncoder.unsupported(UInt8.self, at: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { TemplateValueEncoder.unsupported(UInt16.self, at: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { TemplateValueEncoder.unsupported(UInt32.self, at: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { TemplateValueEncoder.unsupported(UInt64.self, at: key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        SlotEncoder(slot: child(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: child(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TemplateValueEncoder.unsupported(Key.self) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TemplateValueEncoder.unsupported(Key.self, at: key) }
}

private struct ListSlots: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }
    var count: Int { slot.items?.count ?? 0 }

    private func next() -> Slot {
        let item = Slot()
        slot.items?.append(item)
        return item
    }

    mutating func encode(_ value: String) throws { next().leaf = .string(value) }
    mutating func encode(_ value: Bool) throws { next().leaf = .bool(value) }
    mutating func encode(_ value: some Encodable) throws { TemplateValueEncoder.encode(value, into: next()) }
    mutating func encodeNil() throws { next().leaf = .bool(false) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: next()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { SlotEncoder(slot: next()).unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { TemplateValueEncoder.unsupported(ListSlots.self) }
}

private struct LeafSlot: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    mutating func encode(_ value: String) throws { slot.leaf = .string(value) }
    mutating func encode(_ value: Bool) throws { slot.leaf = .bool(value) }
    mutating func encodeNil() throws { slot.leaf = .bool(false) }
    mutating func encode(_ value: some Encodable) throws { TemplateValueEncoder.encode(value, into: slot) }

    mutating func encode(_ value: Double) throws { TemplateValueEncoder.unsupported(Double.self) }
    mutating func encode(_ value: Float) throws { TemplateValueEncoder.unsupported(Float.self) }
    mutating func encode(_ value: Int) throws { TemplateValueEncoder.unsupported(Int.self) }
    mutating func encode(_ value: Int8) throws { TemplateValueEncoder.unsupported(Int8.self) }
    mutating func encode(_ value: Int16) throws { TemplateValueEncoder.unsupported(Int16.self) }
    mutating func encode(_ value: Int32) throws { TemplateValueEncoder.unsupported(Int32.self) }
    mutating func encode(_ value: Int64) throws { TemplateValueEncoder.unsupported(Int64.self) }
    mutating func encode(_ value: UInt) throws { TemplateValueEncoder.unsupported(UInt.self) }
    mutating func encode(_ value: UInt8) throws { TemplateValueEncoder.unsupported(UInt8.self) }
    mutating func encode(_ value: UInt16) throws { TemplateValueEncoder.unsupported(UInt16.self) }
    mutating func encode(_ value: UInt32) throws { TemplateValueEncoder.unsupported(UInt32.self) }
    mutating func encode(_ value: UInt64) throws { TemplateValueEncoder.unsupported(UInt64.self) }
}
