/// Why a document is not acceptable JSON, and where.
///
/// The message names the rule that failed ("invalid UTF-8", "duplicate key") and never quotes
/// the input, so it is safe to log.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset into the document where the problem was detected.
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(message) at byte \(offset)" }
}
