/// The view model of `swift/Store.swift`: typed methods over one table and the SQL they prepare.
struct StoreViewModel {
    let entity: Entity
    let model: APIModel
    let resource: Resource?

    var table: String { Names.sql(entity.table) }
    var typeName: String { Names.swiftType(entity.name) }
    var columns: String { entity.attributes.map { Names.sql($0.column) }.joined(separator: ", ") }
    var owner: Attribute? { resource?.scope?.attribute.flatMap { entity.attribute($0) } ?? nil }

    static func storeName(_ entity: Entity) -> String { Names.swiftType(entity.name) + "Store" }

    func make() -> StoreView {
        var methods: [StoreMethodView] = []
        var statements: [StatementView] = []
        func add(_ method: StoreMethodView, _ statement: (swiftName: String, name: String, sql: [String])) {
            methods.append(method)
            statements.append(StatementView(swiftName: statement.swiftName, name: statement.name, sqlLines: statement.sql))
        }
        if !entity.inputAttributes.isEmpty { add(insertMethod(), insertStatement()) }
        if let key = entity.identifier {
            add(findMethod(key), findStatement(key))
            add(findMethod(key, forUpdate: true), findStatement(key, forUpdate: true))
            for attribute in entity.attributes where attribute.unique && !attribute.primaryKey {
                add(findByMethod(attribute), findByStatement(attribute))
            }
            if model.auth?.user == entity.name {
                add(existsMethod(key), existsStatement(key))
            }
            if !entity.inputAttributes.isEmpty {
                add(replaceMethod(key), replaceStatement(key))
                add(patchMethod(key), patchStatement(key))
            }
            add(deleteMethod(key), deleteStatement(key))
        }
        for link in resource?.links ?? [] {
            guard let target = model.entity(link.target), let join = model.entity(link.join) else { continue }
            for (method, statement) in LinkPlan(entity: entity, link: link, target: target, joinEntity: join, owner: owner).methods() {
                methods.append(method)
                statements.append(statement)
            }
        }
        if let resource, resource.operations.contains(.list) {
            let list = ListPlan(entity: entity, resource: resource, owner: owner)
            methods.append(list.method())
            statements += list.statements().map { StatementView(swiftName: $0.swiftName, name: $0.name, sqlLines: $0.sql) }
        }
        return StoreView(
            specPath: model.specPath, name: typeName, table: entity.table, storeName: Self.storeName(entity),
            methods: methods, statements: statements
        )
    }

    // MARK: Parameters shared by the keyed methods

    func keyParameters(_ key: Attribute) -> (signature: [StoreMethodView.Parameter], binds: [String], conditions: [String]) {
        let keyName = Names.swiftProperty(key.name)
        var signature = [parameter(key.name, key.type)]
        var binds = [keyName]
        var conditions = ["\(Names.sql(key.column)) = $1"]
        if let owner {
            signature.append(.init(label: "", name: "owner", type: SwiftTypes.name(owner.type)))
            binds.append("owner")
            conditions.append("\(Names.sql(owner.column)) = $2")
        }
        return (signature, binds, conditions)
    }

    /// A parameter named after a field: `id: Int32`, `email: String?`.
    func parameter(_ field: String, _ type: FieldType, optional: Bool = false, label: String = "") -> StoreMethodView.Parameter {
        .init(label: label, name: Names.swiftLabel(Names.swiftProperty(field)), type: SwiftTypes.name(type) + (optional ? "?" : ""))
    }

    enum Result {
        case inserted, row, exists, affected
    }

    func method(
        _ doc: [String], _ name: String, _ parameters: [StoreMethodView.Parameter], returns: String, binds: [String],
        statement: String, result: Result
    ) -> StoreMethodView {
        StoreMethodView(
            docLines: DocLines.make(doc), name: name, parameters: parameters, returnType: returns, binds: binds,
            bindsAppendedLater: false, statement: statement,
            returnsInserted: result == .inserted, returnsRow: result == .row, returnsExists: result == .exists,
            returnsAffected: result == .affected, list: nil, rowType: typeName
        )
    }

