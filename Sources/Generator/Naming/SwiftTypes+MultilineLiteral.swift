extension SwiftTypes {
    /// A Swift raw multi-line string literal holding `text`, indented by `indent`.
    static func multilineLiteral(_ text: String, indent: String) -> String {
        // One more `#` than the longest run of `#` after a quote, so the text cannot end the literal.
        var longest = 0
        var run = -1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                run = 0
            } else if byte == UInt8(ascii: "#"), run >= 0 {
                run += 1
                longest = max(longest, run)
            } else {
                run = -1
            }
        }
        let hashes = String(repeating: "#", count: longest + 1)
        var body: [UInt8] = []
        body.reserveCapacity(text.utf8.count + 1024)
        let indentBytes = Array(indent.utf8)
        var lineStart = true
        for byte in text.utf8 {
            if lineStart, byte != UInt8(ascii: "\n") { body += indentBytes }
            body.append(byte)
            lineStart = byte == UInt8(ascii: "\n")
        }
        return hashes + "\"\"\"\n" + String(decoding: body, as: UTF8.self) + "\n" + indent + "\"\"\"" + hashes
    }
}
