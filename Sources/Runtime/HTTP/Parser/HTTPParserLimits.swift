/// Size limits the request parser enforces. Defaults follow the server contract: a request target
/// over 8 KiB is 414, a header section over 16 KiB or 100 fields is 431, a body over 1 MiB is 413.
public struct HTTPParserLimits: Sendable, Equatable {
    /// Longest request-target accepted, in bytes.
    public var maxTargetLength: Int
    /// Largest header section (everything after the request line), in bytes; trailers count too.
    public var maxHeaderBytes: Int
    /// Most header fields in one request (trailer fields count too).
    public var maxHeaderCount: Int
    /// Largest body accepted; exactly this many bytes is still fine.
    public var maxBodySize: Int
    /// Longest chunk-size line (size plus extensions); bounds chunk-extension abuse.
    public var maxChunkLineLength: Int
    /// Most chunk-extension bytes in one body, summed over all chunks.
    public var maxChunkExtensionBytes: Int

    public init(
        maxTargetLength: Int = 8192,
        maxHeaderBytes: Int = 16384,
        maxHeaderCount: Int = 100,
        maxBodySize: Int = 1_048_576,
        maxChunkLineLength: Int = 1024,
        maxChunkExtensionBytes: Int = 4096
    ) {
        self.maxTargetLength = maxTargetLength
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodySize = maxBodySize
        self.maxChunkLineLength = maxChunkLineLength
        self.maxChunkExtensionBytes = maxChunkExtensionBytes
    }
}
