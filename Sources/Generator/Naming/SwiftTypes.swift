/// How each spec type appears in generated Swift: its type name and the runtime calls that read
/// and write it. The runtime symbols named here are the ones documented in docs/runtime-api.md.
enum SwiftTypes {
    static func name(_ type: FieldType) -> String {
        switch type {
        case .uuid: "UUID"
        case .int: "Int32"
        case .bigint: "Int64"
        case .string, .text: "String"
        case .bool: "Bool"
        case .timestamp: "Timestamp"
        case .date: "CalendarDate"
        case .decimal: "DecimalValue"
        case .double: "Double"
        case .json: "JSONText"
        case .bytes: "[UInt8]"
        case .enumeration(let name): Names.swiftType(name)
        }
    }

    /// The `JSONWriter` method that writes a value of this type (an enum writes its raw value).
    static func jsonWriterMethod(_ type: FieldType) -> String {
        switch type {
        case .uuid: "uuid"
        case .int, .bigint: "int"
        case .string, .text, .enumeration: "string"
        case .bool: "bool"
        case .timestamp: "timestamp"
        case .date: "date"
        case .decimal: "decimal"
        case .double: "double"
        case .json: "json"
        case .bytes: "base64"
        }
    }

    /// The `RowJSONValue` that writes a column of this type from a row's text.
    static func rowJSONValue(_ type: FieldType) -> String {
        switch type {
        case .uuid: ".uuid"
        case .int: ".int32"
        case .bigint: ".int64"
        case .string, .text: ".string"
        case .bool: ".bool"
        case .timestamp: ".timestamp"
        case .date: ".date"
        case .decimal: ".decimal"
        case .double: ".double"
        case .json: ".json"
        case .bytes: ".bytes"
        case .enumeration(let name): ".enumeration(\(Names.swiftType(name)).self)"
        }
    }

    /// The `JSONField` that decodes and checks a body member of this attribute.
    static func jsonField(_ attribute: Attribute) -> String {
        switch attribute.type {
        case .uuid: return ".uuid"
        case .int: return ".int32(\(bounds(attribute)))"
        case .bigint: return ".int64(\(bounds(attribute)))"
        case .string(let max):
            return ".string(\(stringRules(attribute, maxLength: attribute.maxLength ?? max)))"
        case .text: return ".string(\(stringRules(attribute, maxLength: attribute.maxLength)))"
        case .bool: return ".bool"
        case .timestamp: return ".timestamp"
        case .date: return ".date"
        case .decimal(let precision, let scale):
            let bounds = [("min", attribute.minimum), ("max", attribute.maximum)].compactMap { label, value in
                value.map { ", \(label): DecimalValue(unchecked: \(literal($0)))" }
            }
            return ".decimal(precision: \(precision), scale: \(scale)\(bounds.joined()))"
        case .double: return ".double(\(bounds(attribute)))"
        case .json: return ".jsonText"
        case .bytes: return ".bytes"
        case .enumeration(let name): return ".enumeration(\(Names.swiftType(name)).self)"
        }
    }

    /// The `QueryField` that parses a query or path string of this type.
    static func queryField(_ type: FieldType) -> String {
        switch type {
        case .uuid: ".uuid"
        case .int: ".int32()"
        case .bigint: ".int64()"
        case .bool: ".bool"
        case .enumeration(let name): ".enumeration(\(Names.swiftType(name)).self)"
        case .decimal: ".decimal"
        case .double: ".double"
        case .date: ".date"
        case .timestamp: ".timestamp"
        // The column's length, as the parameter's OpenAPI schema says.
        case .string(let max?): ".string(maxLength: \(max))"
        default: ".string()"
        }
    }

    /// `.oneOf(["a", "b"])`: one of these names, as a `QueryField`.
    static func oneOf(_ names: [String]) -> String {
        ".oneOf([" + names.map(literal).joined(separator: ", ") + "])"
    }

    /// A literal of `type` in Swift, from its spec text (a filter's bound value).
    static func valueLiteral(_ text: String, _ type: FieldType) -> String {
        switch type {
        case .bool, .int, .bigint, .double: text
        case .decimal: "DecimalValue(unchecked: \(literal(text)))"
        case .enumeration: "." + Names.swiftCase(text)
        default: literal(text)
        }
    }

    static func bounds(_ attribute: Attribute) -> String {
        var parts: [String] = []
        if let min = attribute.minimum { parts.append("min: \(min)") }
        if let max = attribute.maximum { parts.append("max: \(max)") }
        return parts.joined(separator: ", ")
    }

    static func stringRules(_ attribute: Attribute, maxLength: Int?) -> String {
        var parts: [String] = []
        if let min = attribute.minLength { parts.append("minLength: \(min)") }
        if let max = maxLength { parts.append("maxLength: \(max)") }
        if let format = attribute.format { parts.append("format: .\(format)") }
        if let pattern = attribute.pattern { parts.append("pattern: \(literal(pattern))") }
        if attribute.lowercase { parts.append("lowercased: true") }  // checked after lower-casing
        return parts.joined(separator: ", ")
    }

    /// A Swift string literal; raw (`#"…"#`) when the text has quotes or backslashes.
    static func literal(_ text: String) -> String {
        if !text.contains("\"") && !text.contains("\\") && !text.contains("\n") { return "\"\(text)\"" }
        var hashes = "#"
        while text.contains("\"" + hashes) { hashes += "#" }
        return hashes + "\"" + text.replacingOccurrences(of: "\n", with: "\\" + hashes + "n") + "\"" + hashes
    }

    /// A literal default value in Swift, for absent create/replace fields.
    static func defaultExpression(_ attribute: Attribute) -> String? {
        if attribute.optional, attribute.defaultValue == nil { return "nil" }
        guard case .literal(let text)? = attribute.defaultValue else { return nil }
        switch attribute.type {
        case .bool, .int, .bigint, .double: return text
        case .string, .text: return literal(text)
        case .decimal: return "DecimalValue(unchecked: \(literal(text)))"
        case .uuid: return "UUID(uuidString: \(literal(text)))!"
        case .enumeration: return "." + Names.swiftCase(text)
        default: return nil
        }
    }
}
