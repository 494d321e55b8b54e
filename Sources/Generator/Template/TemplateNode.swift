/// The parsed form of a template: what `Template.init` builds once and `render` walks.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplatePath, line: Int)
    case block(TemplateBlock)
    /// `indent` is set when the tag stood alone on its line: every output line is indented by it.
    case partial(name: String, indent: String?, line: Int)
}

/// `{{#each}}`, `{{#if}}`, `{{#unless}}` or `{{#with}}` with its body and optional `{{else}}` body.
/// `{{#with x}}` renders its body with `x` as the current scope (a partial that reads `x`'s
/// members), or its `{{else}}` body when `x` is false, empty or missing.
struct TemplateBlock: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case each, `if`, unless, with
    }

    var kind: Kind
    var path: TemplatePath
    var line: Int
    var body: [TemplateNode] = []
    var elseBody: [TemplateNode] = []
}

/// A name in a tag: `.` (the current item), a loop variable (`@first`, `@last`, `@index`), or a
/// dotted path (`a.b.c`) whose first part is looked up outward through the enclosing scopes.
enum TemplatePath: Sendable, CustomStringConvertible {
    enum LoopVariable: String, Sendable, CaseIterable {
        case first = "@first"
        case last = "@last"
        case index = "@index"
    }

    case current
    case loop(LoopVariable)
    case keys([String])

    var description: String {
        switch self {
        case .current: "."
        case .loop(let variable): variable.rawValue
        case .keys(let keys): keys.joined(separator: ".")
        }
    }

    /// Parses the text of a name, or returns an error message.
    static func parse(_ text: String) -> Result<TemplatePath, TemplateParseProblem> {
        if text == "." || text == "this" { return .success(.current) }
        if text.hasPrefix("@") {
            guard let variable = LoopVariable(rawValue: text) else {
                let names = LoopVariable.allCases.map(\.rawValue)
                return .failure(
                    TemplateParseProblem("unknown loop variable '\(text)'\(Suggestion.didYouMean(text, among: names))"))
            }
            return .success(.loop(variable))
        }
        let keys = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !text.isEmpty, keys.allSatisfy(isValidKey) else {
            return .failure(TemplateParseProblem("invalid name '\(text)'"))
        }
        return .success(.keys(keys))
    }

    private static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty
            && key.unicodeScalars.allSatisfy { scalar in
                scalar == "_" || scalar == "-" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar)
            }
    }
}

/// A message about template syntax, before the line is attached.
struct TemplateParseProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
