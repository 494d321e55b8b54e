/// Splits a template into text and `{{…}}` tags, then applies the standalone-line rule: a line
/// holding only a block tag, comment or partial (plus blanks) disappears with its line break, so
/// templates can be indented readably without leaving blank lines in the generated code.
struct TemplateLexer {
    /// A text run or a tag's inner text, as a byte range of the source.
    struct Piece {
        var isTag: Bool
        var range: Range<Int>
        var line: Int
        /// For standalone tags: the blanks the tag was indented by (partials re-indent by them).
        var indent: String?
    }

    let bytes: [UInt8]
    let name: String

    init(source: String, name: String) {
        bytes = Array(source.utf8)
        self.name = name
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Tag contents, trimmed, for a tag piece.
    func tagContent(_ piece: Piece) -> String {
        Self.trim(text(piece.range))
    }

    /// The pieces with standalone lines already cut out of the text pieces.
    func lex() throws(TemplateError) -> [Piece] {
        var pieces = try split()
        var trimEnd: [Int: Int] = [:]
        var trimStart: [Int: Int] = [:]
        for index in pieces.indices where pieces[index].isTag && mayStandAlone(pieces[index]) {
            guard let (lineStart, lineEnd) = standaloneLine(around: index, in: pieces) else { continue }
            pieces[index].indent = text(lineStart..<pieces[index].range.lowerBound - 2)
            if index > 0 { trimEnd[index - 1] = lineStart }
            if index + 1 < pieces.count { trimStart[index + 1] = lineEnd }
        }
        for index in pieces.indices where !pieces[index].isTag {
            let range = pieces[index].range
            let lower = min(max(range.lowerBound, trimStart[index] ?? range.lowerBound), range.upperBound)
            let upper = max(min(range.upperBound, trimEnd[index] ?? range.upperBound), lower)
            pieces[index].range = lower..<upper
        }
        return pieces.filter { $0.isTag || !$0.range.isEmpty }
    }

    private func split() throws(TemplateError) -> [Piece] {
        var pieces: [Piece] = []
        var index = 0
        var line = 1
        while index < bytes.count {
            guard let open = find("{{", from: index) else {
                pieces.append(Piece(isTag: false, range: index..<bytes.count, line: line))
                break
            }
            if open > index {
                pieces.append(Piece(isTag: false, range: index..<open, line: line))
                line += newlines(in: index..<open)
            }
            guard let close = find("}}", from: open + 2) else {
                throw TemplateError(template: name, line: line, message: "'{{' is never closed with '}}'")
            }
            pieces.append(Piece(isTag: true, range: (open + 2)..<close, line: line))
            line += newlines(in: open..<close)
            index = close + 2
        }
        return pieces
    }

    /// Block tags, `{{else}}`, comments and partials; never plain `{{value}}` tags.
    private func mayStandAlone(_ piece: Piece) -> Bool {
        guard let first = tagContent(piece).first else { return false }
        return "#/!>".contains(first) || tagContent(piece) == "else"
    }

    /// The byte range of the tag's whole line (from after the previous line break through its own
    /// line break) when nothing but blanks shares the line with it.
    private func standaloneLine(around index: Int, in pieces: [Piece]) -> (Int, Int)? {
        let tag = pieces[index]
        var lineStart = tag.range.lowerBound - 2
        if index > 0 {
            let previous = pieces[index - 1]
            guard !previous.isTag else { return nil }
            let breakIndex = previous.range.last { bytes[$0] == UInt8(ascii: "\n") }
            guard breakIndex != nil || index == 1 else { return nil }
            lineStart = breakIndex.map { $0 + 1 } ?? previous.range.lowerBound
            guard bytes[lineStart..<previous.range.upperBound].allSatisfy(isBlank) else { return nil }
        }
        var lineEnd = tag.range.upperBound + 2
        if index + 1 < pieces.count {
            let next = pieces[index + 1]
            guard !next.isTag else { return nil }
            var cursor = next.range.lowerBound
            while cursor < next.range.upperBound, isBlank(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "\r") {
                cursor += 1
            }
            if cursor < next.range.upperBound {
                guard bytes[cursor] == UInt8(ascii: "\n") else { return nil }
                cursor += 1
            } else if index + 2 < pieces.count {
                return nil  // another tag follows on the same line
            }
            lineEnd = cursor
        }
        return (lineStart, lineEnd)
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private func newlines(in range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    private func find(_ marker: StaticString, from start: Int) -> Int? {
        let first = marker.utf8Start[0]
        let second = marker.utf8Start[1]
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == first, bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    /// `text` without leading and trailing spaces, tabs and line breaks.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
