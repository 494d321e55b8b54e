/// The view model of `swift/Model.swift`: one entity's struct, row decoding, JSON writing and
/// request-body types. Every name and expression is decided here, not in the template.
enum ModelViewModel {
    static func make(_ entity: Entity, model: APIModel) -> ModelView {
        // Columns in SELECT-list order (`entity.attributes`), so each knows its index.
        let columns = Array(entity.attributes.enumerated())
        return ModelView(
            specPath: model.specPath, name: Names.swiftType(entity.name),
            docLines: DocLines.make(entity.doc.map { $0.split(separator: "\n").map(String.init) } ?? []),
            persisted: entity.persisted,
            properties: entity.attributes.map { attribute in
                let name = Names.swiftProperty(attribute.name)
                return .init(
                    swiftName: name, bareName: Names.swiftMember(name), label: Names.swiftLabel(name),
                    swiftType: SwiftTypes.name(attribute.type) + (attribute.optional ? "?" : ""),
                    serverOnly: attribute.serverOnly, rowDecode: rowDecode(attribute)
                )
            },
            responseProperties: columns.filter { !$0.element.serverOnly }.map { column, attribute in
                .init(
                    swiftName: Names.swiftProperty(attribute.name), jsonKey: attribute.name, optional: attribute.optional,
                    column: String(column), writerMethod: SwiftTypes.jsonWriterMethod(attribute.type),
                    rawValue: attribute.type.isEnumeration
                )
            },
            rowJSONMembers: columns.map { column, attribute in rowJSONMember(attribute, column: column, shown: !attribute.serverOnly) },
            hasInput: !entity.inputAttributes.isEmpty, inputName: inputName(entity), patchName: patchName(entity),
            inputProperties: entity.inputAttributes.map(inputProperty)
        )
    }

    /// How lists write (or, for a server-only field, check) this attribute's column.
    static func rowJSONMember(_ attribute: Attribute, column: Int, shown: Bool) -> ModelView.RowJSONMember {
        .init(
            shown: shown, jsonKey: attribute.name, column: String(column), value: SwiftTypes.rowJSONValue(attribute.type),
            optional: attribute.optional)
    }

    /// The `PostgresRow` method that reads this attribute's column.
    static func rowDecode(_ attribute: Attribute) -> String { attribute.optional ? "decodeOptional" : "decode" }

    static func inputName(_ entity: Entity) -> String { Names.inputType(entity.name) }
    static func patchName(_ entity: Entity) -> String { Names.patchType(entity.name) }

    static func inputProperty(_ attribute: Attribute) -> ModelView.InputProperty {
        let name = Names.swiftProperty(attribute.name)
        let base = SwiftTypes.name(attribute.type)
        let defaultExpression = SwiftTypes.defaultExpression(attribute)
        let required = defaultExpression == nil
        // A `lowercase` field lower-cases in its JSON field, before its length is checked, but a
        // default is written as the spec gives it.
        let lower = attribute.lowercase ? ".lowercased()" : ""
        let jsonField = SwiftTypes.jsonField(attribute)
        let nullable = attribute.optional ? "true" : "false"
        // A required member reads as its value (a placeholder after an issue, which the decoder
        // then drops); another as a `Presence`, absent after an issue, that takes its default.
        let member = "validator.member(object, \(SwiftTypes.literal(attribute.name)), \(jsonField)"
        let inputValue: String
        if required {
            inputValue = member + ")"
        } else if attribute.optional {
            inputValue =
                "\(member), nullable: true).nullable(default: \(defaultExpression ?? "nil"))" + (lower.isEmpty ? "" : "?" + lower)
        } else {
            inputValue = "\(member), nullable: false).value(default: \(defaultExpression ?? "nil"))" + lower
        }
        return .init(
            swiftName: name, bareName: Names.swiftMember(name), label: Names.swiftLabel(name),
            swiftType: base + (attribute.optional ? "?" : ""), baseType: base,
            jsonKey: attribute.name, jsonField: jsonField, nullable: nullable, defaultExpression: defaultExpression ?? "",
            inputValue: inputValue
        )
    }
}
