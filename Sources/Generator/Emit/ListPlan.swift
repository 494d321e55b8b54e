/// The list operation of a resource: its query-parameter struct, its statements (one per sort
/// key and direction, since a prepared statement cannot take ORDER BY as a parameter) and the
/// store method that picks one.
///
/// The total for `X-Total-Count` comes from an uncorrelated `(SELECT count(*) …)` in the same
/// statement: Postgres runs it once (an InitPlan), as an index scan of the matching rows, while
/// the page itself stops after LIMIT rows. So a page costs one round trip and about what the
/// page query plus a separate count cost, whatever the number of rows (`count(*) OVER ()`, the
/// earlier design, read and sorted every matching row before the LIMIT: docs/decisions/0004).
/// Only a page past the end (no rows, offset > 0) runs the count statement.
struct ListPlan {
    let entity: Entity
    let resource: Resource
    let owner: Attribute?
    /// A member-scoped resource's rules: the list's rows are the tenant's (and the parents'),
    /// for a caller whose membership satisfies the list rule.
    var access: AccessPlan? = nil

    var typeName: String { Names.swiftType(entity.name) }
    var queryName: String { Names.listQueryType(resource.name) }
    var statementPrefix: String { resource.isDefault ? entity.table : entity.table + "_" + Names.snake(resource.name) }
    var table: String { Names.sql(entity.table) }
    var columns: String { entity.attributes.map { Names.sql($0.column) }.joined(separator: ", ") }

    /// The conditions every page has, whatever the query (the owner, the tenant and the
    /// caller's membership), and the Swift expression bound for each placeholder, in order.
    var fixedConditions: (sql: [String], binds: [String]) {
        var sql: [String] = []
        var binds: [String] = []
        if let owner {
            binds.append("owner")
            sql.append("\(Names.sql(owner.column)) = $\(binds.count)")
        }
        if let access {
            binds += access.values(.list).map(\.local)
            sql += access.conditions(.list, access.placeholders(.list, first: 1))
        }
        return (sql, binds)
    }

    /// The WHERE conditions and the Swift expression bound for each placeholder, in order: the
    /// fixed ones, then each filter and the search, each true when its parameter is absent (NULL).
    var conditions: (sql: [String], binds: [String]) {
        var (sql, binds) = fixedConditions
        for filter in resource.filters {
            guard let attribute = entity.attribute(filter.attribute) else { continue }
            let property = "query." + Names.swiftMember(Self.filterProperty(filter))
            binds.append(filter.op == .in ? property + ".map(\(RuntimeSymbols.postgresArray).init)" : property)
            let n = binds.count
            let cast = castType(attribute.type) + (filter.op == .in ? "[]" : "")
            sql.append("($\(n)::\(cast) IS NULL OR \(Self.comparison(filter.op, Names.sql(attribute.column), "$\(n)")))")
        }
        if let search = resource.search {
            binds.append("query.\(Names.swiftMember(Names.swiftProperty(search.param))).map(SQLPattern.contains)")
            let n = binds.count
            let matches = search.attributes.compactMap { entity.attribute($0) }.map { "\(Names.sql($0.column)) ILIKE $\(n) ESCAPE '\\'" }
            sql.append("($\(n)::text IS NULL OR " + matches.joined(separator: " OR ") + ")")
        }
        return (sql, binds)
    }

    /// A filter's SQL comparison of `column` with the bound `parameter`.
    static func comparison(_ op: FilterOperator, _ column: String, _ parameter: String) -> String {
        switch op {
        case .eq: "\(column) = \(parameter)"
        case .gt: "\(column) > \(parameter)"
        case .gte: "\(column) >= \(parameter)"
        case .lt: "\(column) < \(parameter)"
        case .lte: "\(column) <= \(parameter)"
        case .in: "\(column) = ANY(\(parameter))"
        }
    }

    /// The property of the query struct that holds a filter's bound value.
    static func filterProperty(_ filter: FilterModel) -> String {
        filter.values == nil ? Names.swiftProperty(filter.param) : Names.swiftProperty(filter.param) + "Condition"
    }

    /// The nested enum of a list query's sort keys (`TaskListQuery.Sort`).
    static let sortType = "Sort"

