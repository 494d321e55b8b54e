/// One finding about the input: data, not an exception, so a run can report every problem at once.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    /// Nil for problems that belong to no place in a file (e.g. a missing file).
    public var location: SourceLocation?
    /// Secondary locations that explain the finding ("the first definition is here").
    public var notes: [Diagnostic]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// Compiler-style text: `spec/todo.yaml:12:7: error: unknown type 'strng'; did you mean 'string'?`,
    /// then each note on its own line in the same format.
    public var rendered: String {
        var lines = [headline]
        for note in notes {
            lines.append(note.rendered)
        }
        return lines.joined(separator: "\n")
    }

    private var headline: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}