    func statementName(_ suffix: String) -> String { entity.table + "_" + suffix }

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
        var signature = [StoreMethodView.Parameter(label: "_", name: "input", type: ModelViewModel.inputName(entity))]
        if let owner { signature.append(.init(label: "", name: "owner", type: SwiftTypes.name(owner.type))) }
        for extra in extraInsertAttributes {
            signature.append(parameter(extra.name, extra.type, optional: extra.optional))
        }
        let binds = insertAttributes.map { attribute -> String in
            let name = Names.swiftProperty(attribute.name)
            if attribute.clientSettable { return "input." + Names.swiftMember(name) }
            return attribute.owner && owner != nil ? "owner" : name
        }
        return method(
            ["Inserts a row; fields the server manages take their database defaults."],
            "insert", signature, returns: typeName, binds: binds, statement: "insert", result: .inserted
        )
    }

    func insertStatement() -> (swiftName: String, name: String, sql: [String]) {
        let columns = insertAttributes.map { Names.sql($0.column) }.joined(separator: ", ")
        let values = insertAttributes.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        return (
            "insert", statementName("insert"),
            [
                "INSERT INTO \(table) (\(columns))", "VALUES (\(values))", "RETURNING \(self.columns)",
            ]
        )
    }

    // MARK: find, exists, delete

    func findMethod(_ key: Attribute, forUpdate: Bool = false) -> StoreMethodView {
        let p = keyParameters(key)
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
        let lines = ["SELECT \(columns)", "FROM \(table)", "WHERE " + keyParameters(key).conditions.joined(separator: " AND ")]
        return forUpdate
            ? ("findForUpdate", statementName("find_for_update"), lines + ["FOR UPDATE"])
            : ("find", statementName("find"), lines)
    }

    func findByMethod(_ attribute: Attribute) -> StoreMethodView {
        let name = Names.swiftProperty(attribute.name)
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
        let name = Names.swiftProperty(key.name)
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
        let p = keyParameters(key)
        return method(
            ["Deletes the row; false when there was none\(owner == nil ? "" : " owned by `owner`")."],
            "delete", p.signature, returns: "Bool", binds: p.binds, statement: "delete", result: .affected
        )
    }

    func deleteStatement(_ key: Attribute) -> (swiftName: String, name: String, sql: [String]) {
        ("delete", statementName("delete"), ["DELETE FROM \(table)", "WHERE " + keyParameters(key).conditions.joined(separator: " AND ")])
    }

    // MARK: replace and patch

    var autoUpdated: [String] {
        entity.attributes.filter(\.autoUpdate).map { "\(Names.sql($0.column)) = clock_timestamp()" }
    }

    func replaceMethod(_ key: Attribute) -> StoreMethodView {
        let p = keyParameters(key)
        let binds = p.binds + entity.inputAttributes.map { "input." + Names.swiftMember(Names.swiftProperty($0.name)) }
        return method(
            ["Replaces every client field; nil when the row does not exist\(owner == nil ? "" : " or is not `owner`'s")."],
            "replace", p.signature + [.init(label: "_", name: "input", type: ModelViewModel.inputName(entity))],
            returns: typeName + "?", binds: binds, statement: "replace", result: .row
        )
    }

    func replaceStatement(_ key: Attribute) -> (swiftName: String, name: String, sql: [String]) {
        let p = keyParameters(key)
        let first = p.binds.count + 1
        let sets = entity.inputAttributes.enumerated().map { "\(Names.sql($1.column)) = $\(first + $0)" } + autoUpdated
        return (
            "replace", statementName("replace"),
            [
                "UPDATE \(table)", "SET " + sets.joined(separator: ", "), "WHERE " + p.conditions.joined(separator: " AND "),
                "RETURNING \(columns)",
            ]
        )
    }

    func patchMethod(_ key: Attribute) -> StoreMethodView {
        let p = keyParameters(key)
        var binds = p.binds
        for attribute in entity.inputAttributes {
            let name = "patch." + Names.swiftMember(Names.swiftProperty(attribute.name))
            binds.append("\(name).isPresent")
            binds.append("\(name).value")
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
        let p = keyParameters(key)
        var index = p.binds.count + 1
        var sets: [String] = []
        for attribute in entity.inputAttributes {
            let column = Names.sql(attribute.column)
            sets.append("\(column) = CASE WHEN $\(index)::boolean THEN $\(index + 1)::\(castType(attribute.type)) ELSE \(column) END")
            index += 2
        }
        sets += autoUpdated
        return (
            "patch", statementName("patch"),
            [
                "UPDATE \(table)", "SET " + sets.joined(separator: ",\n    "), "WHERE " + p.conditions.joined(separator: " AND "),
                "RETURNING \(columns)",
            ].flatMap { $0.split(separator: "\n").map(String.init) }
        )
    }
}
