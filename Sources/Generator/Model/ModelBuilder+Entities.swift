import Foundation

extension ModelBuilder {
    mutating func buildEntity(_ decl: ModelDecl) -> Entity {
        checkTypeName(decl.name, what: "model")
        let model = decl.name.value
        var attributes: [Attribute] = []
        var swiftNames: [String: SourceLocation] = [:]
        var fieldNames: [String: SourceLocation] = [:]
        for field in decl.fields {
            if let first = fieldNames[field.name.value] {
                diagnostics.error(
                    "field '\(field.name.value)' is declared twice in '\(model)'", at: field.name.location,
                    notes: [Diagnostic(.note, "first declared here", at: first)])
                continue
            }
            fieldNames[field.name.value] = field.name.location
            guard let attribute = buildAttribute(field, model: model) else { continue }
            let swiftName = Names.swiftProperty(attribute.name)
            if let first = swiftNames[swiftName] {
                diagnostics.error(
                    "fields of '\(model)' collide: '\(field.name.value)' becomes the Swift property '\(swiftName)' like another field",
                    at: field.name.location, notes: [Diagnostic(.note, "the other field", at: first)])
            }
            swiftNames[swiftName] = field.name.location
            attributes.append(attribute)
        }
        let table = decl.table?.value ?? Names.defaultTable(model)
        if let t = decl.table, t.value.isEmpty || t.value.utf8.count > 63 {
            error("table name must be 1 to 63 bytes", at: t.location)
        }
        var primaryKey = attributes.filter(\.primaryKey).map(\.name)
        let fieldPKs = decl.fields.filter { $0.primaryKey?.value == true }
        if fieldPKs.count > 1 {
            diagnostics.error(
                "model '\(model)' has \(fieldPKs.count) primary keys; mark one field, or list several in the model's 'primary_key' for a composite key",
                at: fieldPKs[1].name.location,
                notes: [Diagnostic(.note, "first primary key here", at: fieldPKs[0].name.location)]
            )
            // Keep the first so later checks do not report a missing key as well.
            for index in attributes.indices where attributes[index].primaryKey && attributes[index].name != fieldPKs[0].name.value {
                attributes[index].primaryKey = false
            }
            primaryKey = [fieldPKs[0].name.value]
        }
        if let composite = decl.primaryKey {
            if !fieldPKs.isEmpty, let first = composite.first {
                error("model '\(model)' declares 'primary_key' and also marks a field 'primary_key: true'; use one", at: first.location)
            }
            primaryKey = []
            for name in composite {
                if let index = attributes.firstIndex(where: { $0.name == name.value }) {
                    attributes[index].primaryKey = true
                    attributes[index].clientSettable = attributes[index].clientSettable && attributes[index].defaultValue == nil
                    primaryKey.append(name.value)
                } else {
                    error(
                        "primary_key names unknown field '\(name.value)'\(Suggestion.didYouMean(name.value, among: decl.fields.map(\.name.value)))",
                        at: name.location)
                }
            }
        }
        if primaryKey.isEmpty, decl.persisted, !decl.fields.isEmpty {
            error("model '\(model)' has no primary key; mark a field 'primary_key: true'", at: decl.name.location)
        }
        for index in primaryKey.compactMap({ name in attributes.firstIndex { $0.name == name } }) where attributes[index].optional {
            error(
                "primary key '\(model).\(attributes[index].name)' cannot be optional",
                at: decl.fields.first { $0.name.value == attributes[index].name }?.name.location)
        }
        let owners = decl.fields.filter { $0.owner?.value == true }
        if owners.count > 1 {
            error("model '\(model)' has more than one owner field", at: owners[1].name.location)
        }
        var indexes: [IndexModel] = []
        for index in decl.indexes {
            if index.fields.isEmpty { error("an index needs at least one field", at: index.location) }
            for field in index.fields where !attributes.contains(where: { $0.name == field.value }) {
                error(
                    "index names unknown field '\(field.value)' of '\(model)'\(Suggestion.didYouMean(field.value, among: decl.fields.map(\.name.value)))",
                    at: field.location)
            }
            indexes.append(IndexModel(fields: index.fields.map(\.value), unique: index.unique, name: index.name?.value))
        }
        if !decl.persisted, decl.table != nil, let table = decl.table {
            error("model '\(model)' is not persisted but names a table", at: table.location)
        }
        for relation in decl.manyToMany {
            checkManyToMany(relation, model: model)
        }
        return Entity(
            name: model, table: table, persisted: decl.persisted, attributes: attributes, primaryKey: primaryKey,
            indexes: indexes, doc: decl.doc
        )
    }

