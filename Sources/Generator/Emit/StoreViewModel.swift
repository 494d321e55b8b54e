/// The view model of `swift/Store.swift`: typed methods over one table and the SQL they prepare.
struct StoreViewModel {
    let entity: Entity
    let model: APIModel
    let resource: Resource?

    var table: String { Names.sql(entity.table) }
    var typeName: String { Names.swiftType(entity.name) }
    var columns: String { entity.attributes.map { Names.sql($0.column) }.joined(separator: ", ") }
    var owner: Attribute? { resource?.scope?.attribute.flatMap { entity.attribute($0) } ?? nil }
    /// The access rules of a member-scoped resource, compiled into each statement.
    var access: AccessPlan? { AccessPlan(entity: entity, resource: resource, model: model) }

    static func storeName(_ entity: Entity) -> String { Names.storeType(entity.name) }

    /// `<Model>Store`, or `<Name>Store` for a named second resource of the model.
    var storeTypeName: String {
        guard let resource, !resource.isDefault else { return Self.storeName(entity) }
        return Names.storeType(resource.name)
    }

    /// What its statements' names start with: the table, and a named resource's name (two stores
    /// over one table prepare different SQL under different names).
    var statementPrefix: String {
        guard let resource, !resource.isDefault else { return entity.table }
        return entity.table + "_" + Names.snake(resource.name)
    }

    /// How WHERE conditions are joined: one line as before, or one per line when access rules add
    /// subqueries a reviewer reads one by one.
    var conjunction: String { access == nil ? " AND " : "\n  AND " }

    /// A statement's text split into the lines the template writes.
    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    func make() -> StoreView {
        var methods: [StoreMethodView] = []
        var statements: [StatementView] = []
        func add(_ method: StoreMethodView, _ statement: (swiftName: String, name: String, sql: [String])) {
            methods.append(method)
            statements.append(StatementView(swiftName: statement.swiftName, name: statement.name, sqlLines: statement.sql))
        }
        // Under access rules a store offers only the operations the resource does: the others
        // have no rule of their own, and a default one could be wider than intended.
        let offers = { (operation: Operation) in self.access == nil || self.resource?.operations.contains(operation) == true }
        if !entity.inputAttributes.isEmpty, offers(.create) { add(insertMethod(), insertStatement()) }
        if let key = entity.identifier {
            if offers(.get) {
                add(findMethod(key), findStatement(key))
                add(findMethod(key, forUpdate: true), findStatement(key, forUpdate: true))
            }
            for attribute in entity.attributes where attribute.unique && !attribute.primaryKey {
                add(findByMethod(attribute), findByStatement(attribute))
            }
            if model.auth?.user == entity.name {
                add(existsMethod(key), existsStatement(key))
            }
            if !entity.inputAttributes.isEmpty {
                if offers(.replace) { add(replaceMethod(key), replaceStatement(key)) }
                if offers(.patch) { add(patchMethod(key), patchStatement(key)) }
                for operation in [Operation.replace, .patch] where offers(operation) && !fixedFields.isEmpty {
                    let check = changedFieldMethod(key, operation)
                    add(check.method, check.statement)
                }
            }
            if offers(.delete) { add(deleteMethod(key), deleteStatement(key)) }
        }
        if let access {
            let standing = standingMethod(access)
            add(standing.method, standing.statement)
        }
        for reference in references {
            let check = referenceMethod(reference)
            add(check.method, check.statement)
        }
        for link in resource?.links ?? [] {
            guard let target = model.entity(link.target), let join = model.entity(link.join) else { continue }
            let plan = LinkPlan(entity: entity, link: link, target: target, joinEntity: join, owner: owner)
            for (method, statement) in plan.methods() {
                methods.append(method)
                statements.append(statement)
            }
            if resource?.includes.contains(where: { $0.name == link.name }) == true, let included = plan.includedMethod() {
                methods.append(included.method)
                statements.append(included.statement)
            }
        }
        if let resource, resource.operations.contains(.list) {
            let list = ListPlan(entity: entity, resource: resource, owner: owner, access: access)
            methods.append(list.method())
            statements += list.statements().map { StatementView(swiftName: $0.swiftName, name: $0.name, sqlLines: $0.sql) }
            statements += list.firstPages().map {
                StatementView(
                    swiftName: $0.swiftName, name: $0.name, sqlLines: $0.sql, type: RuntimeSymbols.firstPageStatement,
                    defaultSize: resource.paging.map { String($0.defaultLimit) } ?? "")
            }
        }
        var view = StoreView(
            specPath: model.specPath, name: typeName, table: entity.table, storeName: storeTypeName,
            methods: methods, statements: statements,
            input: .init(
                type: ModelViewModel.inputName(entity),
                binds: entity.inputAttributes.map(Self.inputValue))
        )
        if let access, let resource {
            view.rules = resource.operations.map(access.ruleView)
            view.tenant = access.tenantName.map { "a " + $0 } ?? "this API (the user's own role)"
        }
        return view
    }

