import Foundation

/// Writes JSON straight into a byte buffer. Generated models call it member by member, so
/// encoding costs no reflection and no intermediate tree.
///
/// Commas are the writer's business: one flag says whether the next key or value needs one, which
/// is enough because a value after a key never does and a container's first element never does.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8]
    private var needsComma = false

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Takes back the `}` that closed the object just written, so that more members can follow
    /// (the related rows `?include=` embeds in a row written by its model). The last thing
    /// written must be an object.
    public mutating func reopenObject() {
        precondition(bytes.last == UInt8(ascii: "}"), "reopenObject() must follow the end of an object")
        bytes.removeLast()
        needsComma = bytes.last != UInt8(ascii: "{")
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Disfavoured so that a literal key (`writer.key("id")`, as generated code writes them)
    /// takes the `StaticString` overload, which copies the bytes without a `String`.
    @_disfavoredOverload
    public mutating func key(_ key: String) {
        separate()
        appendQuoted(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func key(_ key: StaticString) {
        separate()
        key.withUTF8Buffer { appendQuoted($0) }
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A key encoded before: its quoted, escaped bytes and the colon (`"due_at":`), as
    /// `key(_:)` writes them. Lists write the same keys for every row (`RowJSONLayout`).
    package mutating func key(encoded: UnsafeBufferPointer<UInt8>) {
        separate()
        bytes.append(contentsOf: encoded)
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func int(_ value: some BinaryInteger) {
        separate()
        if let small = Int64(exactly: value) {
            DecimalDigits.append(small, to: &bytes)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        appendLiteral(value ? "true" : "false")
        needsComma = true
    }

    /// Finite doubles in their shortest round-tripping form; JSON has no NaN or infinity, so those
    /// become null rather than invalid output.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        bytes.append(contentsOf: value.description.utf8)
        needsComma = true
    }

    public mutating func null() {
        separate()
        appendLiteral("null")
        needsComma = true
    }

    /// `"2026-01-31T12:00:00.123456Z"`, formatted straight into the buffer: lists write two per
    /// row, so this avoids a dozen small string allocations each.
    public mutating func timestamp(_ value: Timestamp) {
        separate()
        value.appendRFC3339(to: &bytes)
        needsComma = true
    }

    public mutating func date(_ value: CalendarDate) {
        string(value.iso)
    }

    /// UUIDs are written lower-case, as Postgres prints them; 38 bytes formatted on the stack
    /// and appended at once.
    public mutating func uuid(_ value: UUID) {
        separate()
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 38) { out in
            withUnsafeBytes(of: value.uuid) { raw in
                out[0] = UInt8(ascii: "\"")
                var position = 1
                for index in 0..<16 {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        out[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    let byte = raw[index]
                    out[position] = Hex.digit(byte >> 4)
                    out[position + 1] = Hex.digit(byte & 0x0F)
                    position += 2
                }
                out[37] = UInt8(ascii: "\"")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(out))
        }
        needsComma = true
    }

    /// Decimals are written as JSON numbers from their exact text.
    public mutating func decimal(_ value: DecimalValue) {
        raw(Array(value.text.utf8))
    }

    /// A string from UTF-8 bytes the caller knows to be valid, quoted and escaped exactly as
    /// `string(_:)` quotes the same text: database text written without building a `String`.
    package mutating func string(validUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        appendQuoted(utf8)
        needsComma = true
    }

    /// One value whose bytes `body` appends, already valid JSON (digits or a quoted UUID copied
    /// from a database row); commas stay the writer's business.
    package mutating func formatted(_ body: (inout [UInt8]) -> Void) {
        separate()
        body(&bytes)
        needsComma = true
    }

    /// Already-encoded JSON (a nested document, a stored json column).
    public mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendQuoted(_ string: String) {
        // `withUTF8` gives contiguous UTF-8 for every string, small ones included (copied to the
        // stack), so the common case (nothing to escape) is one scan and one bulk copy.
        var string = string
        string.withUTF8 { appendQuoted($0) }
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        if !Self.needsEscaping(utf8) {
            bytes.append(contentsOf: utf8)
        } else {
            appendEscaped(utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any byte is a control character, `"` or `\\`. Eight bytes at a time (SWAR): a
    /// list response is mostly text columns, and this scan ran byte by byte over all of it.
    static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(utf8)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// Some byte of `word` is zero (exact as to whether one exists).
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A byte below 0x20: subtracting 0x20 borrows into its high bit, and `~word` keeps
            // only bytes that were below 0x80 (UTF-8 lead and continuation bytes never count).
            let control = (word &- ones &* 0x20) & ~word & highs != 0
            if control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) { return true }
            offset += 8
        }
        while offset < raw.count {
            let byte = raw[offset]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            offset += 1
        }
        return false
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Hex.digit(byte >> 4))
                bytes.append(Hex.digit(byte & 0x0F))
            default: bytes.append(byte)
            }
        }
    }

    /// `true`, `false`, `null`: straight from the binary's constant bytes (a static array would
    /// cost a retain and a release per value, twice per row in a list).
    private mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
