/// JSON Schemas (OpenAPI 3.1 dialect) for models, request bodies and error envelopes; every
/// rule the generated decoders enforce is stated here, so a client reading only the document
/// finds no disagreement with the server.
enum OpenAPISchemas {
    static func ref(_ name: String) -> JSONNode {
        .object([("$ref", .string("#/components/schemas/\(name)"))])
    }

    /// The schema of one attribute's value (without nullability).
    /// `columnBounds`: a field's value (its column limits a decimal), not a query value compared with it.
    static func valueSchema(_ attribute: Attribute, model: APIModel, forInput: Bool, columnBounds: Bool = true) -> [(String, JSONNode)] {
        var schema: [(String, JSONNode)] = []
        switch attribute.type {
        case .uuid: schema = [("type", "string"), ("format", "uuid"), ("pattern", .string(uuidPattern))]
        case .int:
            schema = [
                ("type", "integer"), ("format", "int32"), ("minimum", .int(Int(attribute.minimum ?? "") ?? Int(Int32.min))),
                ("maximum", .int(Int(attribute.maximum ?? "") ?? Int(Int32.max))),
            ]
        case .bigint:
            schema = [("type", "integer"), ("format", "int64")]
            if let min = attribute.minimum { schema.append(("minimum", .number(min))) }
            if let max = attribute.maximum { schema.append(("maximum", .number(max))) }
        case .string(let max): schema = textSchema(attribute, maxLength: attribute.maxLength ?? max)
        case .text: schema = textSchema(attribute, maxLength: attribute.maxLength)
        case .bool: schema = [("type", "boolean")]
        case .timestamp: schema = [("type", "string"), ("format", "date-time")]
        case .date: schema = [("type", "string"), ("format", "date"), ("pattern", #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#)]
        case .decimal(let p, let s):
            // Answers are numbers; a body may send a string holding one (exact money). The
            // bounds apply to both, and the runtime checks them exactly on the text.
            schema = [("type", forInput ? .array(["number", "string"]) : "number")]
            // The column's own bounds unless the spec sets tighter ones: at most p - s digits
            // before the point (a number beyond them is a 422, decimal_whole_digits).
            let whole = p - s
            let limit =
                whole > 0
                ? String(repeating: "9", count: whole) + (s > 0 ? "." + String(repeating: "9", count: s) : "")
                : "0." + String(repeating: "9", count: max(s, 1))
            if let min = attribute.minimum ?? (columnBounds ? "-" + limit : nil) { schema.append(("minimum", .number(min))) }
            if let max = attribute.maximum ?? (columnBounds ? limit : nil) { schema.append(("maximum", .number(max))) }
            if forInput, columnBounds {
                // The string form, as the runtime counts digits: leading and trailing zeros are
                // free, at most p - s significant digits before the point and s after it.
                // A field that cannot be negative takes no sign: JSON Schema's minimum does not
                // apply to strings, the pattern does.
                let sign = attribute.minimum.flatMap(Double.init).map { $0 >= 0 } == true ? "" : "-?"
                // A maximum of nines (`999999.99`) is a digit count too, which the pattern can
                // say for a field that takes no sign.
                let nines = ninesDigits(attribute.maximum, scale: s).flatMap { $0 > 0 ? $0 : nil }
                let digits = sign.isEmpty ? min(whole, nines ?? whole) : whole
                let fraction = s > 0 ? #"(\.[0-9]{0,\#(s)}0*)?"# : #"(\.0*)?"#
                var pattern =
                    digits > 0
                    ? #"^\#(sign)(0*[0-9]{1,\#(digits)}\#(fraction)|0*\.[0-9]{1,\#(max(s, 1))}0*)$"#
                    : #"^\#(sign)(0+(\.[0-9]{0,\#(max(s, 1))}0*)?|0*\.[0-9]{1,\#(max(s, 1))}0*)$"#
                if let positive = positivePattern(minimum: attribute.minimum, whole: digits, scale: s) { pattern = positive }
                schema.append(("pattern", .string(pattern)))
                // A JSON number with more places than the scale is refused too (decimal_max_places).
                schema.append(("multipleOf", .number(s > 0 ? "0." + String(repeating: "0", count: s - 1) + "1" : "1")))
            }
            let form = forInput ? "Exact decimal, as a JSON number or a string holding one" : "Exact decimal"
            schema.append(("description", .string("\(form): at most \(p) digits, \(s) after the point.")))
        case .double:
            schema = [("type", "number"), ("format", "double")]
            if let min = attribute.minimum { schema.append(("minimum", .number(min))) }
            if let max = attribute.maximum { schema.append(("maximum", .number(max))) }
        case .json: schema = [("description", "Any JSON value.")]
        case .bytes: schema = [("type", "string"), ("contentEncoding", "base64")]
        case .enumeration(let name): schema = [("$ref", .string("#/components/schemas/\(Names.swiftType(name))"))]
        }
        return schema
    }

    /// The string form of a decimal whose minimum is positive and at most one unit of its
    /// scale (`min: "0.01"` on `decimal(12,2)`): every non-zero value the digit count allows is
    /// at least that, so "not zero" is the bound, which a pattern can say (JSON Schema's
    /// `minimum` does not apply to strings). Nil for other minimums.
    static func positivePattern(minimum: String?, whole: Int, scale: Int) -> String? {
        guard let minimum, isPositiveAndAtMostOneUnit(minimum, scale: scale) else { return nil }
        // A non-zero digit before the point, or the first non-zero digit within `scale` after it.
        let fractions = (0..<max(scale, 0)).map { zeros in
            String(repeating: "0", count: zeros) + "[1-9]" + (scale - 1 - zeros > 0 ? "[0-9]{0,\(scale - 1 - zeros)}" : "") + "0*"
        }
        let integer =
            whole > 0
            ? "0*[1-9]" + (whole > 1 ? "[0-9]{0,\(whole - 1)}" : "") + (scale > 0 ? #"(\.[0-9]{0,\#(scale)}0*)?"# : #"(\.0*)?"#) : nil
        let branches = [integer, fractions.isEmpty ? nil : #"0*\.("# + fractions.joined(separator: "|") + ")"].compactMap { $0 }
        return "^(" + branches.joined(separator: "|") + ")$"
    }

    /// The digits before the point of a maximum written as nines up to the scale (`999999.99`
    /// on scale 2 is 6): every value of at most that many digits is within it. Nil otherwise.
    static func ninesDigits(_ maximum: String?, scale: Int) -> Int? {
        guard let maximum else { return nil }
        let parts = maximum.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first.map { $0.drop { $0 == "0" } } ?? ""
        let fraction = parts.count > 1 ? parts[1] : ""
        guard whole.allSatisfy({ $0 == "9" }), fraction == String(repeating: "9", count: scale), !(whole.isEmpty && scale == 0)
        else { return nil }
        return whole.count
    }

    /// Whether a plain decimal literal (`0.01`, `.005`) is above zero and at most 10^-scale,
    /// read digit by digit (exactly, without a floating-point value).
    static func isPositiveAndAtMostOneUnit(_ text: String, scale: Int) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(parts.first ?? "")
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = whole + fraction
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.contains(where: { $0 != "0" }) else {
            return false
        }
        // value × 10^scale: its integer part and what is left after the point.
        let padded = fraction + String(repeating: "0", count: max(scale - fraction.count, 0))
        let units = (whole + padded.prefix(scale)).drop { $0 == "0" }
        let rest = padded.dropFirst(scale)
        return units.isEmpty || (units == "1" && rest.allSatisfy { $0 == "0" })
    }

    /// The only text form of a UUID the runtime reads (`UUIDText`): `format: uuid` alone is an
    /// annotation many validators skip, so a client could not tell `20` from a UUID.
    static let uuidPattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"

    /// Characters the runtime's email and URL checks refuse: controls, DEL and Unicode white space.
    static let refusedCharacters = #"\u0000-\u0020\u007f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"#

    /// The runtime's rules as JSON Schema patterns: text never holds NUL (Postgres cannot store
    /// it); an email is `local@domain.tld` (`RuntimeJSON.EmailFormat`); a URL is absolute http(s).
    static let textPattern = #"^[^\u0000]*$"#
    static let emailPattern = "^[^@" + refusedCharacters + "]+@[^@." + refusedCharacters + "]+(\\.[^@." + refusedCharacters + "]+)+$"
    static let urlPattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#" + refusedCharacters + "]+([/?#][^" + refusedCharacters + "]*)?$"

    static func textSchema(_ attribute: Attribute, maxLength: Int?) -> [(String, JSONNode)] {
        var schema: [(String, JSONNode)] = [("type", "string")]
        if let min = attribute.minLength { schema.append(("minLength", .int(min))) }
        if let max = maxLength { schema.append(("maxLength", .int(max))) }
        switch (attribute.format, attribute.pattern) {
        case (_, let pattern?): schema.append(("pattern", .string(pattern)))
        case ("email"?, nil): schema.append(("pattern", .string(emailPattern)))
        case ("url"?, nil): schema.append(("pattern", .string(urlPattern)))
        default: schema.append(("pattern", .string(textPattern)))
        }
        return schema
    }

    /// `forInput`: the schema of a body member (a create's or replace's, whose `defaults` are
    /// listed, or a patch's, whose are not); else of an answer's.
    static func attributeSchema(_ attribute: Attribute, model: APIModel, forInput: Bool, defaults: Bool? = nil) -> JSONNode {
        var schema = valueSchema(attribute, model: model, forInput: forInput)
        if attribute.optional, attribute.type != .json {
            if let index = schema.firstIndex(where: { $0.0 == "type" }), case .string(let type) = schema[index].1 {
                schema[index].1 = .array([.string(type), "null"])
            } else if let index = schema.firstIndex(where: { $0.0 == "type" }), case .array(let types) = schema[index].1 {
                schema[index].1 = .array(types + ["null"])
            } else {
                schema = [("oneOf", .array([.object(schema), .object([("type", "null")])]))]
            }
        }
        if let doc = attribute.doc { schema.append(("description", .string(doc))) }
        let defaults = defaults ?? forInput
        if defaults, case .literal(let text)? = attribute.defaultValue { schema.append(("default", defaultNode(text, attribute.type))) }
        if defaults, attribute.optional, attribute.defaultValue == nil { schema.append(("default", .null)) }
        return .object(schema)
    }

    static func defaultNode(_ text: String, _ type: FieldType) -> JSONNode {
        switch type {
        case .bool: .bool(text == "true")
        case .int, .bigint, .double, .decimal: .number(text)
        default: .string(text)
        }
    }

    /// A model's answer: every field but `server_only` ones, or the fields a resource's
    /// `fields.response` lists, in its order.
    static func entity(_ entity: Entity, model: APIModel, only: [String]? = nil) -> JSONNode {
        let attributes = only.map { $0.compactMap(entity.attribute) } ?? entity.responseAttributes
        return .object([
            ("type", "object"),
            ("properties", .object(attributes.map { ($0.name, attributeSchema($0, model: model, forInput: false)) })),
            ("required", .array(attributes.map { .string($0.name) })),
        ])
    }

    /// A create or replace body; the fields a create refuses (`refused`: `creatable: false`, or
    /// left out of `fields.create`) are stated as never present (a boolean `false` schema).
    static func input(_ entity: Entity, model: APIModel, extra: [(String, JSONNode, Bool)] = [], refused: Set<String> = []) -> JSONNode {
        let attributes = entity.inputAttributes
        var properties = attributes.map { attribute -> (String, JSONNode) in
            (attribute.name, refused.contains(attribute.name) ? .bool(false) : attributeSchema(attribute, model: model, forInput: true))
        }
        var required = attributes.filter { !$0.hasInputDefault }.map { JSONNode.string($0.name) }
        for (name, schema, isRequired) in extra {
            properties.append((name, schema))
            if isRequired { required.append(.string(name)) }
        }
        return .object([("type", "object"), ("properties", .object(properties)), ("required", .array(required))])
    }

    static func patch(_ entity: Entity, model: APIModel) -> JSONNode {
        let attributes = entity.inputAttributes
        return .object([
            ("type", "object"),
            ("properties", .object(attributes.map { ($0.name, attributeSchema($0, model: model, forInput: true, defaults: false)) })),
        ])
    }

    static let httpError: JSONNode = .object([
        ("type", "object"),
        ("properties", .object([("detail", .object([("type", "string")]))])),
        ("required", ["detail"]),
    ])

    static let validationError: JSONNode = .object([
        ("type", "object"),
        (
            "properties",
            .object([
                (
                    "detail",
                    .object([
                        ("type", "array"),
                        (
                            "items",
                            .object([
                                ("type", "object"),
                                (
                                    "properties",
                                    .object([
                                        (
                                            "loc",
                                            .object([("type", "array"), ("items", .object([("type", .array(["string", "integer"]))]))])
                                        ),
                                        ("msg", .object([("type", "string")])),
                                        ("type", .object([("type", "string")])),
                                    ])
                                ),
                                ("required", ["loc", "msg", "type"]),
                            ])
                        ),
                    ])
                )
            ])
        ),
        ("required", ["detail"]),
    ])
}

extension JSONNode: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    init(stringLiteral value: String) {
        self = .string(value)
    }

    init(arrayLiteral elements: JSONNode...) {
        self = .array(elements)
    }
}