    /// ORDER BY names its columns with the table: the page also selects the total, and a field
    /// named `total` would otherwise be ambiguous.
    var orderings: [(swiftName: String, sortValue: String?, descending: Bool, columns: [String])] {
        let key = entity.identifier.map { table + "." + Names.sql($0.column) } ?? "1"
        guard let sort = resource.sort else {
            return [("list", nil, false, ["\(key) ASC"])]
        }
        return sort.values.flatMap { value -> [(String, String?, Bool, [String])] in
            let column = entity.attribute(value.attribute).map { table + "." + Names.sql($0.column) } ?? key
            let base = "list" + Names.swiftType(value.name)
            return [
                (base + "Asc", value.name, false, ["\(column) ASC", "\(key) ASC"]),
                (base + "Desc", value.name, true, ["\(column) DESC", "\(key) DESC"]),
            ]
        }
    }

    /// Cursor paging is on: the page continues after the position a cursor carries.
    var pagesByCursor: Bool { resource.paging?.cursorParam != nil }

    /// The sort field of an ordering (nil: key order).
    func sortAttribute(_ sortValue: String?) -> Attribute? {
        guard let sortValue, let value = resource.sort?.values.first(where: { $0.name == sortValue }) else { return nil }
        return entity.attribute(value.attribute)
    }

    /// How many values a cursor binds: the sort value and the key, or only the key.
    var cursorBinds: Int { resource.sort == nil ? 1 : 2 }

    /// The page's keyset condition after `n` filter binds: rows after the cursor's position in
    /// this ordering (`(col, key) < ($n+1, $n+2)` descending); no cursor binds NULL.
    func cursorCondition(_ ordering: (swiftName: String, sortValue: String?, descending: Bool, columns: [String]), after n: Int) -> String {
        guard let key = entity.identifier else { return "TRUE" }
        let comparison = ordering.descending ? "<" : ">"
        guard let sort = sortAttribute(ordering.sortValue) else {
            return "($\(n + 1)::\(castType(key.type)) IS NULL OR \(Names.sql(key.column)) \(comparison) $\(n + 1))"
        }
        return
            "($\(n + 1)::\(castType(sort.type)) IS NULL OR (\(Names.sql(sort.column)), \(Names.sql(key.column))) \(comparison) ($\(n + 1), $\(n + 2)::\(castType(key.type))))"
    }

    /// `WHERE a\n  AND b`, or nothing.
    static func whereLines(_ conditions: [String]) -> [String] {
        conditions.isEmpty ? [] : ["WHERE " + conditions.joined(separator: "\n  AND ")]
    }

    /// `tasks_list_created_desc`: the page statement of an ordering on the connection.
    func listStatementName(_ ordering: (swiftName: String, sortValue: String?, descending: Bool, columns: [String])) -> String {
        statementPrefix + "_list" + (ordering.sortValue.map { "_\($0)_\(ordering.descending ? "desc" : "asc")" } ?? "")
    }

    func statements() -> [(swiftName: String, name: String, sql: [String])] {
        let (conditions, binds) = conditions
        let whereLines = Self.whereLines(conditions)
        var result: [(String, String, [String])] = []
        let limitIndex = binds.count + (pagesByCursor ? cursorBinds : 0) + 1
        let paging = resource.paging.map { _ in "LIMIT $\(limitIndex) OFFSET $\(limitIndex + 1)" }
        for ordering in orderings {
            let count = ["SELECT count(*)", "FROM \(table)"] + whereLines
            var pageWhere = whereLines
            if pagesByCursor {
                let condition = cursorCondition(ordering, after: binds.count)
                pageWhere = [(conditions.isEmpty ? "WHERE " : "  AND ") + condition]
                if !conditions.isEmpty { pageWhere = whereLines + pageWhere }
            }
            result.append(
                (
                    ordering.swiftName, listStatementName(ordering),
                    pageSQL(count: count, pageWhere: pageWhere, orderBy: ordering.columns, paging: paging)
                ))
        }
        // Only a paged list asks for the total apart (a page past the end has no row to carry it).
        if resource.paging != nil {
            result.append(
                (
                    "count", statementPrefix + "_count",
                    (["SELECT count(*)", "FROM \(table)"] + whereLines).flatMap { $0.split(separator: "\n").map(String.init) }
                ))
        }
        return result
    }

