/// Builds the view model of a list route's query struct from its `ListPlan`.
struct ListQueryViewModel {
    let plan: ListPlan

    var resource: Resource { plan.resource }

    func make() -> ListQueryView {
        var query = ListQueryView(
            name: plan.queryName, collectionPath: resource.collectionPath,
            sort: resource.sort.map { EnumView(name: ListPlan.sortType, values: $0.values.map(\.name)) },
            properties: [], reads: [], conditions: []
        )
        func add(_ name: String, _ type: String, param: String, field: String, default value: String = "") {
            let local = Names.decodedLocal(name)
            query.properties.append(.init(swiftName: name, label: Names.swiftLabel(name), swiftType: type, local: local))
            query.reads.append(.init(local: local, param: SwiftTypes.literal(param), field: field, defaultValue: value))
        }
        for filter in resource.filters {
            guard let attribute = plan.entity.attribute(filter.attribute) else { continue }
            let name = Names.swiftProperty(filter.param)
            guard let values = filter.values else {
                if filter.op == .in {
                    add(
                        name, "[\(SwiftTypes.name(attribute.type))]?", param: filter.param,
                        field: ".list(\(SwiftTypes.queryField(attribute.type)))")
                } else {
                    add(name, SwiftTypes.name(attribute.type) + "?", param: filter.param, field: SwiftTypes.queryField(attribute.type))
                }
                continue
            }
            let field = SwiftTypes.oneOf(values.map(\.name))
            if filter.defaultValue != nil {
                add(
                    name, "String", param: filter.param, field: field,
                    default: SwiftTypes.literal(filter.defaultValue ?? values.first?.name ?? ""))
            } else {
                add(name, "String?", param: filter.param, field: field)
            }
            query.conditions.append(condition(filter, values: values, type: attribute.type, source: name))
        }
        if let search = resource.search {
            add(Names.swiftProperty(search.param), "String?", param: search.param, field: ".string()")
        }
        if let sort = resource.sort {
            add(
                Names.swiftProperty(sort.param), ListPlan.sortType, param: sort.param,
                field: ".enumeration(\(ListPlan.sortType).self)", default: "." + Names.swiftCase(sort.defaultValue))
            add(
                Names.swiftProperty(sort.orderParam), RuntimeSymbols.sortDirection, param: sort.orderParam,
                field: ".enumeration(\(RuntimeSymbols.sortDirection).self)", default: sort.defaultDescending ? ".desc" : ".asc")
        }
        if let paging = resource.paging {
            add(
                "limit", "Int", param: paging.limitParam, field: ".int(min: 1, max: \(paging.maxLimit))",
                default: String(paging.defaultLimit))
            add("offset", "Int", param: paging.offsetParam, field: ".int(min: 0)", default: "0")
            if let cursor = paging.cursorParam, let key = plan.entity.identifier {
                add(Names.swiftProperty(cursor), "String?", param: cursor, field: ".string(maxLength: 4096)")
                let index = { (name: String) in String(plan.entity.attributes.firstIndex { $0.name == name } ?? 0) }
                let sortProperty = resource.sort.map { Names.swiftProperty($0.param) } ?? ""
                let orderProperty = resource.sort.map { Names.swiftProperty($0.orderParam) } ?? ""
                query.cursor = .init(
                    scope: resource.sort == nil ? "\"key\"" : "\"\\(\(sortProperty).rawValue) \\(\(orderProperty).rawValue)\"",
                    sortProperty: sortProperty,
                    columns: resource.sort?.values.map { .init(sortCase: Names.swiftCase($0.name), column: index($0.attribute)) } ?? [])
                query.keyColumn = index(key.name)
            }
        }
        if !resource.includes.isEmpty, let key = plan.entity.identifier {
            let type = RoutesViewModel.includeType(resource)
            add("include", "[\(type)]", param: "include", field: ".list(.enumeration(\(type).self))", default: "[]")
            query.keyColumn = String(plan.entity.attributes.firstIndex { $0.name == key.name } ?? 0)
        }
        return query
    }

    func condition(_ filter: FilterModel, values: [(name: String, literal: String?)], type: FieldType, source: String)
        -> ListQueryView.Condition
    {
        let cases = values.compactMap { value -> ListQueryView.Condition.Case? in
            guard let literal = value.literal else { return nil }
            return .init(name: SwiftTypes.literal(value.name), value: SwiftTypes.valueLiteral(literal, type))
        }
        return .init(
            param: filter.param, swiftName: ListPlan.filterProperty(filter),
            swiftType: SwiftTypes.name(type) + "?", source: source, cases: cases
        )
    }
}
