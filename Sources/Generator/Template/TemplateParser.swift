/// Turns lexed pieces into a node tree, checking that every block is closed by its own kind.
struct TemplateParser {
    private struct OpenBlock {
        var block: TemplateBlock
        var inElse = false
        var source: String
    }

    let lexer: TemplateLexer
    private var stack: [OpenBlock] = []
    private var top: [TemplateNode] = []

    init(lexer: TemplateLexer) {
        self.lexer = lexer
    }

    static func parse(source: String, name: String) throws(TemplateError) -> [TemplateNode] {
        var parser = TemplateParser(lexer: TemplateLexer(source: source, name: name))
        return try parser.parse()
    }

    private mutating func parse() throws(TemplateError) -> [TemplateNode] {
        for piece in try lexer.lex() {
            if piece.isTag {
                try tag(lexer.tagContent(piece), piece: piece)
            } else {
                append(.text(lexer.text(piece.range)))
            }
        }
        if let open = stack.last {
            throw error("'{{\(open.source)}}' is never closed", line: open.block.line)
        }
        return top
    }

    private mutating func tag(_ content: String, piece: TemplateLexer.Piece) throws(TemplateError) {
        let line = piece.line
        guard let sigil = content.first else { throw error("empty tag '{{}}'", line: line) }
        let rest = TemplateLexer.trim(String(content.dropFirst()))
        switch sigil {
        case "!": return
        case "#": try open(rest, source: content, line: line)
        case "/": try close(rest, source: content, line: line)
        case ">":
            guard !rest.isEmpty else { throw error("'{{>}}' needs a partial name", line: line) }
            append(.partial(name: rest, indent: piece.indent, line: line))
        default:
            if content == "else" {
                try elseTag(line: line)
            } else {
                append(.variable(try path(content, line: line), line: line))
            }
        }
    }

    private mutating func open(_ text: String, source: String, line: Int) throws(TemplateError) {
        let parts = text.split(separator: " ", maxSplits: 1).map { TemplateLexer.trim(String($0)) }
        let helper = parts.first ?? ""
        guard let kind = TemplateBlock.Kind(rawValue: helper) else {
            let known = TemplateBlock.Kind.allCases.map(\.rawValue)
            throw error("unknown block '#\(helper)'\(Suggestion.didYouMean(helper, among: known))", line: line)
        }
        guard parts.count == 2, !parts[1].isEmpty else {
            throw error("'{{#\(helper)}}' needs a name, as in '{{#\(helper) items}}'", line: line)
        }
        let block = TemplateBlock(kind: kind, path: try path(parts[1], line: line), line: line)
        stack.append(OpenBlock(block: block, source: source))
    }

    private mutating func close(_ text: String, source: String, line: Int) throws(TemplateError) {
        guard let open = stack.popLast() else {
            throw error("'{{\(source)}}' closes no open block", line: line)
        }
        guard text == open.block.kind.rawValue else {
            throw error(
                "'{{\(source)}}' does not match '{{\(open.source)}}' opened on line \(open.block.line)", line: line)
        }
        append(.block(open.block))
    }

    private mutating func elseTag(line: Int) throws(TemplateError) {
        guard var open = stack.popLast() else { throw error("'{{else}}' outside of a block", line: line) }
        guard !open.inElse else {
            throw error("a second '{{else}}' in '{{\(open.source)}}' opened on line \(open.block.line)", line: line)
        }
        open.inElse = true
        stack.append(open)
    }

    private mutating func append(_ node: TemplateNode) {
        guard var open = stack.popLast() else {
            top.append(node)
            return
        }
        if open.inElse {
            open.block.elseBody.append(node)
        } else {
            open.block.body.append(node)
        }
        stack.append(open)
    }

    private func path(_ text: String, line: Int) throws(TemplateError) -> TemplatePath {
        switch TemplatePath.parse(text) {
        case .success(let path): return path
        case .failure(let problem): throw error(problem.message, line: line)
        }
    }

    private func error(_ message: String, line: Int) -> TemplateError {
        TemplateError(template: lexer.name, line: line, message: message)
    }
}
