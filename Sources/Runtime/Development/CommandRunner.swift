import Foundation
import RuntimeSystem

/// Runs a program to completion, for the development cluster's `initdb` and `pg_ctl`.
///
/// `posix_spawn` + `waitpid` rather than Foundation's `Process`, whose child monitoring on Linux
/// can miss the exit of a child that leaves a daemon behind (`pg_ctl start`) and then waits
/// forever. Output goes to a file rather than a pipe: the server `pg_ctl` starts could inherit a
/// pipe and hold it open.
package enum CommandRunner {
    package struct Failure: Error, CustomStringConvertible {
        package var command: String
        package var status: Int32
        package var output: String
        package var description: String { "\(command) exited with status \(status): \(output)" }
    }

    /// Runs `arguments[0]` (an absolute path) with the rest as arguments, as the `postgres` user
    /// when `asPostgres`, with this process's environment plus `environment` (which wins; `runuser`
    /// without `-l` passes it on). Returns the exit status and the output; throws only when it
    /// cannot start.
    package static func run(
        _ arguments: [String], asPostgres: Bool, logFile: String, environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String) {
        let full = asPostgres ? [runuserPath, "-u", "postgres", "--"] + arguments : arguments
        let status = try spawnAndWait(full, outputPath: logFile, environment: environment)
        let output = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        return (status, output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Like `run`, but a non-zero status throws `Failure` with the output.
    package static func check(_ arguments: [String], asPostgres: Bool, logFile: String, environment: [String: String] = [:]) throws {
        let (status, output) = try run(arguments, asPostgres: asPostgres, logFile: logFile, environment: environment)
        guard status == 0 else {
            throw Failure(command: URL(fileURLWithPath: arguments.first ?? "").lastPathComponent, status: status, output: output)
        }
    }

    package static var runuserPath: String {
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "/usr/sbin/runuser"
    }

    /// Spawns with stdin from /dev/null and stdout+stderr truncating `outputPath`, then waits.
    private static func spawnAndWait(_ arguments: [String], outputPath: String, environment: [String: String]) throws -> Int32 {
        guard let executable = arguments.first else { throw Failure(command: "", status: 127, output: "empty command") }
        let inherited = ProcessInfo.processInfo.environment.filter { environment[$0.key] == nil }
        let variables = inherited.merging(environment) { _, added in added }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let pid: pid_t
        do {
            pid = try Syscall.spawn(arguments, environment: variables, outputPath: outputPath)
        } catch {
            throw Failure(command: executable, status: 127, output: "cannot start: \(error.reason)")
        }
        do {
            return try Syscall.waitForExit(pid)
        } catch {
            throw Failure(command: executable, status: 127, output: String(describing: error))
        }
    }
}
