import Synchronization

/// Summarises identical log lines, so an outage does not flood the log with one line per failed
/// request (issue 13: 54 MB in 80 s at 3,000 requests/s).
///
/// The first occurrence of a line (level, logger, message and fields: everything but the
/// timestamp) is written as always and opens a window of `interval`; repeats inside the window
/// are only counted. When the window has ended, the next warning or error logged (any line,
/// through any `Logger` sharing this filter) writes one summary, "… (repeated N times in the last 10 s)",
/// and the line's next occurrence is written again and opens a new window. A quiet server may
/// therefore hold a count until something else is logged; `Logger.flushRepeated()` writes every
/// pending count, and `ServerMain` calls it at shutdown, so no count is lost. A count is never
/// carried into a line of its own: only lines that were suppressed are summarised.
///
/// Cheap on the hot path: one dictionary lookup under a lock, and a suppressed repeat costs no
/// timestamp and no system call. At most `capacity` distinct lines are tracked at once: when the
/// table is full, lines that have not repeated are dropped from it (they hold no count), and if
/// every tracked line is repeating, a new line is written unsummarised rather than growing it.
public final class RepeatedLogLines: Sendable {
    /// The filter every `Logger` uses unless given another (tests).
    public static let shared = RepeatedLogLines(interval: .seconds(10))

    let interval: Duration
    let capacity: Int
    private let state = Mutex(State())

    private struct State {
        var windows: [String: Window] = [:]
        /// The earliest end of a window, so calls before it skip the sweep.
        var nextEnd: ContinuousClock.Instant?
    }

    private struct Window {
        var opened: ContinuousClock.Instant
        var repeats: Int
        /// The line as first written, split so the summary can extend its message.
        var line: Line
    }

    /// A log line without its timestamp: `prefix` (level and logger), the message, and the
    /// formatted fields (each with its leading space).
    struct Line: Sendable {
        var prefix: String
        var message: String
        var fields: String

        var key: String { prefix + "\u{0}" + message + "\u{0}" + fields }
    }

    /// A summary to write: the suppressed line and how many times it came.
    struct Summary: Sendable {
        var line: Line
        var repeats: Int
        var span: Duration
    }

    init(interval: Duration, capacity: Int = 256) {
        self.interval = interval
        self.capacity = capacity
    }

    /// Decides about one occurrence of `line` at `now`: whether to write it, and the summaries
    /// of windows that have ended (to be written first).
    func admit(_ line: Line, now: ContinuousClock.Instant = .now) -> (write: Bool, summaries: [Summary]) {
        let key = line.key
        return state.withLock { state in
            let summaries = Self.endWindows(&state, interval: interval, now: now)
            if state.windows[key] != nil {
                state.windows[key]!.repeats += 1
                return (false, summaries)
            }
            if state.windows.count >= capacity {
                // Lines written once and not repeated (say, errors naming a request) only take
                // room: dropping them loses no count. Rare: only when the table is full.
                state.windows = state.windows.filter { $0.value.repeats > 0 }
            }
            if state.windows.count < capacity {
                state.windows[key] = Window(opened: now, repeats: 0, line: line)
                state.nextEnd = min(state.nextEnd ?? now + interval, now + interval)
            }
            return (true, summaries)
        }
    }

    /// Ends every window at once (shutdown): the summaries of the lines that were suppressed.
    func flush(now: ContinuousClock.Instant = .now) -> [Summary] {
        state.withLock { state in
            defer {
                state.windows.removeAll()
                state.nextEnd = nil
            }
            return state.windows.values.filter { $0.repeats > 0 }.map {
                Summary(line: $0.line, repeats: $0.repeats, span: min(now - $0.opened, interval))
            }
        }
    }

    /// Removes the windows that ended by `now`, returning the summaries of those with repeats.
    private static func endWindows(_ state: inout State, interval: Duration, now: ContinuousClock.Instant) -> [Summary] {
        guard let nextEnd = state.nextEnd, now >= nextEnd else { return [] }
        var summaries: [Summary] = []
        var earliest: ContinuousClock.Instant?
        for (key, window) in state.windows {
            let end = window.opened + interval
            if end <= now {
                if window.repeats > 0 { summaries.append(Summary(line: window.line, repeats: window.repeats, span: interval)) }
                state.windows[key] = nil
            } else {
                earliest = min(earliest ?? end, end)
            }
        }
        state.nextEnd = earliest
        return summaries
    }
}

extension RepeatedLogLines.Summary {
    /// "database error (repeated 9999 times in the last 10 s)".
    var message: String {
        let seconds = max(1, Int((Double(span.components.seconds) + Double(span.components.attoseconds) / 1e18).rounded()))
        return line.message + " (repeated \(repeats) times in the last \(seconds) s)"
    }
}
