import Foundation
import RuntimeDevelopment
import Synchronization

/// Kills every child process and stops every cluster the tests started, then deletes
/// `TestCluster.root`, at exit (XCTest on Linux ends with `exit`, which runs `atexit` handlers)
/// or when asked. `TODO_E2E_KEEP=1` keeps the files (server logs; the clusters are stopped
/// either way).
public enum TestCleanup {
    private static let processes = Mutex<Set<pid_t>>([])
    private static let clusters = Mutex<[String]>([])

    private static let installed: Bool = {
        atexit { TestCleanup.run() }
        return true
    }()

    /// A child process to kill at exit unless `removeProcess` says it has ended.
    public static func addProcess(_ pid: pid_t) {
        _ = installed
        processes.withLock { _ = $0.insert(pid) }
    }

    public static func removeProcess(_ pid: pid_t) {
        processes.withLock { _ = $0.remove(pid) }
    }

    /// A cluster directory to stop at exit (nothing happens if none runs there).
    static func addCluster(_ directory: String) {
        _ = installed
        clusters.withLock { $0.append(directory) }
    }

    public static func run() {
        for pid in processes.withLock({ $0 }) {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        processes.withLock { $0 = [] }
        for directory in clusters.withLock({ $0 }) {
            try? DevelopmentDatabase.stop(directory: directory, mode: "immediate")
        }
        clusters.withLock { $0 = [] }
        if ProcessInfo.processInfo.environment["TODO_E2E_KEEP"] == nil {
            removeTree(TestCluster.root)
        }
    }
}

/// Deletes a directory tree, retrying while a daemon that is still exiting (pgbouncer, postgres)
/// removes or writes files in it at the same time.
public func removeTree(_ directory: String) {
    for _ in 0..<20 {
        try? FileManager.default.removeItem(atPath: directory)
        guard FileManager.default.fileExists(atPath: directory) else { return }
        Thread.sleep(forTimeInterval: 0.05)
    }
}