    mutating func checkManyToMany(_ relation: RelationDecl, model: String) {
        guard let target = relation.model else {
            error("many_to_many relation '\(relation.name.value)' needs 'model'", at: relation.name.location)
            return
        }
        if !modelNames.contains(target.value) {
            error("unknown model '\(target.value)'\(Suggestion.didYouMean(target.value, among: modelNames))", at: target.location)
        }
        guard let through = relation.through else {
            error("many_to_many relation '\(relation.name.value)' needs 'through': the join model", at: relation.name.location)
            return
        }
        guard let join = spec.models.first(where: { $0.name.value == through.value }) else {
            error("unknown join model '\(through.value)'\(Suggestion.didYouMean(through.value, among: modelNames))", at: through.location)
            return
        }
        let targets = Set(join.fields.compactMap { $0.belongsTo?.value })
        for needed in [model, target.value] where !targets.contains(needed) {
            error("join model '\(through.value)' has no field that belongs_to '\(needed)'", at: through.location)
        }
    }

    mutating func buildAttribute(_ field: FieldDecl, model: String) -> Attribute? {
        let name = field.name
        if !Names.isSnakeIdentifier(name.value) {
            error(
                "field name '\(name.value)' must be snake_case (lower-case letters, digits and '_', starting with a letter)",
                at: name.location)
        }
        if Names.unspellableMembers.contains(name.value) {
            error(Names.unspellableMessage("field name", name.value), at: name.location)
        }
        guard let typeText = field.type else { return nil }
        guard let type = resolveType(typeText, maxLength: field.maxLength?.value) else { return nil }
        var attribute = Attribute(
            name: name.value, column: field.column?.value ?? name.value, type: type,
            optional: field.optional?.value ?? false, primaryKey: field.primaryKey?.value ?? false,
            unique: field.unique?.value ?? false, indexed: field.index?.value ?? false, defaultValue: nil,
            minLength: field.minLength?.value, maxLength: field.maxLength?.value,
            minimum: field.minimum?.value.text, maximum: field.maximum?.value.text,
            pattern: field.pattern?.value, format: field.format?.value, lowercase: field.lowercase?.value ?? false,
            autoUpdate: field.autoUpdate?.value ?? false, serverOnly: field.serverOnly?.value ?? false,
            owner: field.owner?.value ?? false, clientSettable: true, reference: nil,
            renamedFrom: field.renamedFrom?.value, doc: field.doc
        )
        checkRules(field, type: type)
        attribute.writableBy = field.writableBy?.map(\.value)
        attribute.updatable = field.updatable?.value ?? true
        if let literal = field.defaultValue {
            attribute.defaultValue = checkedDefault(literal, type: type, field: "\(model).\(name.value)")
        }
        if attribute.autoUpdate, type != .timestamp, let flag = field.autoUpdate {
            error("auto_update applies to timestamp fields only; '\(model).\(name.value)' is \(type.specName)", at: flag.location)
        }
        if let belongsTo = field.belongsTo {
            let onDelete =
                field.onDelete.flatMap { text -> OnDelete? in
                    guard let rule = OnDelete(rawValue: text.value) else {
                        error(
                            "unknown on_delete rule '\(text.value)'\(choices(text.value, OnDelete.allCases.map(\.rawValue)))",
                            at: text.location)
                        return nil
                    }
                    return rule
                } ?? .restrict
            if onDelete == .setNull, !attribute.optional, let rule = field.onDelete {
                error("on_delete: set_null needs an optional field", at: rule.location)
            }
            attribute.reference = ForeignKeyRef(entity: belongsTo.value, field: "", onDelete: onDelete)
        } else if let rule = field.onDelete {
            error("on_delete needs belongs_to", at: rule.location)
        }
        let serverManaged =
            attribute.serverOnly || attribute.owner || attribute.autoUpdate
            || [.now, .identity, .randomUUID].contains(attribute.defaultValue) || field.readOnly?.value == true
        attribute.clientSettable = field.writable?.value ?? !serverManaged
        if attribute.serverOnly, attribute.clientSettable, let writable = field.writable {
            error("a server_only field cannot be writable", at: writable.location)
        }
        if field.writable?.value == true, let writable = field.writable, [.now, .identity, .randomUUID].contains(attribute.defaultValue) {
            error(
                "a field whose default the database generates ('now', 'identity', 'random_uuid') cannot be writable", at: writable.location)
        }
        if !attribute.clientSettable, !attribute.serverOnly, !attribute.owner, !attribute.optional, attribute.defaultValue == nil,
            !attribute.autoUpdate
        {
            error(
                "'\(model).\(name.value)' is read-only but required with no default, so no row could ever be inserted; make it optional or give it a default\(field.updatable == nil ? " (for a field set on create only, write updatable: false)" : "")",
                at: name.location)
        }
        attribute.creatable = field.creatable?.value ?? true
        if let creatable = field.creatable, !creatable.value {
            if !attribute.clientSettable {
                error(
                    "creatable: false is for fields a client changes after create; '\(model).\(name.value)' is never written by a client",
                    at: creatable.location)
            } else if field.updatable?.value == false {
                error("a field neither creatable nor updatable is never written by a client: write read_only: true", at: creatable.location)
            } else if attribute.primaryKey {
                error("a key is chosen on create; drop creatable: false", at: creatable.location)
            } else if !attribute.hasInputDefault {
                error(
                    "'\(model).\(name.value)' is not sent on create (creatable: false), so it needs a default or optional: true",
                    at: creatable.location)
            }
        }
        if let updatable = field.updatable, !updatable.value {
            if !attribute.clientSettable {
                error(
                    "updatable: false is for fields a client sets on create; '\(model).\(name.value)' is never written by a client",
                    at: updatable.location)
            } else if attribute.primaryKey {
                error(
                    "a key never changes already (a replace or patch naming another is a 422); drop updatable: false",
                    at: updatable.location)
            }
        }
        return attribute
    }

