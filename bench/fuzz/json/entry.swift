/// libFuzzer entry for the strict JSON parser (built by `bench/fuzz.sh json SECONDS`).
///
/// Besides "never crash, never hang", it checks two properties on every accepted input:
/// re-serialising the value and parsing it again gives the same value, and every error offset
/// lies inside the document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let value = try JSONParser.parse(input)
        var output: [UInt8] = []
        serialize(value, into: &output)
        let again = try JSONParser.parse(output)
        if again != value { fatalError("round trip changed the value") }
    } catch {
        if error.offset < 0 || error.offset > size { fatalError("error offset outside the input") }
    }
    return 0
}

/// A minimal independent serialiser (escapes every control character as `\u00XX`).
private func serialize(_ value: JSONValue, into output: inout [UInt8]) {
    switch value {
    case .null: output += Array("null".utf8)
    case .bool(let flag): output += Array((flag ? "true" : "false").utf8)
    case .number(let literal): output += Array(literal.utf8)
    case .string(let text): quote(text, into: &output)
    case .array(let elements):
        output.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            serialize(element, into: &output)
        }
        output.append(UInt8(ascii: "]"))
    case .object(let object):
        output.append(UInt8(ascii: "{"))
        for (index, member) in object.members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            quote(member.key, into: &output)
            output.append(UInt8(ascii: ":"))
            serialize(member.value, into: &output)
        }
        output.append(UInt8(ascii: "}"))
    }
}

private func quote(_ text: String, into output: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            output += [UInt8(ascii: "\\"), byte]
        case 0..<0x20:
            output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
        default:
            output.append(byte)
        }
    }
    output.append(UInt8(ascii: "\""))
}
