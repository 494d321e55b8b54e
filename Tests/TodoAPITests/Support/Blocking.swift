import Dispatch
import Foundation

/// A value set once by another thread and read after a semaphore says so.
final class LockedBox<T>: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value: T

    init(_ value: T) { self.value = value }

    func set(_ newValue: T) { lock.withLock { value = newValue } }
    func update(_ body: (inout T) -> Void) { lock.withLock { body(&value) } }
    var current: T { lock.withLock { value } }
}

/// Runs async work (Postgres admin calls) from a synchronous test. Safe because the tests run
/// on XCTest's own thread, never on the cooperative pool the task runs on.
func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = LockedBox<Result<T, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task {
        do {
            box.set(.success(try await body()))
        } catch {
            box.set(.failure(error))
        }
        done.signal()
    }
    done.wait()
    guard let result = box.current else { throw HTTPClientError(description: "async work produced no result") }
    return try result.get()
}

/// Runs `body(0..<count)` on `count` threads at once (not a pool: every call may block on a
/// socket) and returns the results in index order.
func concurrently<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) -> [Result<T, any Error>] {
    let results = LockedBox<[Int: Result<T, any Error>]>([:])
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            let result: Result<T, any Error>
            do {
                result = .success(try body(index))
            } catch {
                result = .failure(error)
            }
            results.update { $0[index] = result }
            group.leave()
        }.start()
    }
    group.wait()
    let all = results.current
    return (0..<count).map { all[$0] ?? .failure(HTTPClientError(description: "thread \($0) produced nothing")) }
}
