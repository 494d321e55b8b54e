/// The link, unlink and list-related statements of one many_to_many relation served by a
/// resource (docs/spec.md §6.4), each one statement: the parent row must be visible to the caller
/// (the resource's owner condition) and, for a link, the target must exist (and be the caller's
/// when the target is owned), in the same statement as the write.
struct LinkPlan {
    let entity: Entity
    let link: LinkModel
    let target: Entity
    let joinEntity: Entity
    let owner: Attribute?

    var suffix: String { Names.swiftType(link.name) }
    var targetType: String { Names.swiftType(target.name) }
    var targetParamName: String { Names.swiftProperty(link.targetParam) }
    var statementBase: String { entity.table + "_" + Names.snake(link.name) }

    /// `$1` the key, `$2` the owner (when scoped), then the target key.
    var parentConditions: [String] {
        guard let key = entity.identifier else { return [] }
        var conditions = ["\(Names.sql(key.column)) = $1"]
        if let owner { conditions.append("\(Names.sql(owner.column)) = $2") }
        return conditions
    }

    var targetIndex: Int { owner == nil ? 2 : 3 }

    func parameters(withTarget: Bool) -> [StoreMethodView.Parameter] {
        guard let key = entity.identifier else { return [] }
        let keyName = Names.swiftProperty(key.name)
        var result = [StoreMethodView.Parameter.named(keyName, local: Names.local(keyName), type: SwiftTypes.name(key.type))]
        if let owner { result.append(.init(label: "", name: "owner", type: SwiftTypes.name(owner.type))) }
        if withTarget, let targetKey = target.identifier {
            result.append(.named(targetParamName, local: Names.local(targetParamName), type: SwiftTypes.name(targetKey.type)))
        }
        return result
    }

    func binds(withTarget: Bool) -> [String] {
        parameters(withTarget: withTarget).map(\.name)
    }

    func methods() -> [(method: StoreMethodView, statement: StatementView)] {
        guard let key = entity.identifier, let targetKey = target.identifier else { return [] }
        let table = Names.sql(entity.table)
        let targetTable = Names.sql(target.table)
        let join = Names.sql(joinEntity.table)
        let parentColumn = Names.sql(link.parentColumn)
        let targetColumn = Names.sql(link.targetColumn)
        let ownerNote = owner == nil ? "" : " or is not `owner`'s"
        var targetConditions = ["\(Names.sql(targetKey.column)) = $\(targetIndex)"]
        if let targetOwner = link.targetOwner { targetConditions.append("\(Names.sql(targetOwner)) = $2") }
        let linkSQL = [
            "WITH \"parent\" AS (SELECT \(Names.sql(key.column)) FROM \(table) WHERE \(parentConditions.joined(separator: " AND "))),",
            "     \"target\" AS (SELECT \(Names.sql(targetKey.column)) FROM \(targetTable) WHERE \(targetConditions.joined(separator: " AND "))),",
            "     \"linked\" AS (",
            "         INSERT INTO \(join) (\(parentColumn), \(targetColumn))",
            "         SELECT \"parent\".\(Names.sql(key.column)), \"target\".\(Names.sql(targetKey.column)) FROM \"parent\", \"target\"",
            "         ON CONFLICT DO NOTHING",
            "     )",
            "SELECT 1 FROM \"parent\", \"target\"",
        ]
        let unlinkSQL = [
            "DELETE FROM \(join)",
            "WHERE \(parentColumn) = $1 AND \(targetColumn) = $\(targetIndex)",
            "  AND EXISTS (SELECT 1 FROM \(table) WHERE \(parentConditions.joined(separator: " AND ")))",
        ]
        var listConditions = [
            "l.\(parentColumn) = $1", "EXISTS (SELECT 1 FROM \(table) WHERE \(parentConditions.joined(separator: " AND ")))",
        ]
        if let targetOwner = link.targetOwner { listConditions.append("t.\(Names.sql(targetOwner)) = $2") }
        let listSQL = [
            "SELECT " + target.attributes.map { "t." + Names.sql($0.column) }.joined(separator: ", "),
            "FROM \(targetTable) t JOIN \(join) l ON l.\(targetColumn) = t.\(Names.sql(targetKey.column))",
            "WHERE " + listConditions.joined(separator: "\n  AND "),
            "ORDER BY t.\(Names.sql(targetKey.column))",
        ].flatMap { $0.split(separator: "\n").map(String.init) }
        func method(
            _ name: String, _ doc: String, withTarget: Bool, returns: String, exists: Bool = false, affected: Bool = false,
            rows: Bool = false, statement: String? = nil
        )
            -> StoreMethodView
        {
            var view = StoreMethodView(
                docLines: DocLines.make([doc]), name: name, parameters: parameters(withTarget: withTarget), returnType: returns,
                binds: binds(withTarget: withTarget), bindsAppendedLater: false, statement: statement ?? name, returnsInserted: false,
                returnsRow: false,
                returnsExists: exists, returnsAffected: affected, list: nil, rowType: targetType)
            view.returnsRows = rows
            return view
        }
        return [
            (
                method(
                    "link" + suffix,
                    "Links the row to a \(target.name) (once, however often called); false when either is missing\(ownerNote).",
                    withTarget: true, returns: "Bool", exists: true),
                StatementView(swiftName: "link" + suffix, name: statementBase + "_link", sqlLines: linkSQL)
            ),
            (
                method(
                    "unlink" + suffix, "Removes the link; false when there was none\(ownerNote).", withTarget: true, returns: "Bool",
                    affected: true),
                StatementView(swiftName: "unlink" + suffix, name: statementBase + "_unlink", sqlLines: unlinkSQL)
            ),
            (
                method(
                    Names.swiftProperty(link.name), "The linked \(target.name) rows, by key; none when the row is missing\(ownerNote).",
                    withTarget: false, returns: "\(RuntimeSymbols.modelRows)<\(targetType)>", rows: true, statement: "linked" + suffix),
                StatementView(swiftName: "linked" + suffix, name: statementBase + "_list", sqlLines: listSQL)
            ),
        ]
    }

