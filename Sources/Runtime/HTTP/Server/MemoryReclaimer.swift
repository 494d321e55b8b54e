import RuntimeSystem
import Synchronization

/// Returns memory to the system after a spike, so a process that served a burst of large or
/// slow requests shrinks back to near its baseline within about a second of the burst ending.
///
/// glibc's allocator keeps what it freed for reuse; after thousands of connections each held a
/// large buffer, the freed memory stayed resident (2.1 GB measured, against a 31 MB baseline)
/// until `malloc_trim` gave it back. Loops report the large buffers they free (`noteReleased`);
/// their periodic sweep calls `reclaimIfDue`, which trims once enough was freed and at most once
/// a second, so a steady load pays nothing and a spike's memory is returned promptly.
final class MemoryReclaimer: Sendable {
    /// Freed bytes that make a trim worth its cost (a walk of the heaps, well under a millisecond
    /// for a small heap).
    static let threshold = 4 * 1_048_576
    static let minimumInterval: Int64 = 1000

    private let released = Atomic<Int>(0)
    private let lastTrim = Atomic<Int64>(0)
    private let trims = Atomic<Int>(0)

    /// Records that buffers of about `bytes` were freed. Small ones are not worth counting.
    func noteReleased(_ bytes: Int) {
        guard bytes >= 16 * 1024 else { return }
        released.wrappingAdd(bytes, ordering: .relaxed)
    }

    /// Trims when enough was freed since the last trim, at most once per `minimumInterval`
    /// across all loops (the first loop whose sweep sees it due does it).
    func reclaimIfDue(now: Int64) {
        guard released.load(ordering: .relaxed) >= Self.threshold else { return }
        let last = lastTrim.load(ordering: .relaxed)
        guard now - last >= Self.minimumInterval,
            lastTrim.compareExchange(expected: last, desired: now, ordering: .relaxed).exchanged
        else { return }
        released.store(0, ordering: .relaxed)
        Syscall.releaseFreeMemory()
        trims.wrappingAdd(1, ordering: .relaxed)
    }

    /// How many trims ran (for tests and diagnostics).
    var trimCount: Int { trims.load(ordering: .relaxed) }
}
