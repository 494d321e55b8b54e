#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        guard let raw = getenv("LOG_LEVEL") else { return .info }
        return LogLevel(name: String(cString: raw)) ?? .info
    }()
}

/// logfmt lines on stderr (`ts=… level=info logger=http msg="…" key=value`).
///
/// Each line goes out in one `write(2)`, which POSIX keeps whole for pipes up to PIPE_BUF and
/// which in practice keeps lines from interleaving between threads; no lock is needed.
public struct Logger: Sendable {
    public var label: String
    public var level: LogLevel

    public init(label: String, level: LogLevel = LogLevel.fromEnvironment) {
        self.label = label
        self.level = level
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
        var line = "ts=" + Timestamp.now().rfc3339 + " level=" + level.name + " logger=" + Self.quoted(label)
        line += " msg=" + Self.quoted(message())
        for (key, value) in fields {
            line += " " + key + "=" + Self.quoted(value)
        }
        line += "\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// logfmt quoting: bare when safe, otherwise a double-quoted string with escapes.
    static func quoted(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.utf8.contains { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "=") || $0 == 0x7F }
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
