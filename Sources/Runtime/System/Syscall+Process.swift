import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// Child processes, users and file ownership: what the development database needs.
extension Syscall {
    /// Starts `arguments[0]` (a path) with `arguments` as its argv and `environment`
    /// (`NAME=value` strings) as its whole environment; stdin from /dev/null, stdout and stderr
    /// truncating `outputPath`, in `workingDirectory` when given. The child starts with no signal
    /// blocked and every handler at its default: the calling thread may be a dispatch worker,
    /// which blocks most signals, and a daemon the child leaves behind (pgbouncer, postgres) could
    /// not be stopped otherwise.
    package static func spawn(
        _ arguments: [String], environment: [String], outputPath: String, workingDirectory: String? = nil
    ) throws(SyscallError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        if let workingDirectory { posix_spawn_file_actions_addchdir_np(&actions, workingDirectory) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = cStrings(arguments)
        defer { for pointer in argv { free(pointer) } }
        let envp = cStrings(environment)
        defer { for pointer in envp { free(pointer) } }
        var pid = pid_t()
        // posix_spawn returns its error instead of setting errno, and does not fail with EINTR.
        let result = posix_spawn(&pid, arguments.first ?? "", &actions, &attributes, argv, envp)
        guard result == 0 else { throw SyscallError(call: "posix_spawn", errno: result) }
        return pid
    }

    /// Waits for child `pid` to end, retrying EINTR: its exit status, or 128 + the signal number
    /// that ended it (as a shell reports it).
    package static func waitForExit(_ pid: pid_t) throws(SyscallError) -> Int32 {
        var status: Int32 = 0
        _ = try retrying("waitpid") { Glibc.waitpid(pid, &status, 0) }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// A NULL-terminated array of `strdup`ed copies, for argv and envp; the caller frees them.
    private static func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] {
        strings.map { strdup($0) } + [nil]
    }

    /// The value of environment variable `name` (`getenv`), nil when it is unset.
    package static func environmentVariable(_ name: String) -> String? {
        Glibc.getenv(name).map { String(cString: $0) }
    }

    /// Whether this process runs as root (effective user id 0).
    package static var isRoot: Bool { Glibc.geteuid() == 0 }

    /// The user and group id of account `name`, nil when there is no such account.
    package static func account(named name: String) -> (uid: uid_t, gid: gid_t)? {
        var entry = passwd()
        var found: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        // getpwnam_r rather than getpwnam: the result lives in our buffer, not in static memory
        // another thread's lookup could overwrite.
        guard Glibc.getpwnam_r(name, &entry, &buffer, buffer.count, &found) == 0, found != nil else { return nil }
        return (entry.pw_uid, entry.pw_gid)
    }

    package static func changeOwner(_ path: String, uid: uid_t, gid: gid_t) throws(SyscallError) {
        _ = try retrying("chown") { Glibc.chown(path, uid, gid) }
    }

    /// The permission bits and type of `path` (`st_mode`), nil when it cannot be examined.
    package static func fileMode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode : nil
    }

    package static func changeMode(_ path: String, _ mode: mode_t) throws(SyscallError) {
        _ = try retrying("chmod") { Glibc.chmod(path, mode) }
    }
}
