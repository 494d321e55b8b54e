/// A value a template can render: text, a flag, a list, or a view model.
protocol TemplateConvertible {
    var templateValue: TemplateValue { get }
}

/// A typed view model that a template renders. The struct's stored properties are the names the
/// template sees; `templateValue` turns it into the engine's value once, at the edge.
///
/// Conversion through the synthesized `Encodable` conformance (`TemplateValueEncoder`), property
/// by property: a `String` or `Bool` stays itself, a nested context becomes an object, an array
/// a list, an absent optional `false` (so `{{#if x}}` tests presence). Computed properties are
/// invisible on purpose: a view model holds finished values.
protocol TemplateContext: TemplateConvertible, Sendable, Encodable {}

extension TemplateContext {
    var templateValue: TemplateValue { TemplateValueEncoder.value(of: self) }
}
