import Foundation
import Synchronization

/// Compiled `pattern` regular expressions, compiled once per distinct pattern.
///
/// Generated code may build its fields per request, so compiling on every call would cost far
/// more than the match. Patterns come from the spec (trusted, few), never from requests.
final class PatternCache: Sendable {
    static let shared = PatternCache()

    private let compiled = Mutex<[String: Compiled]>([:])

    /// `NSRegularExpression` is immutable after creation and documented as safe to use from
    /// several threads at once, so sharing it across threads is sound.
    private struct Compiled: @unchecked Sendable {
        let expression: NSRegularExpression?
    }

    /// Searches `text` for `pattern`. An invalid pattern matches nothing (the generator rejects
    /// invalid patterns when it reads the spec, so this only guards against runtime misuse).
    func matches(_ pattern: String, _ text: String) -> Bool {
        guard let expression = expression(for: pattern) else { return false }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    private func expression(for pattern: String) -> NSRegularExpression? {
        if let cached = compiled.withLock({ $0[pattern] }) { return cached.expression }
        let expression = try? NSRegularExpression(pattern: pattern, options: [])
        compiled.withLock { $0[pattern] = Compiled(expression: expression) }
        return expression
    }
}
