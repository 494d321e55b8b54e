import RuntimeSystem

/// Severity of a log line; `LOG_LEVEL` (debug, info, warning, error, off) sets the threshold.
public enum LogLevel: Int, Sendable, Comparable {
    case debug, info, warning, error, off

    public init?(name: String) {
        switch name.lowercased() {
        case "debug", "trace": self = .debug
        case "info": self = .info
        case "warning", "warn": self = .warning
        case "error", "critical": self = .error
        case "off", "none": self = .off
        default: return nil
        }
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    var name: String {
        switch self {
        case .debug: "debug"
        case .info: "info"
        case .warning: "warning"
        case .error: "error"
        case .off: "off"
        }
    }

    /// Read once: the environment does not change while the server runs.
    public static let fromEnvironment: LogLevel = {
        guard let raw = Syscall.environmentVariable("LOG_LEVEL") else { return .info }
        return LogLevel(name: raw) ?? .info
    }()
}

/// logfmt lines on stderr (`ts=… level=info logger=http msg="…" key=value`).
///
/// Each line goes out in one `write(2)`, which POSIX keeps whole for pipes up to PIPE_BUF and
/// which in practice keeps lines from interleaving between threads; no lock is needed for that.
/// Identical warnings and errors repeated within 10 s are counted instead of written, and
/// summarised in one line (`RepeatedLogLines`, shared by every logger): an outage must not flood
/// the log.
public struct Logger: Sendable {
    public var label: String
    public var level: LogLevel
    /// Counts repeated lines; shared by default, a test's own in tests.
    let repeats: RepeatedLogLines
    /// Where finished lines (newline included) go: standard error, or a test's collector.
    let output: @Sendable (String) -> Void

    public init(label: String, level: LogLevel = LogLevel.fromEnvironment) {
        self.init(label: label, level: level, repeats: .shared, output: Self.writeToStandardError)
    }

    init(label: String, level: LogLevel, repeats: RepeatedLogLines, output: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.level = level
        self.repeats = repeats
        self.output = output
    }

    public func isEnabled(_ level: LogLevel) -> Bool {
        level >= self.level && level != .off
    }

    public func debug(_ message: @autoclosure () -> String, _ fields: [(String, String)] = []) {
        log(.debug, message(), fields)
    }

    public func info(_ message: @autoclosure () -> String, _ fields: [(String, String)] = []) {
        log(.info, message(), fields)
    }

    public func warning(_ message: @autoclosure () -> String, _ fields: [(String, String)] = []) {
        log(.warning, message(), fields)
    }

    public func error(_ message: @autoclosure () -> String, _ fields: [(String, String)] = []) {
        log(.error, message(), fields)
    }

    public func log(_ level: LogLevel, _ message: @autoclosure () -> String, _ fields: [(String, String)] = []) {
        guard isEnabled(level) else { return }
        var formattedFields = ""
        for (key, value) in fields {
            formattedFields += " " + key + "=" + Self.quoted(value)
        }
        let line = RepeatedLogLines.Line(
            prefix: "level=" + level.name + " logger=" + Self.quoted(label), message: message(), fields: formattedFields)
        // Info and debug lines (the access log above all) are per-request records that carry a
        // request id and never repeat; they skip the filter and its lock.
        let (write, summaries) = level >= .warning ? repeats.admit(line) : (true, [])
        for summary in summaries { emit(summary) }
        if write { emit(line, message: line.message, extra: "") }
    }

    /// Writes the counts of every line repeated since it was last written (at shutdown, so that
    /// no count is lost; otherwise they are written by the first log call after their window).
    public func flushRepeated() {
        for summary in repeats.flush() { emit(summary) }
    }

    /// The suppressed line with its message extended by the count, and the count as a field.
    private func emit(_ summary: RepeatedLogLines.Summary) {
        emit(summary.line, message: summary.message, extra: " repeated=\(summary.repeats)")
    }

    private func emit(_ line: RepeatedLogLines.Line, message: String, extra: String) {
        output("ts=" + Timestamp.now().rfc3339 + " " + line.prefix + " msg=" + Self.quoted(message) + line.fields + extra + "\n")
    }

    @Sendable static func writeToStandardError(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { Syscall.writeToStandardError($0) }
    }

    /// logfmt quoting: bare when safe, otherwise a double-quoted string with escapes.
    static func quoted(_ value: String) -> String {
        let needsQuotes =
            value.isEmpty || value.utf8.contains { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "=") || $0 == 0x7F }
        guard needsQuotes else { return value }
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
