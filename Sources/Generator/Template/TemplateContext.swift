/// A value a template can render: text, a flag, a list, or a view model.
protocol TemplateConvertible {
    var templateValue: TemplateValue { get }
}

/// A typed view model that a template renders. The struct's stored properties are the names the
/// template sees; `templateValue` turns it into the engine's value once, at the edge.
///
/// Conversion by reflection, property by property: a `String` or `Bool` stays itself, a nested
/// context becomes an object, an array a list, an absent optional `false` (so `{{#if x}}` tests
/// presence). Computed properties are invisible on purpose: a view model holds finished values.
protocol TemplateContext: TemplateConvertible, Sendable {}

extension TemplateContext {
    var templateValue: TemplateValue {
        var members: [String: TemplateValue] = [:]
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            guard let value = child.value as? any TemplateConvertible else {
                preconditionFailure("\(Self.self).\(label): view models hold strings, bools, lists and other view models")
            }
            members[label] = value.templateValue
        }
        return .object(members)
    }
}

extension String: TemplateConvertible {
    var templateValue: TemplateValue { .string(self) }
}

extension Bool: TemplateConvertible {
    var templateValue: TemplateValue { .bool(self) }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension Optional: TemplateConvertible where Wrapped: TemplateConvertible {
    var templateValue: TemplateValue { self?.templateValue ?? .bool(false) }
}
