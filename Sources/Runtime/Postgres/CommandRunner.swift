import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion, for the development cluster's `initdb` and `pg_ctl`.
///
/// `posix_spawn` + `waitpid` rather than Foundation's `Process`, whose child monitoring on Linux
/// can miss the exit of a child that leaves a daemon behind (`pg_ctl start`) and then waits
/// forever. Output goes to a file rather than a pipe: the server `pg_ctl` starts could inherit a
/// pipe and hold it open.
enum CommandRunner {
    struct Failure: Error, CustomStringConvertible {
        var command: String
        var status: Int32
        var output: String
        var description: String { "\(command) exited with status \(status): \(output)" }
    }

    /// Runs `arguments[0]` (an absolute path) with the rest as arguments, as the `postgres` user
    /// when `asPostgres`, with this process's environment plus `environment` (which wins; `runuser`
    /// without `-l` passes it on). Returns the exit status and the output; throws only when it
    /// cannot start.
    static func run(
        _ arguments: [String], asPostgres: Bool, logFile: String, environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String) {
        let full = asPostgres ? [runuserPath, "-u", "postgres", "--"] + arguments : arguments
        let status = try spawnAndWait(full, outputPath: logFile, environment: environment)
        let output = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        return (status, output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Like `run`, but a non-zero status throws `Failure` with the output.
    static func check(_ arguments: [String], asPostgres: Bool, logFile: String, environment: [String: String] = [:]) throws {
        let (status, output) = try run(arguments, asPostgres: asPostgres, logFile: logFile, environment: environment)
        guard status == 0 else {
            throw Failure(command: URL(fileURLWithPath: arguments.first ?? "").lastPathComponent, status: status, output: output)
        }
    }

    static var runuserPath: String {
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "/usr/sbin/runuser"
    }

    /// Spawns with stdin from /dev/null and stdout+stderr truncating `outputPath`, then waits.
    private static func spawnAndWait(_ arguments: [String], outputPath: String, environment: [String: String]) throws -> Int32 {
        guard let executable = arguments.first else { throw Failure(command: "", status: 127, output: "empty command") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // The calling thread may be a dispatch worker, which blocks most signals; a child would
        // inherit that mask and a daemon it leaves (pgbouncer, postgres) could not be stopped.
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
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let inherited = ProcessInfo.processInfo.environment.filter { environment[$0.key] == nil }
        let envp: [UnsafeMutablePointer<CChar>?] =
            inherited.merging(environment) { _, added in added }.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(command: executable, status: 127, output: "cannot start: \(String(cString: strerror(spawned)))")
        }
        return try waitForExit(pid, command: executable)
    }

    /// `waitpid`, retried on EINTR; the exit status, or 128 + signal number.
    private static func waitForExit(_ pid: pid_t, command: String) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else {
                throw Failure(command: command, status: 127, output: "waitpid failed: \(String(cString: strerror(errno)))")
            }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
