/// The loop's connections in the order they started waiting for a request, oldest first, as
/// (id, `readyAt`) pairs.
///
/// Entries are never removed when a connection closes or gets busy; they are skipped when
/// popped (the caller checks the connection still waits since that time), and `compact` drops
/// them in bulk once stale entries outnumber live connections, so every operation is amortised
/// O(1) and the queue stays within a small multiple of the connection count.
struct EvictionQueue {
    private var entries: [(id: UInt64, since: Int64)] = []
    private var head = 0

    var count: Int { entries.count - head }

    mutating func append(_ connection: Connection) {
        entries.append((connection.id, connection.readyAt))
    }

    mutating func popFirst() -> (id: UInt64, since: Int64)? {
        guard head < entries.count else { return nil }
        defer {
            head += 1
            if head == entries.count {
                entries.removeAll(keepingCapacity: true)
                head = 0
            }
        }
        return entries[head]
    }

    /// Keeps only the entries `isCurrent` accepts, once the queue holds more than twice the
    /// live connections (plus slack, so a small loop does not compact on every response).
    mutating func compact(liveCount: Int, isCurrent: (UInt64, Int64) -> Bool) {
        guard count > 2 * liveCount + 256 else { return }
        entries = entries[head...].filter { isCurrent($0.id, $0.since) }
        head = 0
    }
}
