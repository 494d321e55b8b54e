/// Doc-comment lines for a `///{{.}}` template line.
enum DocLines {
    /// Text gets a leading space, blank lines none, so the output has no trailing whitespace.
    static func make(_ lines: [String]) -> [String] {
        lines.map { $0.isEmpty ? "" : " " + $0 }
    }
}
