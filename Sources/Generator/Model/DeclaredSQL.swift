/// SQL written in a spec with named parameters (`WHERE id = :id`), split into what Postgres
/// prepares (`WHERE id = $1::integer`) and the names each `$n` is bound from.
///
/// The scanner knows just enough SQL lexing to find parameters only where Postgres would read an
/// expression: it skips string literals (`'…'`, `E'…'`), quoted identifiers, comments, dollar
/// quotes and the `::` cast operator. Positions are counted in Unicode scalars, as Postgres
/// counts the characters of a statement in its error positions.
public struct DeclaredSQL: Sendable, Hashable {
    /// One `:name` as written.
    public struct Occurrence: Sendable, Hashable {
        public var name: String
        /// Offset of the colon in the written text (Unicode scalars, 0-based).
        public var offset: Int
        public var length: Int
    }

    public var text: String
    public var occurrences: [Occurrence]
    /// Offsets of positional parameters written by hand (`$1`), which declared SQL refuses.
    public var positionalOffsets: [Int]

    public init(_ text: String) {
        self.text = text
        (occurrences, positionalOffsets) = Self.scan(Array(text.unicodeScalars))
    }

    /// The distinct names in order of first use: `$1` is the first.
    public var names: [String] {
        var seen: Set<String> = []
        return occurrences.map(\.name).filter { seen.insert($0).inserted }
    }

    /// The text with each `:name` replaced by `$n::type` (`types` by name), and a map from
    /// positions in that text back to positions in the written one.
    public func prepared(types: [String: String]) -> (sql: String, map: PositionMap) {
        let scalars = Array(text.unicodeScalars)
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0 + 1) })
        var output = String.UnicodeScalarView()
        var map = PositionMap()
        var cursor = 0
        for occurrence in occurrences {
            output.append(contentsOf: scalars[cursor..<occurrence.offset])
            let replacement = "$\(numbers[occurrence.name] ?? 0)" + (types[occurrence.name].map { "::" + $0 } ?? "")
            map.spans.append(
                .init(
                    prepared: output.count, preparedLength: replacement.unicodeScalars.count, written: occurrence.offset,
                    writtenLength: occurrence.length))
            output.append(contentsOf: replacement.unicodeScalars)
            cursor = occurrence.offset + occurrence.length
        }
        output.append(contentsOf: scalars[cursor...])
        return (String(output), map)
    }

    /// Maps a 0-based offset in the prepared text to one in the written text.
    public struct PositionMap: Sendable, Hashable {
        struct Span: Sendable, Hashable {
            var prepared: Int
            var preparedLength: Int
            var written: Int
            var writtenLength: Int
        }

        var spans: [Span] = []

        public func writtenOffset(_ prepared: Int) -> Int {
            var shift = 0
            for span in spans {
                if prepared < span.prepared { break }
                if prepared < span.prepared + span.preparedLength { return span.written }
                shift = span.written + span.writtenLength - (span.prepared + span.preparedLength)
            }
            return prepared + shift
        }
    }

    static func scan(_ s: [Unicode.Scalar]) -> (occurrences: [Occurrence], positional: [Int]) {
        var result: [Occurrence] = []
        var positional: [Int] = []
        var i = 0
        func isStart(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        func isPart(_ c: Unicode.Scalar) -> Bool { isStart(c) || (c >= "0" && c <= "9") }
        while i < s.count {
            let c = s[i]
            switch c {
            case "'":
                i += 1
                while i < s.count {
                    if s[i] == "'" {
                        if i + 1 < s.count, s[i + 1] == "'" {
                            i += 2
                            continue
                        }
                        break
                    }
                    // E'…' strings take backslash escapes; a backslash never ends a literal.
                    if s[i] == "\\" { i += 1 }
                    i += 1
                }
                i += 1
            case "\"":
                i += 1
                while i < s.count, s[i] != "\"" { i += 1 }
                i += 1
            case "-" where i + 1 < s.count && s[i + 1] == "-":
                while i < s.count, s[i] != "\n" { i += 1 }
            case "/" where i + 1 < s.count && s[i + 1] == "*":
                var depth = 0
                while i < s.count {
                    if s[i] == "/", i + 1 < s.count, s[i + 1] == "*" {
                        depth += 1
                        i += 2
                        continue
                    }
                    if s[i] == "*", i + 1 < s.count, s[i + 1] == "/" {
                        depth -= 1
                        i += 2
                        if depth == 0 { break }
                        continue
                    }
                    i += 1
                }
            case "$" where i > 0 ? !isPart(s[i - 1]) : true:
                // $tag$ … $tag$, or `$1`: a positional parameter, which declared SQL does not use.
                if i + 1 < s.count, s[i + 1] >= "0", s[i + 1] <= "9" {
                    positional.append(i)
                    i += 1
                    continue
                }
                var j = i + 1
                while j < s.count, isPart(s[j]), !(s[j] >= "0" && s[j] <= "9" && j == i + 1) { j += 1 }
                guard j < s.count, s[j] == "$" else {
                    i += 1
                    continue
                }
                let tag = Array(s[i...j])
                var k = j + 1
                while k + tag.count <= s.count, Array(s[k..<(k + tag.count)]) != tag { k += 1 }
                i = min(s.count, k + tag.count)
            case ":":
                if i + 1 < s.count, s[i + 1] == ":" {
                    i += 2
                    continue
                }
                if i + 1 < s.count, isStart(s[i + 1]), i == 0 || s[i - 1] != ":" {
                    var j = i + 1
                    while j < s.count, isPart(s[j]) { j += 1 }
                    result.append(Occurrence(name: String(String.UnicodeScalarView(s[(i + 1)..<j])), offset: i, length: j - i))
                    i = j
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        return (result, positional)
    }
}
