import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// Threads, thread-local keys, signals and the allocator.
extension Syscall {
    /// Processors online, for the default number of event loops.
    package static func onlineProcessorCount() -> Int {
        max(1, Int(Glibc.sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Gives the allocator's free pages back to the system (glibc keeps freed heap memory for
    /// reuse; after a spike of large buffers that can be gigabytes). Costs a walk of the heaps.
    package static func releaseFreeMemory() {
        _ = clinux_malloc_trim()
    }

    /// Starts a detached thread named `name` (at most 15 bytes show in `top -H` and `perf`)
    /// running `body`. The closure travels through pthread's `void *` argument as a retained
    /// box, released by the thread.
    package static func spawnThread(name: String, _ body: @escaping @Sendable () -> Void) throws(SyscallError) {
        final class Box: Sendable {
            let name: String
            let body: @Sendable () -> Void
            init(_ name: String, _ body: @escaping @Sendable () -> Void) {
                self.name = String(decoding: name.utf8.prefix(15), as: UTF8.self)
                self.body = body
            }
        }
        let argument = Unmanaged.passRetained(Box(name, body)).toOpaque()
        var thread = pthread_t()
        let result = Glibc.pthread_create(
            &thread, nil,
            { raw in
                guard let raw else { return nil }
                let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
                clinux_set_thread_name(box.name)
                box.body()
                return nil
            }, argument)
        guard result == 0 else {
            Unmanaged<Box>.fromOpaque(argument).release()
            throw SyscallError(call: "pthread_create", errno: result)
        }
        _ = Glibc.pthread_detach(thread)
    }

    /// A pthread thread-local key: one pointer per thread. Never deleted (made once per process).
    package struct ThreadLocalKey: Sendable {
        private let key: pthread_key_t

        /// nil when the process has run out of keys (1,024).
        package init?() {
            var key = pthread_key_t()
            guard Glibc.pthread_key_create(&key, nil) == 0 else { return nil }
            self.key = key
        }

        /// This thread's value, nil until set.
        package var value: UnsafeMutableRawPointer? {
            Glibc.pthread_getspecific(key)
        }

        /// Sets this thread's value (nil clears it). Fails only for a key that was never created.
        package func set(_ value: UnsafeMutableRawPointer?) {
            _ = Glibc.pthread_setspecific(key, value)
        }
    }

    // MARK: signals

    /// Installs `handler` for `signal` (BSD semantics: stays installed, restarts calls).
    package static func installSignalHandler(_ signal: Int32, _ handler: @escaping @convention(c) (Int32) -> Void) {
        _ = Glibc.signal(signal, handler)
    }

    package static func restoreDefaultSignalHandler(_ signal: Int32) {
        _ = Glibc.signal(signal, SIG_DFL)
    }
}
