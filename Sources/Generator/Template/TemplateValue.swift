/// The data a template renders: a precomputed view model, so templates decide nothing themselves.
public indirect enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// What `{{#if}}` tests: a true bool, a non-empty string or list, or any object.
    var isTruthy: Bool {
        switch self {
        case .string(let text): !text.isEmpty
        case .bool(let flag): flag
        case .list(let items): !items.isEmpty
        case .object: true
        }
    }

    /// "a string", "a list", … for error messages.
    var kindName: String {
        switch self {
        case .string: "a string"
        case .bool: "a bool"
        case .list: "a list"
        case .object: "an object"
        }
    }
}
