import Dispatch
import Foundation
import RuntimeCore
import Synchronization

/// A few dedicated threads for CPU-heavy work (Argon2id), so that it never occupies the Swift
/// concurrency pool (two threads on a two-core box) nor an HTTP event loop.
///
/// Fixed width = at most that many hashes at once, which also bounds Argon2's memory
/// (64 MiB each). Jobs wait in one queue, oldest first; each of `width` serial dispatch queues
/// (dispatch gives each busy one its own thread, independent of the cooperative pool) takes the
/// oldest waiting job when it is free.
///
/// Bounded: at most `capacity` jobs waiting or running. Beyond it a job is refused at once with
/// 503 and `Retry-After` (a burst of logins would otherwise queue minutes of hashing ahead of
/// everyone: 1,000 abandoned logins once cost ~78 CPU-seconds and made a real login wait 39 s).
/// A job whose client has gone (`ClientPresence`) is never run: it is skipped when its turn
/// comes, and waiting ones are dropped to make room when the queue is full. So a login that
/// arrives after any burst waits for at most `capacity / width` hashes of clients still there.
enum CPUWorkQueue {
    static let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
    static let capacity = width * 16

    private struct Job: Sendable {
        let presence: ClientPresence?
        let run: @Sendable () -> Void
        let skip: @Sendable () -> Void
    }

    private struct State {
        var waiting: [Job] = []
        var running = 0
    }

    private static let queues = (0..<width).map { DispatchQueue(label: "runtime.auth.cpu.\($0)", qos: .userInitiated) }
    private static let next = Atomic<Int>(0)
    private static let state = Mutex(State())
    private static let skipped = Atomic<Int>(0)

    static let overloaded = HTTPError(
        status: 503, detail: "Too many password checks in progress; try again shortly",
        headers: HTTPHeaders([("Retry-After", "1")])
    )
    static let clientGone = HTTPError(status: 503, detail: "The client closed the connection before its turn")

    /// Jobs not run because their client had gone (for tests and diagnostics).
    static var skippedCount: Int { skipped.load(ordering: .relaxed) }

    /// Runs `work` on one of the queues and resumes the caller with its result. Throws
    /// `overloaded` when `capacity` jobs of present clients are already waiting or running, and
    /// `clientGone` when the request's client left before the job's turn (the work is not done).
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let presence = ClientPresence.current
        return try await withCheckedThrowingContinuation { continuation in
            let job = Job(
                presence: presence,
                run: { continuation.resume(with: Result { try work() }) },
                skip: { continuation.resume(throwing: clientGone) }
            )
            let (admitted, dropped) = state.withLock { state -> (Bool, [Job]) in
                var dropped: [Job] = []
                if state.waiting.count + state.running >= capacity {
                    dropped = state.waiting.filter { $0.presence?.isGone == true }
                    state.waiting.removeAll { $0.presence?.isGone == true }
                }
                guard state.waiting.count + state.running < capacity else { return (false, dropped) }
                state.waiting.append(job)
                return (true, dropped)
            }
            skipped.wrappingAdd(dropped.count, ordering: .relaxed)
            for job in dropped { job.skip() }
            guard admitted else {
                continuation.resume(throwing: overloaded)
                return
            }
            let ticket = next.wrappingAdd(1, ordering: .relaxed).oldValue
            queues[(ticket % width + width) % width].async(execute: runOldest)
        }
    }

    /// Runs the oldest waiting job, if any (one is scheduled per admitted job; a job dropped
    /// meanwhile leaves one of these with nothing to do).
    private static func runOldest() {
        let job = state.withLock { state -> Job? in
            guard !state.waiting.isEmpty else { return nil }
            state.running += 1
            return state.waiting.removeFirst()
        }
        guard let job else { return }
        defer { state.withLock { $0.running -= 1 } }
        if job.presence?.isGone == true {
            skipped.wrappingAdd(1, ordering: .relaxed)
            job.skip()
        } else {
            job.run()
        }
    }
}
