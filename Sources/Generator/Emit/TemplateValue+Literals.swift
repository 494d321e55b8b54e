/// Literal syntax for building view models in the emitters.
extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }

    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// Doc-comment lines for a `///{{.}}` template line: text gets a leading space, blank lines
    /// none, so the output has no trailing whitespace.
    static func docLines(_ lines: [String]) -> TemplateValue {
        .list(lines.map { .string($0.isEmpty ? "" : " " + $0) })
    }

    static func strings(_ values: [String]) -> TemplateValue {
        .list(values.map(TemplateValue.string))
    }
}