    mutating func resolveType(_ text: Located<String>, maxLength: Int?) -> FieldType? {
        if enumNames.contains(text.value) { return .enumeration(text.value) }
        switch FieldType.parse(text.value, maxLength: maxLength) {
        case .valid(let type)?: return type
        case .invalid(let message)?:
            error(message, at: text.location)
            return nil
        case nil:
            let candidates = FieldType.builtinNames + enumNames
            if text.value.hasPrefix("decimal("), !text.value.hasSuffix(")") {
                error(
                    "unknown type '\(text.value)'; inside '{ … }' a comma ends the value, so quote the type: \"decimal(P,S)\"",
                    at: text.location)
                return nil
            }
            let hint =
                modelNames.contains(text.value)
                ? "; to refer to a model, use 'belongs_to: \(text.value)' on a field of its key's type"
                : FieldType.foreignHint(text.value) ?? Suggestion.didYouMean(text.value, among: candidates)
            error("unknown type '\(text.value)'\(hint)", at: text.location)
            return nil
        }
    }

    mutating func checkRules(_ field: FieldDecl, type: FieldType) {
        let name = "'\(field.name.value)'"
        if let max = field.maxLength, !type.isText {
            error("max_length applies to string and text fields; \(name) is \(type.specName)", at: max.location)
        }
        if let min = field.minLength, !type.isText {
            error("min_length applies to string and text fields; \(name) is \(type.specName)", at: min.location)
        }
        if let min = field.minLength, min.value < 0 { error("min_length cannot be negative", at: min.location) }
        if let max = field.maxLength, max.value < 1 { error("max_length must be at least 1", at: max.location) }
        if let min = field.minLength, let max = field.maxLength, min.value > max.value {
            error("min_length \(min.value) is greater than max_length \(max.value)", at: min.location)
        }
        for bound in [field.minimum, field.maximum].compactMap({ $0 }) {
            if case .decimal = type {
                // Quoted or not: a decimal bound is kept as written text and compared exactly.
                if !DecimalValueCheck.isPlain(bound.value.text) {
                    error(
                        "'\(bound.value.text)' is not a valid decimal bound; write it as digits with an optional '-' and '.', as in '0.01'",
                        at: bound.location)
                }
            } else if !type.isNumeric {
                error("min and max apply to numeric fields; \(name) is \(type.specName)", at: bound.location)
            } else if !isNumber(bound.value.text, integer: type.isInteger) {
                error("'\(bound.value.text)' is not a valid \(type.specName) bound", at: bound.location)
            }
        }
        if let pattern = field.pattern {
            if !type.isText { error("pattern applies to string and text fields", at: pattern.location) }
            if (try? NSRegularExpression(pattern: pattern.value)) == nil {
                error("pattern '\(pattern.value)' is not a valid regular expression", at: pattern.location)
            }
        }
        if let format = field.format {
            if !["email", "url"].contains(format.value) {
                error("unknown format '\(format.value)'\(choices(format.value, ["email", "url"]))", at: format.location)
            } else if !type.isText {
                error("format applies to string and text fields", at: format.location)
            }
        }
        if let lowercase = field.lowercase, lowercase.value, !type.isText {
            error("lowercase applies to string and text fields", at: lowercase.location)
        }
    }

