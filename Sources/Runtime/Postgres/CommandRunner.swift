import Foundation
import Glibc

/// Runs a program to completion, for the development cluster's `initdb` and `pg_ctl`. Output goes
/// to a file rather than a pipe: `pg_ctl start` leaves a server running that could inherit a pipe
/// and keep it open forever.
enum CommandRunner {
    struct Failure: Error, CustomStringConvertible {
        var command: String
        var status: Int32
        var output: String
        var description: String { "\(command) exited with status \(status): \(output)" }
    }

    /// Runs `arguments[0]` with the rest as arguments, as the `postgres` user when `asPostgres`.
    /// Returns the exit status and the output; throws only when the program cannot be started.
    static func run(_ arguments: [String], asPostgres: Bool, logFile: String) throws -> (status: Int32, output: String) {
        let full = asPostgres ? [runuserPath, "-u", "postgres", "--"] + arguments : arguments
        guard let executable = full.first else { return (127, "empty command") }
        _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        let status = try spawnAndWait(executable, full, logFile: logFile)
        let output = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        return (status, output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// posix_spawn + waitpid rather than Foundation's `Process`: `Process.waitUntilExit` relies on
    /// a run loop that an async `main` does not spin, and then never reaps the child (seen here:
    /// the server hung at start-up with a defunct `runuser`).
    private static func spawnAndWait(_ executable: String, _ arguments: [String], logFile: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logFile, O_WRONLY | O_APPEND, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw Failure(command: executable, status: spawned, output: "cannot start: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(command: executable, status: errno, output: "waitpid failed") }
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Like `run`, but a non-zero status throws `Failure` with the output.
    static func check(_ arguments: [String], asPostgres: Bool, logFile: String) throws {
        let (status, output) = try run(arguments, asPostgres: asPostgres, logFile: logFile)
        guard status == 0 else {
            throw Failure(command: URL(fileURLWithPath: arguments.first ?? "").lastPathComponent, status: status, output: output)
        }
    }

    static var runuserPath: String {
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "/usr/sbin/runuser"
    }
}
