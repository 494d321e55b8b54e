/// Turns byte offsets into 1-based line/column locations (columns count Unicode scalars), for the
/// checks the loader does on raw bytes before libyaml sees them, and for the end of the input.
/// Lines break where libyaml's marks break them (LF, CR, CRLF, NEL, LS, PS), so both kinds of
/// location agree on every file.
struct ByteLocator {
    let bytes: [UInt8]
    let file: String

    func location(ofByte offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let width = Self.lineBreakWidth(at: index, in: bytes)
            if width > 0 {
                line += 1
                column = 1
                index += width
            } else {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }  // continuation bytes belong to the scalar already counted
                index += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The length in bytes of the line break starting at `index` (0 if there is none).
    static func lineBreakWidth(at index: Int, in bytes: [UInt8]) -> Int {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch bytes[index] {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"): return byte(1) == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2 where byte(1) == 0x85: return 2  // NEL
        case 0xE2 where byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9): return 3  // LS, PS
        default: return 0
        }
    }
}
