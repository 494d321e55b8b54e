/// Percent-decoding with the semantics of Python's `urllib.parse.unquote` (what the original
/// FastAPI service used): an invalid escape such as `%zz` stays as written, and bytes that are
/// not UTF-8 after decoding become U+FFFD. Lenient on purpose: a path or query is data, and
/// the route or validator decides whether it is acceptable.
enum PercentDecoding {
    static func decode(_ bytes: some Collection<UInt8>, plusAsSpace: Bool) -> String {
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = ByteClass.hexValue(input[index + 1]), let low = ByteClass.hexValue(input[index + 2])
            {
                output.append(UInt8(high * 16 + low))
                index += 3
                continue
            }
            output.append(plusAsSpace && byte == UInt8(ascii: "+") ? 0x20 : byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
