/// The view model of `swift/Model.swift`: one entity's struct, row decoding, JSON writing and
/// request-body types. Every name and expression is decided here, not in the template.
enum ModelViewModel {
    static func make(_ entity: Entity, model: APIModel) -> TemplateValue {
        let properties = entity.attributes.map { attribute -> TemplateValue in
            let name = Names.swiftProperty(attribute.name)
            return [
                "swiftName": .string(name),
                "bareName": .string(Names.swiftBare(name)),
                "swiftType": .string(SwiftTypes.name(attribute.type) + (attribute.optional ? "?" : "")),
                "serverOnly": .bool(attribute.serverOnly),
                "rowDecode": .string(rowDecode(attribute)),
            ]
        }
        // Columns in SELECT-list order (`entity.attributes`), so each knows its index.
        let columns = Array(entity.attributes.enumerated())
        let responseProperties = columns.filter { !$0.element.serverOnly }.map { column, attribute -> TemplateValue in
            let name = Names.swiftProperty(attribute.name)
            return [
                "swiftName": .string(name),
                "jsonKey": .string(attribute.name),
                "optional": .bool(attribute.optional),
                "jsonWrite": .string(SwiftTypes.jsonWrite(attribute.type, name)),
                "rowJSONWrite": .string(SwiftTypes.rowJSONWrite(attribute.type, optional: attribute.optional, column: column)),
            ]
        }
        // Columns the response leaves out are still decoded by the row writer, so a row that
        // `init(row:)` rejects is rejected there too.
        let hiddenColumnChecks = columns.filter { $0.element.serverOnly }.map { column, attribute -> TemplateValue in
            .string("_ = try row.\(rowDecode(attribute))(\(column), as: \(SwiftTypes.name(attribute.type)).self)")
        }
        return [
            "specPath": .string(model.specPath),
            "name": .string(Names.swiftType(entity.name)),
            "docLines": .docLines(entity.doc.map { $0.split(separator: "\n").map(String.init) } ?? []),
            "persisted": .bool(entity.persisted),
            "properties": .list(properties),
            "responseProperties": .list(responseProperties),
            "hiddenColumnChecks": .list(hiddenColumnChecks),
            "hasInput": .bool(!entity.inputAttributes.isEmpty),
            "inputName": .string(inputName(entity)),
            "patchName": .string(patchName(entity)),
            "inputProperties": .list(entity.inputAttributes.map(inputProperty)),
        ]
    }

    /// The `PostgresRow` method that reads this attribute's column.
    static func rowDecode(_ attribute: Attribute) -> String { attribute.optional ? "decodeOptional" : "decode" }

    static func inputName(_ entity: Entity) -> String { Names.swiftType(entity.name) + "Input" }
    static func patchName(_ entity: Entity) -> String { Names.swiftType(entity.name) + "Patch" }

    static func inputProperty(_ attribute: Attribute) -> TemplateValue {
        let name = Names.swiftProperty(attribute.name)
        let base = SwiftTypes.name(attribute.type)
        let defaultExpression = SwiftTypes.defaultExpression(attribute)
        let required = defaultExpression == nil
        // A `lowercase` field lower-cases in its JSON field, before its length is checked, but a
        // default is written as the spec gives it.
        let lower = attribute.lowercase ? ".lowercased()" : ""
        let inputValue: String
        if required {
            inputValue = name
        } else if attribute.optional {
            inputValue = "\(name).nullable(default: \(defaultExpression ?? "nil"))" + (lower.isEmpty ? "" : "?" + lower)
        } else {
            inputValue = "\(name).value(default: \(defaultExpression ?? "nil"))" + lower
        }
        return [
            "swiftName": .string(name),
            "bareName": .string(Names.swiftBare(name)),
            "swiftType": .string(base + (attribute.optional ? "?" : "")),
            "baseType": .string(base),
            "jsonKey": .string(attribute.name),
            "jsonField": .string(SwiftTypes.jsonField(attribute)),
            "required": .bool(required),
            "nullable": .string(attribute.optional ? "true" : "false"),
            "defaultExpression": .string(defaultExpression ?? ""),
            "inputValue": .string(inputValue),
            "patchValue": .string(name),
        ]
    }
}
