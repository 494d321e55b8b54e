import RuntimeCore

/// A request-body type whose members a generated `decode(_:into:)` reads with a `Validator`.
///
/// The entry points that turn bytes or a whole request into a value, reporting every failing
/// field at once, are the same for every such type and live here instead of in each model.
public protocol JSONBodyDecodable {
    /// Decodes the members of `object`, adding every problem to `validator`; nil if there was one.
    static func decode(_ object: JSONObject, into validator: inout Validator) -> Self?
}

extension Validator {
    /// Records an issue at `["body", name]` for each of `names` present in `object`: members a
    /// create may not send (`creatable: false`, docs/spec.md §5.4). Returns whether none was.
    @discardableResult
    public mutating func refuse(_ names: [StaticString], in object: JSONObject) -> Bool {
        var clean = true
        for name in names where object[name.description] != nil {
            fail(Loc.body(name.description), .notOnCreate)
            clean = false
        }
        return clean
    }
}

extension JSONBodyDecodable {
    /// Decodes `object` as a create body that must not carry `names`, reporting those and every
    /// other failing member at once; nil if there was a problem.
    public static func decode(_ object: JSONObject, into validator: inout Validator, refusing names: [StaticString]) -> Self? {
        let clean = validator.refuse(names, in: object)
        let value = decode(object, into: &validator)
        return clean ? value : nil
    }

    /// Decodes and checks the body of `request` (declared `application/json`), a create body that
    /// must not carry `names` (`creatable: false`; none for other bodies).
    public static func decode(_ request: Request, refusing names: [StaticString]) throws(ValidationError) -> Self {
        var validator = Validator()
        guard let object = validator.object(request), let value = decode(object, into: &validator, refusing: names) else {
            throw ValidationError(validator.issues)
        }
        return value
    }

    /// Decodes the body of `request` after `validator` has read its path and query parameters,
    /// throwing the issues of all of them at once when there is one: a route reads everything
    /// it is sent before it answers 422, and its body is never an optional it must unwrap.
    public static func decode(_ request: Request, after validator: inout Validator, refusing names: [StaticString] = [])
        throws(ValidationError) -> Self
    {
        guard let object = validator.object(request), let value = decode(object, into: &validator, refusing: names), validator.isValid
        else {
            throw ValidationError(validator.issues)
        }
        return value
    }

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
        try decode(request, refusing: [])
    }
}
