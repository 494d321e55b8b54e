import Foundation

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
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        defer { try? log.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(full.dropFirst())
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output.trimmingCharacters(in: .whitespacesAndNewlines))
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
