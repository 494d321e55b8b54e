import RuntimeCore
import RuntimeSystem

/// One info-level line per request: method, path, status, body bytes, duration, request id.
enum AccessLog {
    static func record(
        _ logger: Logger, method: String, path: String, status: Int, bytes: Int, startedAt: UInt64, requestID: String
    ) {
        guard logger.isEnabled(.info) else { return }
        let micros = (Syscall.monotonicNanoseconds() &- startedAt) / 1000
        let fraction = String(micros % 1000)
        let duration = String(micros / 1000) + "." + String(repeating: "0", count: 3 - fraction.utf8.count) + fraction
        logger.info(
            "request",
            [
                ("method", method), ("path", path), ("status", String(status)), ("bytes", String(bytes)),
                ("duration_ms", duration), ("request_id", requestID),
            ])
    }
}
