/// Finds repeated keys while an object is parsed.
///
/// Duplicate keys are rejected because RFC 8259 leaves their meaning open and parsers disagree
/// (first wins, last wins): a body must not mean one thing to a proxy and another to us.
/// Small objects use a linear scan over the members already parsed; large ones switch to a set
/// so that a hostile object with many keys stays linear-time.
struct DuplicateKeyDetector {
    private static let linearLimit = 16
    private var seen: Set<String>?

    /// Records `key`; false if it was already present. `existing` are the members parsed so far.
    mutating func insert(_ key: String, existing: [(key: String, value: JSONValue)]) -> Bool {
        if seen == nil, existing.count < Self.linearLimit {
            return !existing.contains { $0.key == key }
        }
        if seen == nil {
            seen = Set(existing.map(\.key))
        }
        return seen?.insert(key).inserted ?? false
    }
}
