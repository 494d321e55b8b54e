/// An object key encoded once, quoted and escaped with its colon (`"due_at":`), for writers that
/// write the same keys for every row of a list (`RowJSONLayout`).
public struct JSONKey: Sendable {
    let encoded: [UInt8]

    public init(_ name: String) {
        var writer = JSONWriter(capacity: name.utf8.count + 3)
        writer.key(name)
        encoded = writer.bytes
    }
}
