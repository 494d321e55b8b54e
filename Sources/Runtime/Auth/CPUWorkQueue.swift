import Dispatch
import Foundation
import RuntimeCore
import Synchronization

/// A few dedicated threads for CPU-heavy work (Argon2id), so that it never occupies the Swift
/// concurrency pool (two threads on a two-core box) nor an HTTP event loop.
///
/// Fixed width = at most that many hashes at once, which also bounds Argon2's memory
/// (64 MiB each). Work is spread round-robin over serial dispatch queues; dispatch gives each
/// busy queue its own thread, independent of the cooperative pool.
///
/// Bounded: at most `capacity` jobs queued or running. Beyond it a job is refused at once with
/// 503 and `Retry-After` (a burst of logins would otherwise queue minutes of hashing ahead of
/// everyone; 1,000 abandoned logins once cost ~78 CPU-seconds and a real login 39 s). A queued
/// job whose client has gone (`ClientPresence`) is skipped when its turn comes. Together these
/// bound the wait of a login that arrives after any burst to `capacity / width` hashes.
enum CPUWorkQueue {
    static let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
    static let capacity = width * 16
    private static let queues = (0..<width).map { DispatchQueue(label: "runtime.auth.cpu.\($0)", qos: .userInitiated) }
    private static let next = Atomic<Int>(0)
    private static let inFlight = Atomic<Int>(0)
    private static let skipped = Atomic<Int>(0)

    static let overloaded = HTTPError(
        status: 503, detail: "Too many password checks in progress; try again shortly",
        headers: HTTPHeaders([("Retry-After", "1")])
    )
    static let clientGone = HTTPError(status: 503, detail: "The client closed the connection before its turn")

    /// Jobs skipped because their client had gone (for tests and diagnostics).
    static var skippedCount: Int { skipped.load(ordering: .relaxed) }

    /// Runs `work` on one of the queues and resumes the caller with its result. Throws
    /// `overloaded` when `capacity` jobs are already queued or running, and `clientGone` when
    /// the request's client left before the job's turn (the work is not done).
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard inFlight.wrappingAdd(1, ordering: .relaxed).newValue <= capacity else {
            inFlight.wrappingSubtract(1, ordering: .relaxed)
            throw overloaded
        }
        let presence = ClientPresence.current
        let ticket = next.wrappingAdd(1, ordering: .relaxed).oldValue
        let queue = queues[(ticket % width + width) % width]
        let result: Result<T, any Error> = await withCheckedContinuation { continuation in
            queue.async {
                defer { inFlight.wrappingSubtract(1, ordering: .relaxed) }
                if presence?.isGone == true {
                    skipped.wrappingAdd(1, ordering: .relaxed)
                    continuation.resume(returning: .failure(clientGone))
                    return
                }
                continuation.resume(returning: Result { try work() })
            }
        }
        return try result.get()
    }
}
