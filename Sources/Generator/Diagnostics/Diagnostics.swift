/// The diagnostics of one run, collected rather than thrown so that every problem is reported.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic]

    public init() {
        items = []
    }

    public mutating func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        items.append(Diagnostic(.error, message, at: location, notes: notes))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        items.append(Diagnostic(.warning, message, at: location, notes: notes))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        items.append(contentsOf: other.items)
    }

    public var hasErrors: Bool {
        items.contains { $0.severity == .error }
    }

    /// Reading order: unlocated diagnostics first, then by file, line and column; ties keep the
    /// order they were reported in. Exact duplicates (the same problem found twice by different
    /// passes) are shown once.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = items.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case (let l?, let r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// Every diagnostic in reading order, one per line, then a summary such as
    /// `2 errors, 1 warning generated.`; empty when there is nothing to report.
    public var rendered: String {
        let list = sorted
        guard !list.isEmpty else { return "" }
        var text = list.map { $0.rendered + "\n" }.joined()
        if let summary = Self.summary(of: list) {
            text += summary + "\n"
        }
        return text
    }

    private static func summary(of list: [Diagnostic]) -> String? {
        let errors = list.filter { $0.severity == .error }.count
        let warnings = list.filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 { parts.append(counted(errors, "error")) }
        if warnings > 0 { parts.append(counted(warnings, "warning")) }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: ", ") + " generated."
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