    // MARK: Parameters shared by the keyed methods

    func keyParameters(_ key: Attribute, _ operation: Operation) -> (
        signature: [StoreMethodView.Parameter], binds: [String], conditions: [String]
    ) {
        var signature = [parameter(key.name, key.type)]
        var binds = [Names.local(Names.swiftProperty(key.name))]
        var conditions = ["\(Names.sql(key.column)) = $1"]
        if let access {
            signature += access.parameters(operation)
            binds += access.values(operation).map(\.local)
            conditions += access.conditions(operation, access.placeholders(operation, first: 2))
            return (signature, binds, conditions)
        }
        if let owner {
            signature.append(.init(label: "", name: "owner", type: SwiftTypes.name(owner.type)))
            binds.append("owner")
            conditions.append("\(Names.sql(owner.column)) = $2")
        }
        return (signature, binds, conditions)
    }

    /// A client field as a store method binds it: `input.title`.
    static func inputValue(_ attribute: Attribute) -> String { "input." + Names.swiftMember(Names.swiftProperty(attribute.name)) }

    /// A parameter named after a field: `id: Int32`, `email: String?`.
    func parameter(_ field: String, _ type: FieldType, optional: Bool = false, label: String = "") -> StoreMethodView.Parameter {
        let name = Names.swiftProperty(field)
        return .named(name, local: Names.local(name), type: SwiftTypes.name(type) + (optional ? "?" : ""), label: label)
    }

    enum Result {
        case inserted, row, exists, affected, text
    }

    func method(
        _ doc: [String], _ name: String, _ parameters: [StoreMethodView.Parameter], returns: String, binds: [String],
        statement: String, result: Result
    ) -> StoreMethodView {
        StoreMethodView(
            docLines: DocLines.make(doc), name: name, parameters: parameters, returnType: returns, binds: binds,
            bindsAppendedLater: false, statement: statement,
            returnsInserted: result == .inserted, returnsRow: result == .row, returnsExists: result == .exists,
            returnsAffected: result == .affected, returnsText: result == .text, list: nil, rowType: typeName
        )
    }

    func statementName(_ suffix: String) -> String { statementPrefix + "_" + suffix }

    // MARK: insert

    /// Columns an insert writes: client fields, the owner, and server-only fields with no default.
    var insertAttributes: [Attribute] {
        entity.attributes.filter {
            $0.clientSettable || ($0.owner && owner != nil) || ($0.serverOnly && $0.defaultValue == nil && !$0.owner)
        }
    }

    var extraInsertAttributes: [Attribute] {
        insertAttributes.filter { !$0.clientSettable && !($0.owner && owner != nil) }
    }

    func insertMethod() -> StoreMethodView {
        if let access { return tenantInsertMethod(access) }
        var signature = [StoreMethodView.Parameter(label: "_", name: "input", type: ModelViewModel.inputName(entity))]
        if let owner { signature.append(.init(label: "", name: "owner", type: SwiftTypes.name(owner.type))) }
        for extra in extraInsertAttributes {
            signature.append(parameter(extra.name, extra.type, optional: extra.optional))
        }
        let binds = insertAttributes.map { attribute -> String in
            let name = Names.swiftProperty(attribute.name)
            if attribute.clientSettable { return Self.inputValue(attribute) }
            return attribute.owner && owner != nil ? "owner" : Names.local(name)
        }
        if !references.isEmpty {
            return method(
                [
                    "Inserts a row; fields the server manages take their database defaults.",
                    "Nil when a reference names a row the caller may not use.",
                ],
                "insert", signature, returns: typeName + "?", binds: binds, statement: "insert", result: .row
            )
        }
        return method(
            ["Inserts a row; fields the server manages take their database defaults."],
            "insert", signature, returns: typeName, binds: binds, statement: "insert", result: .inserted
        )
    }

