/// A problem in a template or in the data it was given, located at the template line that
/// caused it. Templates are part of the generator, so these are generator bugs, not spec errors.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var message: String

    public init(template: String, line: Int, message: String) {
        self.template = template
        self.line = line
        self.message = message
    }

    /// `swift/model.tmpl:12: unknown name 'fields'`
    public var description: String { "\(template):\(line): \(message)" }
}
