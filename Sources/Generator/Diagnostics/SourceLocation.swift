/// A position in a source file, as shown to the person who wrote it.
///
/// Lines and columns are 1-based; the column counts Unicode scalars, so it matches what an
/// editor shows for non-ASCII text. Locations order by file, then line, then column, which is
/// the order diagnostics are reported in.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into clickable links.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