    func insertStatement() -> (swiftName: String, name: String, sql: [String]) {
        if let access { return tenantInsertStatement(access) }
        let columns = insertAttributes.map { Names.sql($0.column) }.joined(separator: ", ")
        let values = insertAttributes.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        guard !references.isEmpty else {
            return (
                "insert", statementName("insert"),
                [
                    "INSERT INTO \(table) (\(columns))", "VALUES (\(values))", "RETURNING \(self.columns)",
                ]
            )
        }
        // A reference to a row the caller may not use: the insert selects nothing.
        let at = referencePlaceholders(.create)
        let selected = insertAttributes.enumerated().map { "$\($0 + 1)::\(castType($1.type))" }
        let conditions = references.compactMap { reference -> String? in
            guard let index = insertAttributes.firstIndex(where: { $0.name == reference.attribute.name }) else { return nil }
            let value = "$\(index + 1)"
            return "(\(value)::\(castType(reference.attribute.type)) IS NULL OR \(reference.condition(value, at.tenant, at.subject)))"
        }
        return (
            "insert", statementName("insert"),
            ["INSERT INTO \(table) (\(columns))", "SELECT " + selected.joined(separator: ", ")]
                + Self.lines("WHERE " + conditions.joined(separator: "\n  AND ")) + ["RETURNING \(self.columns)"]
        )
    }

    // MARK: find, exists, delete

    func findMethod(_ key: Attribute, forUpdate: Bool = false) -> StoreMethodView {
        let p = keyParameters(key, .get)
        let name = forUpdate ? "findForUpdate" : "find"
        let doc =
            forUpdate
            ? [
                "Like `find`, and locks the row until the transaction ends (`FOR UPDATE`): call it on a",
                "store made with a transaction, before changing the row from what it read.",
            ]
            : ["The row with this key\(owner == nil ? "" : " owned by `owner`"), if any."]
        return method(
            doc, name, p.signature, returns: typeName + "?", binds: p.binds, statement: name, result: .row
        )
    }

    func findStatement(_ key: Attribute, forUpdate: Bool = false) -> (swiftName: String, name: String, sql: [String]) {
        let lines = ["SELECT \(columns)", "FROM \(table)", "WHERE " + keyParameters(key, .get).conditions.joined(separator: conjunction)]
        return forUpdate
            ? ("findForUpdate", statementName("find_for_update"), (lines + ["FOR UPDATE"]).flatMap(Self.lines))
            : ("find", statementName("find"), lines.flatMap(Self.lines))
    }

    func findByMethod(_ attribute: Attribute) -> StoreMethodView {
        let name = Names.local(Names.swiftProperty(attribute.name))
        let label = Names.lookupLabel(attribute.name)
        return method(
            ["The row whose `\(attribute.name)` is this value, if any."],
            "find", [parameter(attribute.name, attribute.type, label: label)], returns: typeName + "?", binds: [name],
            statement: "findBy" + Names.swiftType(attribute.name), result: .row
        )
    }

    func findByStatement(_ attribute: Attribute) -> (swiftName: String, name: String, sql: [String]) {
        (
            "findBy" + Names.swiftType(attribute.name), statementName("find_by_" + attribute.name),
            ["SELECT \(columns)", "FROM \(table)", "WHERE \(Names.sql(attribute.column)) = $1"]
        )
    }

    func existsMethod(_ key: Attribute) -> StoreMethodView {
        let name = Names.local(Names.swiftProperty(key.name))
        return method(
            ["Whether a row with this key exists (the token's subject must still be a user)."],
            "exists", [parameter(key.name, key.type)], returns: "Bool", binds: [name],
            statement: "exists", result: .exists
        )
    }

    func existsStatement(_ key: Attribute) -> (swiftName: String, name: String, sql: [String]) {
        ("exists", statementName("exists"), ["SELECT 1 FROM \(table) WHERE \(Names.sql(key.column)) = $1"])
    }

    func deleteMethod(_ key: Attribute) -> StoreMethodView {
        let p = keyParameters(key, .delete)
        return method(
            ["Deletes the row; false when there was none\(owner == nil ? "" : " owned by `owner`")."],
            "delete", p.signature, returns: "Bool", binds: p.binds, statement: "delete", result: .affected
        )
    }

