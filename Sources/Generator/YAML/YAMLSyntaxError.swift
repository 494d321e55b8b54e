/// Turns libyaml's terse error texts ("did not find expected key") into messages that say what
/// to change, and recognises tab indentation, which libyaml reports only cryptically.
enum YAMLSyntaxError {
    static let tabMessage = "tabs are not allowed for indentation; use spaces"

    static func diagnostic(for error: LibYAMLError, in bytes: [UInt8], file: String) -> Diagnostic {
        if let tab = tabCausing(error, in: bytes, file: file) {
            return Diagnostic(.error, tabMessage, at: tab)
        }
        if error.problem == "found unexpected end of stream", error.context == "while scanning a quoted scalar",
            let start = error.contextLocation
        {
            return Diagnostic(.error, "this quoted string is never closed", at: start)
        }
        var message = translate(error.problem, offending: character(at: error.location, in: bytes))
        if error.problem == "control characters are not allowed", let scalar = scalar(at: error.location, in: bytes) {
            message += " (U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)))"
        }
        var notes: [Diagnostic] = []
        if let context = error.context, let contextLocation = error.contextLocation, contextLocation != error.location,
            let text = noteText(forContext: context)
        {
            notes.append(Diagnostic(.note, text, at: contextLocation))
        }
        return Diagnostic(.error, message, at: error.location, notes: notes)
    }

    private static func translate(_ problem: String, offending: Character?) -> String {
        switch problem {
        case "found character that cannot start any token":
            let shown = offending.map { "'\($0)'" } ?? "this character"
            return "\(shown) cannot start a value; put the value in quotes"
        case "mapping values are not allowed in this context":
            return "unexpected ':'; quote a value that contains ': ', or check the indentation of this line"
        case "did not find expected key":
            return "expected a key here; check that this line lines up with the other keys of its mapping"
        case "did not find expected '-' indicator":
            return "expected a list item ('- ') here; check the indentation of this line"
        case "did not find expected ',' or ']'": return "expected ',' or ']' to continue or close the '[' list"
        case "did not find expected ',' or '}'": return "expected ',' or '}' to continue or close the '{' mapping"
        case "did not find expected <document start>":
            return "this line does not line up with the rest of the document; check its indentation"
        case "did not find expected node content": return "expected a value here"
        case "could not find expected ':'": return "expected ':' after this key (a key must fit on one line)"
        case "block sequence entries are not allowed in this context":
            return "a list item ('- ') is not allowed here; start the list on a new line under its key"
        case "found unknown escape character": return "unknown escape sequence in a double-quoted string"
        case "control characters are not allowed": return "control characters are not allowed in YAML"
        default: return "invalid YAML: \(problem)"
        }
    }

    /// "while parsing a block mapping" → "in the mapping that starts here"; nil when unhelpful.
    private static func noteText(forContext context: String) -> String? {
        switch context {
        case "while parsing a block mapping": "in the mapping that starts here"
        case "while parsing a block collection": "in the list that starts here"
        case "while parsing a flow sequence": "the '[' list starts here"
        case "while parsing a flow mapping": "the '{' mapping starts here"
        case "while parsing a quoted scalar", "while scanning a quoted scalar": "in the quoted string that starts here"
        case "while scanning a simple key": "in the key that starts here"
        case "while scanning a plain scalar": "in the value that starts here"
        case "while scanning for the next token": nil
        default: context.isEmpty ? nil : "\(context) starting here"
        }
    }

    /// libyaml rejects a tab in indentation at or just after it; find that tab, if that is what
    /// happened: on the error's line, a tab in the leading blanks, or right at the error position.
    private static func tabCausing(_ error: LibYAMLError, in bytes: [UInt8], file: String) -> SourceLocation? {
        guard let line = lineScalars(error.location.line, in: bytes) else { return nil }
        var column = 1
        for scalar in line {
            if scalar == "\t" { return SourceLocation(file: file, line: error.location.line, column: column) }
            if scalar != " ", scalar != "-" || column >= error.location.column { break }
            column += 1
        }
        let index = error.location.column - 1
        if index >= 0, index < line.count, line[index] == "\t" {
            return error.location
        }
        return nil
    }

    /// The visible character at `location`, for quoting in a message.
    private static func character(at location: SourceLocation, in bytes: [UInt8]) -> Character? {
        guard let scalar = scalar(at: location, in: bytes), scalar.value >= 0x21, scalar.value != 0x7F else {
            return nil
        }
        return Character(scalar)
    }

    private static func scalar(at location: SourceLocation, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard let line = lineScalars(location.line, in: bytes) else { return nil }
        let index = location.column - 1
        return index >= 0 && index < line.count ? line[index] : nil
    }

    /// The Unicode scalars of 1-based line `number`, without its line break; lines break as in
    /// `ByteLocator` (and libyaml).
    private static func lineScalars(_ number: Int, in bytes: [UInt8]) -> [Unicode.Scalar]? {
        guard number >= 1 else { return nil }
        var line = 1
        var start = 0
        var index = 0
        while index < bytes.count {
            let width = ByteLocator.lineBreakWidth(at: index, in: bytes)
            if width == 0 {
                index += 1
                continue
            }
            if line == number { break }
            line += 1
            index += width
            start = index
        }
        guard line == number else { return nil }
        return Array(String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
