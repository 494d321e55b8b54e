/// Turns byte offsets into 1-based line/column locations (columns count Unicode scalars), for the
/// checks the loader does on raw bytes before libyaml sees them.
struct ByteLocator {
    let bytes: [UInt8]
    let file: String

    func location(ofByte offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<end] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // continuation bytes belong to the scalar already counted
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