    /// The store method and statement behind `?include=`: the linked rows of a whole page in one
    /// statement, each row followed by the key of the row it belongs to (`IncludedRows`). The
    /// keys come from rows the caller was just allowed to read, so the parent's conditions are
    /// not repeated; a target owned by the auth user is still only the caller's.
    func includedMethod() -> (method: StoreMethodView, statement: StatementView)? {
        guard let key = entity.identifier, let targetKey = target.identifier else { return nil }
        let parentColumn = Names.sql(link.parentColumn)
        var conditions = ["l.\(parentColumn) = ANY($1)"]
        var parameters = [StoreMethodView.Parameter(label: "ofEach", name: "keys", type: "[\(SwiftTypes.name(key.type))]")]
        var binds = ["\(RuntimeSymbols.postgresArray)(keys)"]
        if let targetOwner = link.targetOwner, let owner {
            conditions.append("t.\(Names.sql(targetOwner)) = $2")
            parameters.append(.init(label: "", name: "owner", type: SwiftTypes.name(owner.type)))
            binds.append("owner")
        }
        let sql = [
            "SELECT " + (target.attributes.map { "t." + Names.sql($0.column) } + ["l.\(parentColumn)"]).joined(separator: ", "),
            "FROM \(Names.sql(target.table)) t JOIN \(Names.sql(joinEntity.table)) l ON l.\(Names.sql(link.targetColumn)) = t.\(Names.sql(targetKey.column))",
            "WHERE " + conditions.joined(separator: " AND "),
            "ORDER BY l.\(parentColumn), t.\(Names.sql(targetKey.column))",
        ]
        var method = StoreMethodView(
            docLines: DocLines.make([
                "The \(target.name) rows linked to each of these rows, for `?include=\(link.name)`\(link.targetOwner == nil ? "" : " (only `owner`'s")):",
                "by key, each row followed by the key of the row it is linked to.",
            ]),
            name: Names.swiftProperty(link.name), parameters: parameters, returnType: "\(RuntimeSymbols.modelRows)<\(targetType)>",
            binds: binds, bindsAppendedLater: false, statement: Names.swiftBare(Names.swiftProperty(link.name)) + "OfEach",
            returnsInserted: false,
            returnsRow: false, returnsExists: false, returnsAffected: false, list: nil, rowType: targetType)
        method.returnsRows = true
        return (method, StatementView(swiftName: method.statement, name: statementBase + "_of_each", sqlLines: sql))
    }
}
