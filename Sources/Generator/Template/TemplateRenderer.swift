/// Walks a parsed template against a scope stack: the innermost scope is the current item, and
/// names not found there are looked up in the enclosing ones.
struct TemplateRenderer {
    private struct Loop {
        var index: Int
        var count: Int
    }

    /// Stops a partial that includes itself, directly or not.
    static let maxPartialDepth = 64
    /// Bounds the work of one render: nested loops multiply (40 nested `{{#each}}` over two items
    /// are 2⁴⁰ passes). The largest generated file takes a few thousand loop passes.
    static let maxLoopPasses = 1_000_000

    let partials: [String: Template]
    let maxLoopPasses: Int
    private var scopes: [TemplateValue]
    private var loops: [Loop] = []
    private var partialDepth = 0
    private var loopPasses = 0

    init(partials: [String: Template], root: TemplateValue, maxLoopPasses: Int = Self.maxLoopPasses) {
        self.partials = partials
        self.maxLoopPasses = maxLoopPasses
        scopes = [root]
    }

    mutating func render(_ nodes: [TemplateNode], template: String, into output: inout String) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text): output += text
            case .variable(let path, let line): output += try text(of: path, template: template, line: line)
            case .block(let block): try render(block, template: template, into: &output)
            case .partial(let name, let indent, let line):
                try renderPartial(name, indent: indent, template: template, line: line, into: &output)
            }
        }
    }

    private mutating func render(_ block: TemplateBlock, template: String, into output: inout String)
        throws(TemplateError)
    {
        let value = try lookup(block.path, template: template, line: block.line)
        switch block.kind {
        case .if, .unless:
            let chosen = value.isTruthy == (block.kind == .if) ? block.body : block.elseBody
            try render(chosen, template: template, into: &output)
        case .with:
            guard value.isTruthy else { return try render(block.elseBody, template: template, into: &output) }
            scopes.append(value)
            defer { scopes.removeLast() }
            try render(block.body, template: template, into: &output)
        case .each:
            guard case .list(let items) = value else {
                throw TemplateError(
                    template: template, line: block.line,
                    message: "'{{#each \(block.path)}}' needs a list, but '\(block.path)' is \(value.kindName)")
            }
            if items.isEmpty { try render(block.elseBody, template: template, into: &output) }
            for (index, item) in items.enumerated() {
                loopPasses += 1
                guard loopPasses <= maxLoopPasses else {
                    throw TemplateError(
                        template: template, line: block.line,
                        message: "more than \(maxLoopPasses) loop passes in one render (are loops nested too deep?)")
                }
                scopes.append(item)
                loops.append(Loop(index: index, count: items.count))
                defer {
                    scopes.removeLast()
                    loops.removeLast()
                }
                try render(block.body, template: template, into: &output)
            }
        }
    }

    private mutating func renderPartial(
        _ name: String, indent: String?, template: String, line: Int, into output: inout String
    ) throws(TemplateError) {
        guard let partial = partials[name] else {
            let hint = Suggestion.didYouMean(name, among: partials.keys.sorted())
            throw TemplateError(template: template, line: line, message: "unknown partial '\(name)'\(hint)")
        }
        guard partialDepth < Self.maxPartialDepth else {
            throw TemplateError(
                template: template, line: line,
                message: "partials nested more than \(Self.maxPartialDepth) deep (does '\(name)' include itself?)")
        }
        partialDepth += 1
        defer { partialDepth -= 1 }
        var rendered = ""
        try render(partial.nodes, template: partial.name, into: &rendered)
        guard let indent else {
            output += rendered
            return
        }
        output += Self.indented(rendered, by: indent)
    }

    /// Every non-empty line prefixed by `indent` (empty lines stay empty: no trailing blanks),
    /// ending with a line break because the tag's own line break was removed.
    static func indented(_ text: String, by indent: String) -> String {
        guard !text.isEmpty else { return "" }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.isEmpty ? "\n" : indent + $0 + "\n" }.joined()
    }

    private func text(of path: TemplatePath, template: String, line: Int) throws(TemplateError) -> String {
        switch try lookup(path, template: template, line: line) {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case let value:
            throw TemplateError(
                template: template, line: line,
                message: "'{{\(path)}}' is \(value.kindName), which cannot be rendered as text")
        }
    }

    private func lookup(_ path: TemplatePath, template: String, line: Int) throws(TemplateError) -> TemplateValue {
        switch path {
        case .current:
            return scopes[scopes.count - 1]
        case .loop(let variable):
            guard let loop = loops.last else {
                throw TemplateError(
                    template: template, line: line, message: "'\(variable.rawValue)' used outside of '{{#each}}'")
            }
            switch variable {
            case .first: return .bool(loop.index == 0)
            case .last: return .bool(loop.index == loop.count - 1)
            case .index: return .string(String(loop.index))
            }
        case .keys(let keys):
            return try lookup(keys, template: template, line: line)
        }
    }

    private func lookup(_ keys: [String], template: String, line: Int) throws(TemplateError) -> TemplateValue {
        let first = keys[0]
        guard var value = scopes.reversed().lazy.compactMap({ $0.member(first) }).first else {
            let visible = Set(scopes.flatMap(\.memberNames)).sorted()
            throw TemplateError(
                template: template, line: line,
                message: "unknown name '\(first)'\(Suggestion.didYouMean(first, among: visible))")
        }
        var walked = first
        for key in keys.dropFirst() {
            guard let member = value.member(key) else {
                let problem: String
                if case .object = value {
                    problem = "has no member '\(key)'" + Suggestion.didYouMean(key, among: value.memberNames.sorted())
                } else {
                    problem = "is \(value.kindName), not an object"
                }
                throw TemplateError(template: template, line: line, message: "'\(walked)' \(problem)")
            }
            value = member
            walked += "." + key
        }
        return value
    }
}

extension TemplateValue {
    fileprivate func member(_ key: String) -> TemplateValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    fileprivate var memberNames: [String] {
        guard case .object(let members) = self else { return [] }
        return Array(members.keys)
    }
}
