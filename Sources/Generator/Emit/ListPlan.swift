/// The list operation of a resource: its query-parameter struct, its statements (one per sort
/// key and direction, since a prepared statement cannot take ORDER BY as a parameter) and the
/// store method that picks one.
///
/// The total for `X-Total-Count` comes from `count(*) OVER ()` in the same statement, so a page
/// costs one round trip; only a page past the end (no rows, offset > 0) runs the count statement.
struct ListPlan {
    let entity: Entity
    let resource: Resource
    let owner: Attribute?

    var typeName: String { Names.swiftType(entity.name) }
    var queryName: String { typeName + "ListQuery" }
    var table: String { Names.sql(entity.table) }
    var columns: String { entity.attributes.map { Names.sql($0.column) }.joined(separator: ", ") }

    /// The WHERE conditions and the Swift expression bound for each placeholder, in order.
    var conditions: (sql: [String], binds: [String]) {
        var sql: [String] = []
        var binds: [String] = []
        if let owner {
            binds.append("owner")
            sql.append("\(Names.sql(owner.column)) = $\(binds.count)")
        }
        for filter in resource.filters {
            guard let attribute = entity.attribute(filter.attribute) else { continue }
            binds.append("query." + Names.swiftBare(Self.filterProperty(filter)))
            let n = binds.count
            sql.append("($\(n)::\(castType(attribute.type)) IS NULL OR \(Names.sql(attribute.column)) = $\(n))")
        }
        if let search = resource.search {
            binds.append("query.\(Names.swiftBare(Names.swiftProperty(search.param))).map(SQLPattern.contains)")
            let n = binds.count
            let matches = search.attributes.compactMap { entity.attribute($0) }.map { "\(Names.sql($0.column)) ILIKE $\(n) ESCAPE '\\'" }
            sql.append("($\(n)::text IS NULL OR " + matches.joined(separator: " OR ") + ")")
        }
        return (sql, binds)
    }

    /// The property of the query struct that holds a filter's bound value.
    static func filterProperty(_ filter: FilterModel) -> String {
        filter.values == nil ? Names.swiftProperty(filter.param) : Names.swiftProperty(filter.param) + "Condition"
    }

    var orderings: [(swiftName: String, sortValue: String?, descending: Bool, columns: [String])] {
        let key = entity.identifier.map { Names.sql($0.column) } ?? "1"
        guard let sort = resource.sort else {
            return [("list", nil, false, ["\(key) ASC"])]
        }
        return sort.values.flatMap { value -> [(String, String?, Bool, [String])] in
            let column = entity.attribute(value.attribute).map { Names.sql($0.column) } ?? key
            let base = "list" + Names.swiftType(value.name)
            return [
                (base + "Asc", value.name, false, ["\(column) ASC", "\(key) ASC"]),
                (base + "Desc", value.name, true, ["\(column) DESC", "\(key) DESC"]),
            ]
        }
    }

    func statements() -> [(swiftName: String, name: String, sql: [String])] {
        let (conditions, binds) = conditions
        let whereLines = conditions.isEmpty ? [] : ["WHERE " + conditions.joined(separator: "\n  AND ")]
        var result: [(String, String, [String])] = []
        let paging = resource.paging.map { _ in "LIMIT $\(binds.count + 1) OFFSET $\(binds.count + 2)" }
        for ordering in orderings {
            let suffix = ordering.sortValue.map { "_\($0)_\(ordering.descending ? "desc" : "asc")" } ?? ""
            let lines = ["SELECT \(columns), count(*) OVER () AS \"total\"", "FROM \(table)"] + whereLines
                + ["ORDER BY " + ordering.columns.joined(separator: ", ")] + (paging.map { [$0] } ?? [])
            result.append((ordering.swiftName, entity.table + "_list" + suffix, lines.flatMap { $0.split(separator: "\n").map(String.init) }))
        }
        result.append(("count", entity.table + "_count", (["SELECT count(*)", "FROM \(table)"] + whereLines).flatMap { $0.split(separator: "\n").map(String.init) }))
        return result
    }

    func method() -> TemplateValue {
        let (_, binds) = conditions
        var signature: [String] = []
        if let owner { signature.append("owner: \(SwiftTypes.name(owner.type))") }
        signature.append("_ query: \(queryName)")
        var body: [String] = []
        if resource.paging != nil {
            body += ["let countBinds = binds", "binds.append(query.limit)", "binds.append(query.offset)"]
        }
        let orderings = orderings
        if orderings.count == 1 {
            body.append("let statement = Statements.\(orderings[0].swiftName)")
        } else {
            body.append("let statement: PreparedStatement")
            body.append("switch (query.\(Names.swiftBare(Names.swiftProperty(resource.sort?.param ?? "sort"))), query.descending) {")
            let defaultSort = resource.sort?.defaultValue
            for ordering in orderings where ordering.sortValue != defaultSort {
                body.append("case (\(SwiftTypes.literal(ordering.sortValue ?? "")), \(ordering.descending)): statement = Statements.\(ordering.swiftName)")
            }
            let defaults = orderings.filter { $0.sortValue == defaultSort }
            if let ascending = defaults.first(where: { !$0.descending }), let descending = defaults.first(where: \.descending) {
                body.append("case (_, false): statement = Statements.\(ascending.swiftName)")
                body.append("case (_, true): statement = Statements.\(descending.swiftName)")
            }
            body.append("}")
        }
        body += [
            "let page = try await database.page(statement, binds, as: \(typeName).self, totalColumn: \(entity.attributes.count))",
            "guard page.items.isEmpty, query.offset > 0 else { return page }",
            "return (page.items, try await database.count(Statements.count, countBinds))",
        ]
        if resource.paging == nil {
            body.removeLast(2)
            body.append("return page")
        }
        return [
            "docLines": .docLines(["One page of rows matching `query`, and how many match in all (for `X-Total-Count`)."]),
            "signature": .string("list(\(signature.joined(separator: ", ")))"),
            "returnType": .string("(items: ModelRows<\(typeName)>, total: Int)"),
            "binds": .strings(binds),
            "bodyLines": .strings(body),
            "emptyBinds": .string((resource.paging != nil ? "var" : "let") + " binds = PostgresBindings()"),
        ]
    }
}
