import RuntimeCore

/// A request-body type whose members a generated `decode(_:into:)` reads with a `Validator`.
///
/// The entry points that turn bytes or a whole request into a value, reporting every failing
/// field at once, are the same for every such type and live here instead of in each model.
public protocol JSONBodyDecodable {
    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    static func decode(_ object: JSONObject, into validator: inout Validator) -> Self?
}

extension JSONBodyDecodable {
    /// Decodes and checks a request body, reporting every failing field at once.
    public static func decode(_ body: [UInt8]) throws(ValidationError) -> Self {
        var validator = Validator()
        guard let object = validator.object(body), let value = decode(object, into: &validator) else {
            throw ValidationError(validator.issues)
        }
        return value
    }

    /// Decodes and checks the body of `request`, which must be declared `application/json`.
    public static func decode(_ request: Request) throws(ValidationError) -> Self {
        var validator = Validator()
        guard let object = validator.object(request), let value = decode(object, into: &validator) else {
            throw ValidationError(validator.issues)
        }
        return value
    }
}
