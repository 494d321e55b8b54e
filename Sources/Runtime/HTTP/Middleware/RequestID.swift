/// Short request ids for the access log and `X-Request-ID`. One generator per event loop:
/// a random seed drawn once, then a counter scrambled with SplitMix64, so ids are unpredictable
/// enough for correlation, unique per process, and cost no system call per request.
struct RequestIDGenerator {
    private var state: UInt64

    init() {
        var generator = SystemRandomNumberGenerator()
        state = generator.next()
    }

    /// 16 lower-case hex digits.
    mutating func next() -> String {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let hex = String(z, radix: 16)
        return String(repeating: "0", count: 16 - hex.utf8.count) + hex
    }

    /// A client-supplied `X-Request-ID` is kept when it is short and plain (so it cannot inject
    /// anything into logs or headers); otherwise the generated one is used.
    static func isAcceptable(_ candidate: String) -> Bool {
        let bytes = candidate.utf8
        guard (1...64).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            ByteClass.isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
    }
}
