/// Builds the view model of `swift/DeclaredStatements.swift` from the declared-SQL endpoints.
struct DeclaredStatementsViewModel {
    let model: APIModel

    func make() -> DeclaredStatementsView? {
        let endpoints = model.endpoints.filter(\.isDeclared)
        guard !endpoints.isEmpty else { return nil }
        var functions: [DeclaredStatementsView.Function] = []
        var statements: [DeclaredStatementsView.Statement] = []
        for endpoint in endpoints {
            let names = Self.statementNames(endpoint)
            let transaction = endpoint.statements.count > 1
            let anyBinds = endpoint.statements.contains { !$0.parameters.isEmpty }
            var steps: [DeclaredStatementsView.Step] = []
            for (index, statement) in endpoint.statements.enumerated() {
                let isLast = index == endpoint.statements.count - 1
                let (row, rows) = Self.returns(endpoint.response)
                steps.append(
                    .init(
                        statement: names[index].swift, binds: statement.parameters.map(Self.bindExpression),
                        declaresVar: index == 0 && anyBinds, declaresLet: index == 0 && !anyBinds,
                        rowType: Self.rowType(endpoint.response),
                        returnsRow: isLast && row, returnsRows: isLast && rows, returnsAffected: isLast && !row && !rows, discards: !isLast
                    ))
                statements.append(
                    .init(
                        swiftName: names[index].swift, name: names[index].sql,
                        literal: SwiftTypes.multilineLiteral(statement.prepared, indent: "                ")))
            }
            functions.append(
                .init(
                    docLines: DocLines.make(documentation(endpoint)), name: endpoint.name, inputName: Self.inputName(endpoint),
                    returnType: Self.returnType(endpoint.response), transaction: transaction,
                    rollsBackWithoutRow: transaction && Self.returns(endpoint.response).row,
                    discardableResult: endpoint.response == .none, steps: steps
                ))
        }
        return DeclaredStatementsView(
            specPath: model.specPath, recordPath: GeneratorPipeline.Layout(specPath: model.specPath, module: model.module).statementsPath,
            functions: functions, statements: statements)
    }

    func documentation(_ endpoint: CustomEndpoint) -> [String] {
        var doc: [String] = []
        if let summary = endpoint.summary { doc += summary.split(separator: "\n").map(String.init) + [""] }
        let result =
            switch endpoint.response {
            case .none: "Returns how many rows the last statement changed."
            case .entity:
                endpoint.statements.count > 1
                    ? "Returns the first row of the last one, or nil when there is none: then the transaction is rolled back (the route answers 404)."
                    : "Returns the first row, or nil when there is none (the route answers 404)."
            case .list: "Returns every row."
            }
        let runs = endpoint.statements.count > 1 ? "Runs \(endpoint.statements.count) statements in one transaction" : "Runs one statement"
        doc.append("\(runs) for `\(endpoint.method) \(endpoint.path)`. \(result)")
        return doc
    }

    static func inputName(_ endpoint: CustomEndpoint) -> String {
        Names.endpointInputType(endpoint.name)
    }

    /// Swift names and connection names of an endpoint's statements (`completeTask`,
    /// `declared_complete_task`; numbered when there are several).
    static func statementNames(_ endpoint: CustomEndpoint) -> [(swift: String, sql: String)] {
        let count = endpoint.statements.count
        return (0..<count).map { index in
            let suffix = count > 1 ? "\(index + 1)" : ""
            return (endpoint.name + suffix, "declared_" + Names.snake(endpoint.name) + (count > 1 ? "_\(index + 1)" : ""))
        }
    }

    static func bindExpression(_ parameter: DeclaredStatement.Parameter) -> String {
        switch parameter.source {
        case .subject: "input.subject"
        case .path, .query: "input." + Names.swiftProperty(parameter.name)
        case .body: "input.body." + Names.swiftProperty(parameter.name)
        }
    }

    static func returns(_ response: ResponseShape) -> (row: Bool, rows: Bool) {
        switch response {
        case .none: (false, false)
        case .entity: (true, false)
        case .list: (false, true)
        }
    }

    static func rowType(_ response: ResponseShape) -> String {
        switch response {
        case .none: ""
        case .entity(let name), .list(let name): Names.swiftType(name)
        }
    }

    static func returnType(_ response: ResponseShape) -> String {
        switch response {
        case .none: "Int"
        case .entity(let name): Names.swiftType(name) + "?"
        case .list(let name): "ModelRows<\(Names.swiftType(name))>"
        }
    }
}
