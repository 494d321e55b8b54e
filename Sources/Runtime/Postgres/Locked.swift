import Foundation

/// A value guarded by a pthread mutex (`NSLock`), with `Mutex`'s `withLock` shape.
///
/// Used instead of `Synchronization.Mutex` because ThreadSanitizer does not see `Mutex`'s raw
/// futex on Linux and reports every access under it as a race, which would hide real races in
/// the pool; a pthread mutex is intercepted, so `swift test --sanitize=thread` stays meaningful.
///
/// `@unchecked Sendable`: `value` is only read or written inside `withLock`, under `lock`.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