    /// The plain first page of each ordering (paged lists only): the fixed conditions alone, no
    /// LIMIT (`FirstPageStatement` writes the page size in), so that Postgres keeps one generic
    /// plan for the common request (docs/decisions/0016).
    func firstPages() -> [(swiftName: String, name: String, sql: [String])] {
        guard resource.paging != nil else { return [] }
        let whereLines = Self.whereLines(fixedConditions.sql)
        return orderings.map { ordering in
            (
                Self.firstPageName(ordering.swiftName), listStatementName(ordering) + "_first",
                pageSQL(
                    count: ["SELECT count(*)", "FROM \(table)"] + whereLines, pageWhere: whereLines, orderBy: ordering.columns,
                    paging: nil)
            )
        }
    }

    /// A page statement by line: the columns, the total as a `count` subquery, the page's own
    /// conditions, its order and its paging.
    private func pageSQL(count: [String], pageWhere: [String], orderBy: [String], paging: String?) -> [String] {
        let lines =
            ["SELECT \(columns), ("] + count.flatMap { $0.split(separator: "\n") }.map { "    " + $0 } + [
                ") AS \"total\"", "FROM \(table)",
            ] + pageWhere + ["ORDER BY " + orderBy.joined(separator: ", ")] + (paging.map { [$0] } ?? [])
        return lines.flatMap { $0.split(separator: "\n").map(String.init) }
    }

    static func firstPageName(_ statement: String) -> String { statement + "FirstPage" }

    /// When a request is the plain first page: no offset, no cursor, no filter, no search.
    var firstPageConditions: String {
        guard resource.paging != nil else { return "" }
        var conditions = ["query.offset == 0"]
        if pagesByCursor { conditions.append("after == nil") }
        conditions += resource.filters.map { "query.\(Names.swiftMember(Self.filterProperty($0))) == nil" }
        if let search = resource.search { conditions.append("query.\(Names.swiftMember(Names.swiftProperty(search.param))) == nil") }
        return conditions.joined(separator: ", ")
    }

    func method() -> StoreMethodView {
        var parameters: [StoreMethodView.Parameter] = []
        if let owner { parameters.append(.init(label: "", name: "owner", type: SwiftTypes.name(owner.type))) }
        parameters += access?.parameters(.list) ?? []
        parameters.append(.init(label: "_", name: "query", type: queryName))
        if pagesByCursor { parameters.append(.init(label: "", name: "after", type: "(value: String, key: String)?")) }
        let orderings = orderings
        let fixed = fixedConditions.binds
        let list = ListMethodView(
            paged: resource.paging != nil,
            cursor: pagesByCursor, cursorBindsValue: pagesByCursor && resource.sort != nil,
            sortProperty: resource.sort.map { Names.swiftProperty($0.param) } ?? "",
            orderProperty: resource.sort.map { Names.swiftProperty($0.orderParam) } ?? "",
            orderings: resource.sort == nil
                ? []
                : orderings.map { ordering in
                    .init(
                        sortCase: Names.swiftCase(ordering.sortValue ?? ""), orderCase: ordering.descending ? "desc" : "asc",
                        statement: ordering.swiftName,
                        firstPage: resource.paging == nil ? "" : Self.firstPageName(ordering.swiftName))
                },
            queryBinds: Array(conditions.binds.dropFirst(fixed.count)),
            firstPageConditions: firstPageConditions,
            firstPage: resource.paging == nil ? "" : Self.firstPageName(orderings[0].swiftName)
        )
        // The method binds what every page binds; the list appends the query's own values after
        // the plain first page had its chance (it binds only these).
        return StoreMethodView(
            docLines: DocLines.make(["One page of rows matching `query`, and how many match in all (for `X-Total-Count`)."]),
            name: "list", parameters: parameters, returnType: "(items: \(RuntimeSymbols.modelRows)<\(typeName)>, total: Int)",
            binds: fixed, bindsAppendedLater: list.paged || !list.queryBinds.isEmpty, statement: orderings[0].swiftName,
            returnsInserted: false, returnsRow: false, returnsExists: false, returnsAffected: false, list: list, rowType: typeName
        )
    }
}
