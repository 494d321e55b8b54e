/// The parts of a raw request-target (RFC 9112 §3.2): the path bytes and the query bytes.
/// Absolute-form targets (`http://host/p?q`) are reduced to their path and query.
struct RequestTarget {
    var path: ArraySlice<UInt8>
    var query: ArraySlice<UInt8>

    init(_ target: String) {
        var bytes = ArraySlice(Array(target.utf8))
        if let fragment = bytes.firstIndex(of: UInt8(ascii: "#")) { bytes = bytes[..<fragment] }
        if bytes.first != UInt8(ascii: "/"), bytes.first != UInt8(ascii: "*"),
            let schemeEnd = bytes.firstRange(of: Array("://".utf8))
        {
            let authority = bytes[schemeEnd.upperBound...]
            let pathStart = authority.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? authority.endIndex
            bytes = bytes[pathStart...]
        }
        if let question = bytes.firstIndex(of: UInt8(ascii: "?")) {
            path = bytes[..<question]
            query = bytes[(question + 1)...]
        } else {
            path = bytes
            query = []
        }
        if path.isEmpty { path = [UInt8(ascii: "/")] }
    }

    /// The percent-decoded segments between slashes; `/` is `[""]`. Split before decoding, so
    /// an encoded `%2F` stays inside its segment.
    var decodedSegments: [String] {
        path.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map {
            PercentDecoding.decode($0, plusAsSpace: false)
        }
    }

    var decodedPath: String { PercentDecoding.decode(path, plusAsSpace: false) }

    /// `name=value` pairs split on `&`, `+` and `%XX` decoded, blank values kept, empty
    /// entries skipped (like `parse_qsl(keep_blank_values=True)`).
    var decodedQuery: [(name: String, value: String)] {
        query.split(separator: UInt8(ascii: "&")).map { pair in
            guard let equals = pair.firstIndex(of: UInt8(ascii: "=")) else {
                return (PercentDecoding.decode(pair, plusAsSpace: true), "")
            }
            return (
                PercentDecoding.decode(pair[..<equals], plusAsSpace: true),
                PercentDecoding.decode(pair[(equals + 1)...], plusAsSpace: true)
            )
        }
    }
}
