/// Reads YAML nodes into typed values, reporting every wrong kind or unknown key instead of
/// stopping at the first one.
struct NodeReader {
    var diagnostics = Diagnostics()

    /// The members of a mapping, after reporting keys not in `allowed` (with a suggestion).
    mutating func members(_ node: YAMLNode, of what: String, allowed: [String]) -> [String: YAMLNode]? {
        guard let mapping = mapping(node, of: what) else { return nil }
        var result: [String: YAMLNode] = [:]
        for entry in mapping.entries {
            let key = entry.key.value
            if allowed.contains(key) {
                result[key] = entry.value
            } else {
                diagnostics.error(
                    "unknown key '\(key)' in \(what)\(Suggestion.didYouMean(key, among: allowed))",
                    at: entry.key.location
                )
            }
        }
        return result
    }

    mutating func mapping(_ node: YAMLNode, of what: String) -> YAMLMapping? {
        if case .mapping(let mapping) = node { return mapping }
        diagnostics.error("expected a mapping for \(what), found \(node.kindName)", at: node.location)
        return nil
    }

    mutating func sequence(_ node: YAMLNode, of what: String) -> [YAMLNode]? {
        if case .sequence(let sequence) = node { return sequence.items }
        diagnostics.error("expected a list for \(what), found \(node.kindName)", at: node.location)
        return nil
    }

    mutating func scalar(_ node: YAMLNode?, of what: String, listHint: String? = nil) -> Located<ScalarLiteral>? {
        guard let node else { return nil }
        if case .scalar(let scalar) = node {
            return Located(ScalarLiteral(text: scalar.value, isPlain: scalar.isPlain), at: scalar.location)
        }
        diagnostics.error("expected a value for \(what), found \(node.kindName)\(Self.bracketHint(node, listHint))", at: node.location)
        return nil
    }

    /// For `[Task]` written unquoted, which YAML reads as a list of one: what was probably meant.
    static func bracketHint(_ node: YAMLNode, _ listHint: String?) -> String {
        guard case .sequence(let sequence) = node, sequence.items.count == 1,
            case .scalar(let item) = sequence.items[0]
        else { return "" }
        return "; YAML reads [\(item.value)] as a list: " + (listHint ?? "quote it, as in \"[\(item.value)]\"")
    }

    /// A field's type: a name, never a list (see `FieldType.listHint`).
    mutating func typeName(_ node: YAMLNode?, of what: String) -> Located<String>? {
        guard let literal = scalar(node, of: what, listHint: FieldType.listHint) else { return nil }
        return Located(literal.value.text, at: literal.location)
    }

    mutating func string(_ node: YAMLNode?, of what: String) -> Located<String>? {
        guard let literal = scalar(node, of: what) else { return nil }
        return Located(literal.value.text, at: literal.location)
    }

    mutating func int(_ node: YAMLNode?, of what: String) -> Located<Int>? {
        guard let literal = scalar(node, of: what) else { return nil }
        guard literal.value.isPlain, let value = Int(literal.value.text) else {
            diagnostics.error("expected an integer for \(what), found '\(literal.value.text)'", at: literal.location)
            return nil
        }
        return Located(value, at: literal.location)
    }

    mutating func bool(_ node: YAMLNode?, of what: String) -> Located<Bool>? {
        guard let literal = scalar(node, of: what) else { return nil }
        switch (literal.value.isPlain, literal.value.text) {
        case (true, "true"), (true, "yes"): return Located(true, at: literal.location)
        case (true, "false"), (true, "no"): return Located(false, at: literal.location)
        default:
            diagnostics.error("expected true or false for \(what), found '\(literal.value.text)'", at: literal.location)
            return nil
        }
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func strings(_ node: YAMLNode?, of what: String) -> [Located<String>]? {
        guard let node else { return nil }
        if case .scalar = node { return string(node, of: what).map { [$0] } }
        guard let items = sequence(node, of: what) else { return nil }
        return items.compactMap { string($0, of: what) }
    }

    /// A mapping of name → value in written order.
    mutating func pairs(_ node: YAMLNode?, of what: String) -> [(Located<String>, YAMLNode)]? {
        guard let node, let mapping = mapping(node, of: what) else { return nil }
        return mapping.entries.map { (Located($0.key.value, at: $0.key.location), $0.value) }
    }
}
