/// libFuzzer entry for the HTTP/1.1 request parser (built by `bench/fuzz.sh http SECONDS`).
///
/// Besides "never crash, never hang", it checks that framing does not depend on how the bytes
/// arrive: the input parsed in one piece and parsed in pieces (split points derived from the
/// input) must give the same requests and the same error. A parser whose verdict depends on
/// packet boundaries is a request-smuggling bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    // Small limits so the fuzzer reaches the limit checks with small inputs.
    let limits = HTTPParserLimits(
        maxTargetLength: 64, maxHeaderBytes: 256, maxHeaderCount: 8, maxBodySize: 128,
        maxChunkLineLength: 32, maxChunkExtensionBytes: 48
    )
    let whole = run(input, limits: limits, step: input.count)
    let step = 1 + Int(input.first ?? 0) % 7
    let pieces = run(input, limits: limits, step: step)
    if whole != pieces { fatalError("verdict depends on split: \(whole) vs \(pieces)") }
    return 0
}

private func run(_ input: [UInt8], limits: HTTPParserLimits, step: Int) -> [String] {
    var parser = HTTPRequestParser(limits: limits)
    var summary: [String] = []
    var offset = 0
    repeat {
        let end = min(input.count, offset + max(step, 1))
        parser.append(input[offset..<end])
        offset = end
        events: while true {
            switch parser.next() {
            case .needMoreData:
                break events
            case .sendContinue:
                continue  // depends on whether the body arrived with the head: not compared
            case .request(let request):
                if request.body.count > limits.maxBodySize { fatalError("body over the limit") }
                if request.target.utf8.count > limits.maxTargetLength { fatalError("target over the limit") }
                if request.headers.count > limits.maxHeaderCount { fatalError("too many headers") }
                summary.append("\(request.method) \(request.target) \(request.headers.count) \(request.body) \(request.keepAlive)")
            case .error(let error):
                summary.append("error \(error.status)")
                return summary
            }
        }
    } while offset < input.count
    return summary
}
