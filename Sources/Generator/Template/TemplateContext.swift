/// A typed view model that a template renders. The struct's stored properties are the names the
/// template sees; `templateValue` turns it into the engine's value once, at the edge.
///
/// Conversion by reflection, property by property: a `String` or `Bool` stays itself, a nested
/// context becomes an object, an array a list, an absent optional `false` (so `{{#if x}}` tests
/// presence). Computed properties are invisible on purpose: a view model holds finished values.
protocol TemplateContext: Sendable {
    var templateValue: TemplateValue { get }
}

extension TemplateContext {
    var templateValue: TemplateValue {
        var members: [String: TemplateValue] = [:]
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            members[label] = Self.convert(child.value)
        }
        return .object(members)
    }

    private static func convert(_ value: Any) -> TemplateValue {
        switch value {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .string(String(number))
        case let context as any TemplateContext: return context.templateValue
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { convert($0.value) } ?? .bool(false)
        case .collection:
            return .list(mirror.children.map { convert($0.value) })
        default:
            preconditionFailure("view models hold strings, bools, ints, lists and other view models, not \(type(of: value))")
        }
    }
}
