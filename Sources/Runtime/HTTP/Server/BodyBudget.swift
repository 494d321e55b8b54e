import Synchronization

/// Bytes of request bodies the server holds at once, across every connection and loop: a body
/// is counted from its head until its response is written (so a slow handler keeps counting),
/// and a request that would go over is answered 503 before its body is read.
///
/// Without it each of the 10,000 allowed connections could hold a whole 1 MiB body while
/// sending it one byte every few seconds (~10 GiB). The first `smallAllowance` bytes of each
/// body count against `limit` only; the rest also against `largeLimit` (half the budget), so
/// slow large uploads can never take the room that ordinary small JSON bodies need.
final class BodyBudget: Sendable {
    /// A body's bytes up to this many are "small".
    static let smallAllowance = 64 * 1024

    let limit: Int
    let largeLimit: Int
    private let held = Atomic<Int>(0)
    private let heldLarge = Atomic<Int>(0)

    init(limit: Int) {
        precondition(limit > 0, "the body budget must be positive")
        self.limit = limit
        largeLimit = limit / 2
    }

    /// What a body of `bytes` counts: (all of it, the part beyond the small allowance).
    static func parts(of bytes: Int) -> (total: Int, large: Int) {
        (bytes, max(0, bytes - smallAllowance))
    }

    /// Counts `total` more bytes, `large` of them beyond a body's small allowance; false (and
    /// nothing counted) when either limit would be exceeded.
    func reserve(total: Int, large: Int) -> Bool {
        precondition(total >= large && large >= 0, "a reservation's large part is within it")
        if large > 0, heldLarge.wrappingAdd(large, ordering: .relaxed).newValue > largeLimit {
            heldLarge.wrappingSubtract(large, ordering: .relaxed)
            return false
        }
        if held.wrappingAdd(total, ordering: .relaxed).newValue > limit {
            held.wrappingSubtract(total, ordering: .relaxed)
            if large > 0 { heldLarge.wrappingSubtract(large, ordering: .relaxed) }
            return false
        }
        return true
    }

    func release(total: Int, large: Int) {
        held.wrappingSubtract(total, ordering: .relaxed)
        heldLarge.wrappingSubtract(large, ordering: .relaxed)
    }

    var heldBytes: Int { held.load(ordering: .relaxed) }
}
