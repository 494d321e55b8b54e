import Synchronization
import XCTest

@testable import RuntimeCore

/// Issue 13 (11): an outage logged one warning per failed request (54 MB in 80 s). Identical
/// lines are now written once per window and summarised with their count.
final class RepeatedLogLinesTests: XCTestCase {
    /// A logger whose lines are collected instead of written to stderr, with its own filter.
    private func collectingLogger(interval: Duration, capacity: Int = 256) -> (Logger, CollectedLines) {
        let lines = CollectedLines()
        let repeats = RepeatedLogLines(interval: interval, capacity: capacity)
        let logger = Logger(label: "postgres", level: .info, repeats: repeats) { lines.append($0) }
        return (logger, lines)
    }

    private static let failure: [(String, String)] = [("statement", "tasks_list"), ("kind", "poolTimeout")]

    func testTenThousandIdenticalFailuresWriteTheFirstAndOneSummary() {
        let (logger, lines) = collectingLogger(interval: .seconds(10))
        for _ in 0..<10_000 { logger.warning("database error", Self.failure) }
        XCTAssertEqual(lines.all.count, 1, "only the first occurrence is written at once")
        logger.warning("connect failed", [("slot", "3")])
        XCTAssertEqual(lines.all.count, 2, "a different line is written at once")
        XCTAssertTrue(lines.all[1].contains(#"msg="connect failed" slot=3"#))
        logger.flushRepeated()
        let all = lines.all
        XCTAssertEqual(all.count, 3, "\(all)")
        XCTAssertTrue(all[0].contains(#"level=warning logger=postgres msg="database error" statement=tasks_list kind=poolTimeout"#), all[0])
        XCTAssertTrue(all[2].contains(#"msg="database error (repeated 9999 times in the last "#), all[2])
        XCTAssertTrue(all[2].hasSuffix(" statement=tasks_list kind=poolTimeout repeated=9999\n"), all[2])
        logger.flushRepeated()
        XCTAssertEqual(lines.all.count, 3, "a count is written once")
    }

    /// After its window, the next log call writes the count, and the line's next occurrence is
    /// written in full again: during a long outage, two lines per window.
    func testTheCountIsWrittenWhenTheWindowEnds() async throws {
        let (logger, lines) = collectingLogger(interval: .milliseconds(200))
        for _ in 0..<500 { logger.warning("database error", Self.failure) }
        try await Task.sleep(for: .milliseconds(300))
        logger.warning("database error", Self.failure)
        let all = lines.all
        XCTAssertEqual(all.count, 3, "\(all)")
        XCTAssertTrue(all[1].contains("(repeated 499 times in the last 1 s)") && all[1].contains("repeated=499"), all[1])
        XCTAssertTrue(all[2].contains(#"msg="database error" statement=tasks_list kind=poolTimeout"#), all[2])
        XCTAssertFalse(all[2].contains("repeated"), all[2])
    }

    /// Lines that never repeat (errors naming a request) must not crowd a later flood out of
    /// the table; info lines (the access log) are not filtered at all.
    func testUniqueLinesDoNotDisableTheSummary() {
        let (logger, lines) = collectingLogger(interval: .seconds(10), capacity: 4)
        for request in 0..<10 { logger.error("unhandled error in handler", [("request_id", String(request))]) }
        for _ in 0..<100 { logger.warning("database error", Self.failure) }
        for _ in 0..<3 { logger.info("request", [("status", "503")]) }
        XCTAssertEqual(lines.all.count, 10 + 1 + 3)
        logger.flushRepeated()
        XCTAssertTrue(lines.all.last?.contains("repeated=99") ?? false, "\(lines.all)")
    }

    /// Loggers on many threads at once: every occurrence is either written or counted.
    func testConcurrentRepeatsAreAllCounted() async {
        let (logger, lines) = collectingLogger(interval: .seconds(10))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<1_000 { logger.error("database unavailable") } }
            }
        }
        logger.flushRepeated()
        let all = lines.all
        XCTAssertEqual(all.count, 2, "\(all)")
        XCTAssertTrue(all.last?.contains("repeated=7999") ?? false, "\(all)")
    }
}

/// Log lines a test's logger wrote, from any thread.
private final class CollectedLines: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var all: [String] { lines.withLock { $0 } }
}
