import Dispatch
import Foundation
import Synchronization

/// A few dedicated threads for CPU-heavy work (Argon2id), so that it never occupies the Swift
/// concurrency pool (two threads on a two-core box) nor an HTTP event loop.
///
/// Fixed width = at most that many hashes at once, which also bounds Argon2's memory
/// (64 MiB each). Work is spread round-robin over serial dispatch queues; dispatch gives each
/// busy queue its own thread, independent of the cooperative pool.
enum CPUWorkQueue {
    static let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
    private static let queues = (0..<width).map { DispatchQueue(label: "runtime.auth.cpu.\($0)", qos: .userInitiated) }
    private static let next = Atomic<Int>(0)

    /// Runs `work` on one of the queues and resumes the caller with its result.
    static func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let ticket = next.wrappingAdd(1, ordering: .relaxed).oldValue
        let queue = queues[(ticket % width + width) % width]
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(E) {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