    func deleteStatement(_ key: Attribute) -> (swiftName: String, name: String, sql: [String]) {
        (
            "delete", statementName("delete"),
            ["DELETE FROM \(table)", "WHERE " + keyParameters(key, .delete).conditions.joined(separator: conjunction)].flatMap(Self.lines)
        )
    }

    // MARK: replace and patch

    var autoUpdated: [String] {
        entity.attributes.filter(\.autoUpdate).map { "\(Names.sql($0.column)) = clock_timestamp()" }
    }

    func replaceMethod(_ key: Attribute) -> StoreMethodView {
        let p = keyParameters(key, .replace)
        let binds = p.binds + entity.inputAttributes.map(Self.inputValue)
        return method(
            ["Replaces every client field; nil when the row does not exist\(owner == nil ? "" : " or is not `owner`'s")."],
            "replace", p.signature + [.init(label: "_", name: "input", type: ModelViewModel.inputName(entity))],
            returns: typeName + "?", binds: binds, statement: "replace", result: .row
        )
    }

    func replaceStatement(_ key: Attribute) -> (swiftName: String, name: String, sql: [String]) {
        let p = keyParameters(key, .replace)
        let first = p.binds.count + 1
        let sets = entity.inputAttributes.enumerated().map { "\(Names.sql($1.column)) = $\(first + $0)" } + autoUpdated
        var conditions = p.conditions
        for attribute in fixedFields {
            guard let index = entity.inputAttributes.firstIndex(where: { $0.name == attribute.name }) else { continue }
            conditions.append("$\(first + index)::\(castType(attribute.type)) IS NOT DISTINCT FROM \(table).\(Names.sql(attribute.column))")
        }
        let at = referencePlaceholders(.replace)
        for reference in references {
            guard let index = entity.inputAttributes.firstIndex(where: { $0.name == reference.attribute.name }) else { continue }
            let value = "$\(first + index)"
            conditions.append(
                "(\(value)::\(castType(reference.attribute.type)) IS NULL OR \(reference.condition(value, at.tenant, at.subject)))")
        }
        if let access, access.checksWriters(.replace) {
            let at = access.placeholders(.replace, first: 2)
            for (attribute, rule) in access.writerFields {
                guard let index = entity.inputAttributes.firstIndex(where: { $0.name == attribute.name }) else { continue }
                conditions.append(
                    access.writerCondition(
                        rule, value: "$\(first + index)::\(castType(attribute.type))", kept: "\(table).\(Names.sql(attribute.column))", at))
            }
        }
        return (
            "replace", statementName("replace"),
            [
                "UPDATE \(table)", "SET " + sets.joined(separator: ", "), "WHERE " + conditions.joined(separator: conjunction),
                "RETURNING \(columns)",
            ].flatMap(Self.lines)
        )
    }

    func patchMethod(_ key: Attribute) -> StoreMethodView {
        let p = keyParameters(key, .patch)
        var binds = p.binds
        for attribute in entity.inputAttributes {
            let name = "patch." + Names.swiftMember(Names.swiftProperty(attribute.name))
            binds.append(name)  // two parameters: whether it was sent, and its value
        }
        return method(
            ["Changes the fields present in `patch`; nil when the row does not exist\(owner == nil ? "" : " or is not `owner`'s")."],
            "patch", p.signature + [.init(label: "_", name: "patch", type: ModelViewModel.patchName(entity))],
            returns: typeName + "?", binds: binds, statement: "patch", result: .row
        )
    }

    /// One static statement for every subset of fields: each field has a "present" flag and a
    /// value, so `CASE` keeps the old value when the flag is false.
    func patchStatement(_ key: Attribute) -> (swiftName: String, name: String, sql: [String]) {
        let p = keyParameters(key, .patch)
        var index = p.binds.count + 1
        var sets: [String] = []
        var conditions = p.conditions
        let at = referencePlaceholders(.patch)
        let fixed = Set(fixedFields.map(\.name))
        for attribute in entity.inputAttributes {
            let column = Names.sql(attribute.column)
            sets.append("\(column) = CASE WHEN $\(index)::boolean THEN $\(index + 1)::\(castType(attribute.type)) ELSE \(column) END")
            if let access, access.checksWriters(.patch),
                let writers = access.writerFields.first(where: { $0.attribute.name == attribute.name })
            {
                let condition = access.writerCondition(
                    writers.rule, value: "$\(index + 1)::\(castType(attribute.type))", kept: "\(table).\(column)",
                    access.placeholders(.patch, first: 2))
                conditions.append("(NOT $\(index)::boolean OR \(condition))")
            }
            if fixed.contains(attribute.name) {
                conditions.append(
                    "(NOT $\(index)::boolean OR $\(index + 1)::\(castType(attribute.type)) IS NOT DISTINCT FROM \(table).\(column))")
            }
            if let reference = references.first(where: { $0.attribute.name == attribute.name }) {
                let value = "$\(index + 1)"
                conditions.append(
                    "(NOT $\(index)::boolean OR \(value)::\(castType(attribute.type)) IS NULL OR \(reference.condition(value, at.tenant, at.subject)))"
                )
            }
            index += 2
        }
        sets += autoUpdated
        return (
            "patch", statementName("patch"),
            [
                "UPDATE \(table)", "SET " + sets.joined(separator: ",\n    "), "WHERE " + conditions.joined(separator: conjunction),
                "RETURNING \(columns)",
            ].flatMap { $0.split(separator: "\n").map(String.init) }
        )
    }
}

// MARK: Member-scoped resources

extension StoreViewModel {
    /// Columns a member-scoped insert writes, each with the Swift value bound for it: the path's
    /// tenant and parents, the owner from the subject, the client's fields, server-only fields.
    func tenantInsertColumns(_ access: AccessPlan) -> [(attribute: Attribute, value: String)] {
        var result: [(Attribute, String)] = []
        if let field = access.tenant?.field.flatMap(entity.attribute), let value = access.tenantValue {
            result.append((field, value.local))
        }
        for (parent, value) in zip(access.parents, access.parentValues) {
            if let field = entity.attribute(parent.field) { result.append((field, value.local)) }
        }
        if access.tenant != nil, let owner = entity.owner, let subject = access.subjectValue { result.append((owner, subject.local)) }
        for attribute in entity.inputAttributes {
            result.append((attribute, Self.inputValue(attribute)))
        }
        for attribute in entity.attributes
        where attribute.serverOnly && attribute.defaultValue == nil && !attribute.owner && !attribute.clientSettable {
            result.append((attribute, Names.local(Names.swiftProperty(attribute.name))))
        }
        return result
    }

    /// An insert guarded by the create rule answers no row when the caller may not create.
    func tenantInsertGuarded(_ access: AccessPlan) -> Bool {
        !access.guards(.create, access.placeholders(.create, first: 1)).isEmpty || !references.isEmpty
            || access.checksWriters(.create)
    }

    func tenantInsertMethod(_ access: AccessPlan) -> StoreMethodView {
        var signature = [StoreMethodView.Parameter(label: "_", name: "input", type: ModelViewModel.inputName(entity))]
        signature += access.parameters(.create)
        let valueNames = Set(access.values(.create).map(\.local))
        for (attribute, value) in tenantInsertColumns(access) where !attribute.clientSettable && !valueNames.contains(value) {
            signature.append(parameter(attribute.name, attribute.type, optional: attribute.optional))
        }
        let binds = access.values(.create).map(\.local) + tenantInsertColumns(access).map(\.value).filter { !valueNames.contains($0) }
        let guarded = tenantInsertGuarded(access)
        let effects = resource?.onCreate.map { Names.swiftType($0.entity) } ?? []
        var doc = ["Inserts a row; fields the server manages take their database defaults."]
        if guarded { doc.append("Nil when the caller may not create it here (the access rule, the path, a reference).") }
        if !effects.isEmpty { doc.append("Also inserts, in the same statement: " + effects.joined(separator: ", ") + ".") }
        return method(
            doc, "insert", signature, returns: typeName + (guarded ? "?" : ""), binds: binds, statement: "insert",
            result: guarded ? .row : .inserted)
    }

    func tenantInsertStatement(_ access: AccessPlan) -> (swiftName: String, name: String, sql: [String]) {
        let at = access.placeholders(.create, first: 1)
        let columns = tenantInsertColumns(access)
        // The columns name their values by local; the placeholders are by name.
        let localAt = Dictionary(access.values(.create).compactMap { value in at[value.name].map { (value.local, $0) } }) { first, _ in
            first
        }
        var index = access.values(.create).count
        var selected: [String] = []
        var valueAt: [String: String] = [:]
        for (attribute, value) in columns {
            let placeholder: String
            if let known = localAt[value] {
                placeholder = known
            } else {
                index += 1
                placeholder = "$\(index)"
            }
            valueAt[attribute.name] = placeholder
            selected.append("\(placeholder)::\(castType(attribute.type))")
        }
        var conditions = access.guards(.create, at)
        let refs = referencePlaceholders(.create)
        for reference in references {
            guard let value = valueAt[reference.attribute.name] else { continue }
            conditions.append(
                "(\(value)::\(castType(reference.attribute.type)) IS NULL OR \(reference.condition(value, refs.tenant, refs.subject)))")
        }
        if access.checksWriters(.create) {
            for (attribute, rule) in access.writerFields {
                guard let value = valueAt[attribute.name] else { continue }
                let kept = SchemaBuilder.defaultExpression(attribute) ?? "NULL"
                conditions.append(access.writerCondition(rule, value: "\(value)::\(castType(attribute.type))", kept: kept, at))
            }
        }
        var insert = ["INSERT INTO \(table) (" + columns.map { Names.sql($0.attribute.column) }.joined(separator: ", ") + ")"]
        if conditions.isEmpty {
            insert.append("VALUES (" + selected.joined(separator: ", ") + ")")
        } else {
            insert.append("SELECT " + selected.joined(separator: ", "))
            insert += Self.lines("WHERE " + conditions.joined(separator: "\n  AND "))
        }
        insert.append("RETURNING \(self.columns)")
        let effects = resource?.onCreate ?? []
        guard !effects.isEmpty else { return ("insert", statementName("insert"), insert) }
        var lines = ["WITH created AS ("] + insert.map { "    " + $0 }
        for (number, effect) in effects.enumerated() {
            guard let target = model.entity(effect.entity) else { continue }
            let targetColumns = effect.values.compactMap { target.attribute($0.field).map { Names.sql($0.column) } }
            let values = effect.values.map { field, value -> String in
                let attribute = target.attribute(field)
                switch value {
                case .subject: return (at["subject"] ?? "NULL") + "::" + (attribute.map { castType($0.type) } ?? "text")
                case .created(let source): return "created." + Names.sql(entity.attribute(source)?.column ?? source)
                case .literal(let text):
                    guard let attribute else { return Names.sqlLiteral(text) }
                    var literal = attribute
                    literal.defaultValue = .literal(text)
                    return SchemaBuilder.defaultExpression(literal) ?? Names.sqlLiteral(text)
                }
            }
            lines += [
                "), \(Names.sql("on_create_\(number + 1)")) AS (",
                "    INSERT INTO \(Names.sql(target.table)) (" + targetColumns.joined(separator: ", ") + ")",
                "    SELECT " + values.joined(separator: ", "),
                "    FROM created",
            ]
        }
        lines += [")", "SELECT \(self.columns)", "FROM created"]
        return ("insert", statementName("insert"), lines)
    }

    func standingMethod(_ access: AccessPlan) -> (method: StoreMethodView, statement: (swiftName: String, name: String, sql: [String])) {
        let parameters = access.standingValues.map(\.parameter)
        var view = method(
            [
                access.tenantName.map { "The caller's role in the \($0) (nil: not a member) and whether each parent in the" }
                    ?? "The caller's role (nil: no such user): why an operation matched no row (docs/spec.md §6.5).",
                access.tenantName == nil ? "" : "path belongs to it: why an operation matched no row (docs/spec.md §6.5).",
            ],
            "standing", parameters, returns: RuntimeSymbols.memberStanding, binds: access.standingValues.map(\.local),
            statement: "standing",
            result: .row)
        view.returnsRow = false
        view.returnsStanding = true
        view.rowType = RuntimeSymbols.memberStanding
        return (view, ("standing", statementName("standing"), access.standingSQL))
    }

    func referenceMethod(_ reference: ReferencePlan.Reference) -> (
        method: StoreMethodView, statement: (swiftName: String, name: String, sql: [String])
    ) {
        let name = reference.methodName
        var parameters = [StoreMethodView.Parameter(label: "_", name: "value", type: SwiftTypes.name(reference.attribute.type))]
        var binds = ["value"]
        var tenantAt = "NULL"
        var subjectAt = "NULL"
        if reference.usesTenant, let tenant = access?.tenantValue {
            parameters.append(tenant.parameter)
            binds.append(tenant.local)
            tenantAt = "$\(binds.count)"
        }
        if reference.usesSubject, let subject = referenceSubject {
            parameters.append(.init(label: "", name: subject.name, type: SwiftTypes.name(subject.type)))
            binds.append(subject.name)
            subjectAt = "$\(binds.count)"
        }
        let whose = reference.usesSubject ? "the caller's" : "of the same \(access?.tenantName ?? "tenant")"
        let view = method(
            ["Whether `\(reference.attribute.name)` may name this \(reference.target): it must be \(whose)."], name, parameters,
            returns: "Bool", binds: binds, statement: name, result: .exists)
        return (
            view,
            (
                name, statementName("accepts_" + reference.attribute.name),
                ["SELECT 1", "WHERE " + reference.condition("$1", tenantAt, subjectAt)]
            )
        )
    }

    /// Fields a replace or patch may not change (`updatable: false`, or left out of `fields.update`).
    var fixedFields: [Attribute] { resource?.fixedOnUpdate(entity) ?? entity.inputAttributes.filter { !$0.updatable } }

    /// `replaceChangedField(id:…, _ input:)`: the first field the operation may not change that
    /// the request would change in the row (nil: none, or no such row), asked after the statement
    /// matched no row, so the answer is a 422 at that field rather than a 404. One statement for
    /// all of them: a CASE over the fields, in their order.
    func changedFieldMethod(_ key: Attribute, _ operation: Operation) -> (
        method: StoreMethodView, statement: (swiftName: String, name: String, sql: [String])
    ) {
        let name = Self.changedFieldMethodName(operation)
        let p = keyParameters(key, operation)
        let body = operation == .patch ? "patch" : "input"
        var index = p.binds.count + 1
        var binds = p.binds
        var whens: [String] = []
        for attribute in fixedFields {
            // A patch binds two parameters per field (whether it was sent, and its value).
            binds.append("\(body).\(Names.swiftMember(Names.swiftProperty(attribute.name)))")
            let sent = operation == .patch ? "$\(index)::boolean AND " : ""
            if operation == .patch { index += 1 }
            whens.append(
                "WHEN \(sent)\(table).\(Names.sql(attribute.column)) IS DISTINCT FROM $\(index)::\(castType(attribute.type)) THEN \(Names.sqlLiteral(attribute.name))"
            )
            index += 1
        }
        let type = operation == .patch ? ModelViewModel.patchName(entity) : ModelViewModel.inputName(entity)
        let view = method(
            [
                "The first field a \(operation.rawValue) may not change (set on create only, or not in `fields.update`)",
                "for which `\(body)` holds another value than the row; nil when none does, or there is no such row.",
            ], name, p.signature + [.init(label: "_", name: body, type: type)], returns: "String?", binds: binds, statement: name,
            result: .text)
        return (
            view,
            (
                name, statementName("\(operation.rawValue)_changed_field"),
                (["SELECT CASE"] + whens.map { "    " + $0 } + [
                    "END", "FROM \(table)", "WHERE " + p.conditions.joined(separator: conjunction),
                ])
                .flatMap(Self.lines)
            )
        )
    }

    static func changedFieldMethodName(_ operation: Operation) -> String {
        operation.rawValue + "ChangedField"
    }

    /// The references the writes check: under the access rules, or under a subject scope (where
    /// the owner is the subject).
    var references: [ReferencePlan.Reference] {
        if let access { return access.references }
        guard let resource, owner != nil else { return [] }
        return ReferencePlan(entity: entity, resource: resource, model: model, subjectKnown: true).references
    }

    /// The subject as the reference checks bind it: `subject`, or a subject scope's `owner`.
    var referenceSubject: (name: String, type: FieldType)? {
        if let access { return access.subjectValue.map { ($0.name, $0.type) } }
        return owner.map { ("owner", $0.type) }
    }

    /// Where the tenant and the subject are in an operation's statement, for the references.
    func referencePlaceholders(_ operation: Operation) -> (tenant: String, subject: String) {
        if let access {
            let at = access.placeholders(operation, first: operation == .create ? 1 : 2)
            return (access.tenantValue.flatMap { at[$0.name] } ?? "NULL", at["subject"] ?? "NULL")
        }
        guard let owner else { return ("NULL", "NULL") }
        if operation == .create {
            let index = insertAttributes.firstIndex { $0.name == owner.name } ?? 0
            return ("NULL", "$\(index + 1)")
        }
        return ("NULL", "$2")
    }
}
