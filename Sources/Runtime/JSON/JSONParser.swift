/// Strict RFC 8259 JSON parser over raw request bytes.
///
/// Strict on purpose: whatever it accepts is stored in Postgres or trusted as a token claim, so
/// it rejects everything RFC 8259 does not define (trailing commas, leading zeros, comments,
/// `NaN`, a BOM, bytes after the value) plus what the RFC leaves open but we cannot store or
/// compare safely: invalid UTF-8 (overlongs, UTF-8-encoded surrogates), unpaired `\u` surrogate
/// escapes, duplicate object keys, nesting deeper than `maxDepth`, numbers longer than
/// `maxNumberLength` characters.
public enum JSONParser {
    /// Nesting limit used by the server; a depth bomb fails fast instead of using the stack.
    public static let defaultMaxDepth = 64
    /// Upper bound on any `maxDepth` argument: recursion uses a few hundred bytes of stack per
    /// level, and handlers may run on threads with small stacks.
    public static let maxDepthLimit = 256
    /// Longest accepted number literal: enough for any NUMERIC, far from a CPU-burning bignum.
    public static let maxNumberLength = 100

    /// Parses one complete document (any JSON value, surrounded only by RFC whitespace).
    /// `maxDepth` counts nested arrays/objects (`[[1]]` has depth 2) and is capped at `maxDepthLimit`.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer, maxDepth: min(max(0, maxDepth), maxDepthLimit))
            do throws(JSONSyntaxError) {
                return .success(try scanner.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses UTF-8 text; convenience for tests and for token segments.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }
}