    func isNumber(_ text: String, integer: Bool) -> Bool {
        integer ? Int64(text) != nil : Double(text) != nil && DecimalValueCheck.isPlain(text)
    }

    mutating func checkedDefault(_ literal: Located<ScalarLiteral>, type: FieldType, field: String) -> DefaultValue? {
        let text = literal.value.text
        let plain = literal.value.isPlain
        func wrong(_ expected: String) -> DefaultValue? {
            error("default '\(text)' of '\(field)' is not \(expected)", at: literal.location)
            return nil
        }
        if plain {
            switch text {
            case "now":
                return type == .timestamp || type == .date ? .now : wrong("a \(type.specName) ('now' is for timestamp and date fields)")
            case "random_uuid":
                return type == .uuid ? .randomUUID : wrong("a \(type.specName) ('random_uuid' is for uuid fields)")
            case "identity":
                return type.isInteger ? .identity : wrong("a \(type.specName) ('identity' is for int and bigint fields)")
            default: break
            }
        }
        switch type {
        case .bool:
            return plain && (text == "true" || text == "false") ? .literal(text) : wrong("a boolean (true or false)")
        case .int, .bigint:
            return plain && Int64(text) != nil ? .literal(text) : wrong("an integer")
        case .double:
            return plain && DecimalValueCheck.isPlain(text) ? .literal(text) : wrong("a number")
        case .decimal:
            // Quoting a decimal ("0.00") is allowed: it keeps YAML from reading it as a float.
            return DecimalValueCheck.isPlain(text) ? .literal(text) : wrong("a decimal number")
        case .string(let max):
            if let max, text.unicodeScalars.count > max { return wrong("at most \(max) characters") }
            return .literal(text)
        case .text:
            return .literal(text)
        case .enumeration(let name):
            let values = spec.enums.first { $0.name.value == name }?.values.map(\.value) ?? []
            let hint =
                Suggestion.closest(to: text, among: values).map { "; did you mean '\($0)'?" }
                ?? " (one of: \(values.joined(separator: ", ")))"
            return values.contains(text) ? .literal(text) : wrong("a value of '\(name)'\(hint)")
        case .uuid:
            return UUID(uuidString: text) != nil ? .literal(text.lowercased()) : wrong("a UUID or 'random_uuid'")
        case .timestamp, .date:
            return wrong("'now' (literal \(type.specName) defaults are not supported)")
        case .json, .bytes:
            return wrong("supported: \(type.specName) fields take no default")
        }
    }

    /// Fills in foreign-key targets now that every model is known.
    mutating func resolveReferences(_ entities: inout [Entity]) {
        let byName = Dictionary(entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for e in entities.indices {
            for a in entities[e].attributes.indices {
                guard let reference = entities[e].attributes[a].reference else { continue }
                let attribute = entities[e].attributes[a]
                let location = spec.models.first { $0.name.value == entities[e].name }?.fields.first { $0.name.value == attribute.name }?
                    .belongsTo?.location
                guard let target = byName[reference.entity] else {
                    error(
                        "belongs_to names unknown model '\(reference.entity)'\(Suggestion.didYouMean(reference.entity, among: modelNames))",
                        at: location)
                    continue
                }
                guard target.persisted, let key = target.identifier else {
                    error("model '\(target.name)' cannot be referenced: it needs a single-field primary key and a table", at: location)
                    continue
                }
                if key.type != attribute.type {
                    error(
                        "'\(entities[e].name).\(attribute.name)' is \(attribute.type.specName) but belongs_to '\(target.name)' whose key '\(key.name)' is \(key.type.specName)",
                        at: location)
                }
                entities[e].attributes[a].reference?.field = key.name
            }
        }
    }
}

/// The plain-decimal check shared by defaults and bounds (no exponent, no leading '+').
enum DecimalValueCheck {
    static func isPlain(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? Substring(text.dropFirst()) : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
