/// Declared query parameters and declared SQL of custom endpoints (docs/spec.md §8, §8.1):
/// every `:name` in a statement resolved to what the route reads, with its type. Whether the
/// statement itself is valid SQL against the schema is `StatementCheck`'s job, with Postgres.
extension ModelBuilder {
    static let queryParameterTypes = "uuid, int, bigint, string, text, bool or an enum"

    mutating func buildQuery(_ decls: [QueryParamDecl], pathParams: [String], entities: [Entity]) -> [QueryParameter] {
        decls.compactMap { decl in
            let name = decl.name
            if !Names.isSnakeIdentifier(name.value) {
                error("query parameter '\(name.value)' must be snake_case", at: name.location)
            }
            if pathParams.contains(name.value) {
                error("query parameter '\(name.value)' has the name of a path parameter", at: name.location)
            }
            guard let written = decl.type else { return nil }
            let resolved = written.value.contains(".") ? paramType(written, entities: entities) : resolveType(written, maxLength: nil)
            guard let type = resolved else { return nil }
            switch type {
            case .uuid, .int, .bigint, .string, .text, .bool, .enumeration: break
            default:
                error("a query parameter must be \(Self.queryParameterTypes); '\(written.value)' is \(type.specName)", at: written.location)
                return nil
            }
            var defaultValue: String?
            if let literal = decl.defaultValue, type == .uuid {
                error("a uuid query parameter cannot have a default; make it optional", at: literal.location)
            } else if let literal = decl.defaultValue {
                defaultValue = literal.value.text
                if !Self.literal(literal.value.text, fits: type, enums: spec.enums) {
                    error("default '\(literal.value.text)' is not a valid \(type.specName)", at: literal.location)
                }
            }
            var bounds: [Int64?] = [nil, nil]
            for (index, bound) in [decl.minimum, decl.maximum].enumerated() {
                guard let bound else { continue }
                if !type.isInteger {
                    error("min and max of a query parameter apply to int and bigint", at: bound.location)
                } else if let value = Int64(bound.value.text), Self.literal(bound.value.text, fits: type, enums: spec.enums) {
                    bounds[index] = value
                } else {
                    error("'\(bound.value.text)' is not a valid \(type.specName) bound", at: bound.location)
                }
            }
            if let low = bounds[0], let high = bounds[1], low > high, let bound = decl.minimum {
                error("min \(low) is greater than max \(high)", at: bound.location)
            }
            if let text = defaultValue, let value = Int64(text), let bound = decl.defaultValue,
                (bounds[0].map { value < $0 } ?? false) || (bounds[1].map { value > $0 } ?? false)
            {
                error("default \(value) is outside min…max", at: bound.location)
            }
            return QueryParameter(
                name: name.value, type: type, optional: decl.optional?.value ?? false, defaultValue: defaultValue, minimum: bounds[0],
                maximum: bounds[1])
        }
    }

    static func literal(_ text: String, fits type: FieldType, enums: [EnumDecl]) -> Bool {
        switch type {
        case .int: Int32(text) != nil
        case .bigint: Int64(text) != nil
        case .bool: text == "true" || text == "false"
        case .uuid: text.count == 36 && text.split(separator: "-").count == 5
        case .enumeration(let name): enums.first { $0.name.value == name }?.values.contains { $0.value == text } ?? false
        default: true
        }
    }

    /// The statements of `sql:`, each `:name` bound to the subject, a path or query parameter,
    /// or a field of the body model's input.
    mutating func buildStatements(_ decl: EndpointDecl, _ endpoint: CustomEndpoint, entities: [Entity], auth: AuthModel?)
        -> [DeclaredStatement]
    {
        guard !decl.sql.isEmpty else { return [] }
        var available: [String: DeclaredStatement.Parameter] = [:]
        var sources: [String: String] = [:]
        func offer(_ parameter: DeclaredStatement.Parameter, _ what: String, _ builder: inout ModelBuilder, at location: SourceLocation) {
            if let other = sources[parameter.name] {
                builder.error("':\(parameter.name)' would be both \(other) and \(what); rename one of them", at: location)
                return
            }
            available[parameter.name] = parameter
            sources[parameter.name] = what
        }
        let where_ = decl.sql[0].location
        if endpoint.requiresAuth, let subjectType = subjectKeyType(auth, entities: entities) {
            offer(.init(name: "subject", source: .subject, type: subjectType, optional: false), "the token's subject", &self, at: where_)
        }
        for param in endpoint.params {
            offer(.init(name: param.name, source: .path, type: param.type, optional: false), "a path parameter", &self, at: where_)
        }
        for param in endpoint.query {
            offer(
                .init(name: param.name, source: .query, type: param.type, optional: param.optional && param.defaultValue == nil),
                "a query parameter", &self, at: where_)
        }
        if let body = endpoint.body, let entity = entities.first(where: { $0.name == body }) {
            for attribute in entity.inputAttributes {
                offer(
                    .init(name: attribute.name, source: .body, type: attribute.type, optional: attribute.optional), "a field of the body",
                    &self, at: where_)
            }
        }
        switch endpoint.response {
        case .entity(let name), .list(let name):
            if let entity = entities.first(where: { $0.name == name }), !entity.persisted {
                error(
                    "declared SQL returns rows of a table; '\(name)' is not persisted, so its rows cannot be read from a statement",
                    at: decl.response?.location ?? endpoint.sqlLocation)
            }
        case .none: break
        }
        var used: Set<String> = []
        var statements: [DeclaredStatement] = []
        for text in decl.sql {
            // Trailing blank lines (a `|` block's last newline) are not part of the statement.
            var trimmed = Substring(text.value)
            while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
            let written = DeclaredSQL(String(trimmed))
            let lineStarts = Self.lineStarts(of: text, in: spec.sourceLines)
            var statement = DeclaredStatement(
                written: written, prepared: "", positions: .init(), parameters: [], location: text.location, lineStarts: lineStarts)
            if text.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                error("a declared statement is empty", at: text.location)
                continue
            }
            if let offset = written.positionalOffsets.first {
                error(
                    "write parameters by name (':id'), not by position ('$1'): the generator numbers them",
                    at: statement.location(ofWritten: offset))
            }
            var known = true
            for occurrence in written.occurrences where available[occurrence.name] == nil {
                known = false
                let hint = Suggestion.didYouMean(occurrence.name, among: available.keys.sorted())
                let choices =
                    available.isEmpty
                    ? "; this endpoint has no path, query or body values to bind"
                    : hint.isEmpty ? "; available: " + available.keys.sorted().map { ":" + $0 }.joined(separator: ", ") : hint
                error(
                    "':\(occurrence.name)' is not a parameter of endpoint '\(endpoint.name)'\(choices)",
                    at: statement.location(ofWritten: occurrence.offset))
            }
            guard known else { continue }
            used.formUnion(written.names)
            statement.parameters = written.names.compactMap { available[$0] }
            let types = Dictionary(uniqueKeysWithValues: statement.parameters.map { ($0.name, castType($0.type)) })
            (statement.prepared, statement.positions) = written.prepared(types: types)
            statements.append(statement)
        }
        if let scope = endpoint.scope, !statements.isEmpty, !used.contains(scope.param), !used.contains("subject") {
            error(
                "endpoint '\(endpoint.name)' is scoped by '{\(scope.param)}' but its SQL never uses ':\(scope.param)' (or ':subject'): every row it touches must be limited to the caller's",
                at: decl.sql[0].location)
        }
        if statements.count == decl.sql.count {
            for param in decl.query where !used.contains(param.name.value) {
                error(
                    "query parameter '\(param.name.value)' of endpoint '\(endpoint.name)' is never used by its SQL", at: param.name.location
                )
            }
            for param in endpoint.params where param.name != endpoint.scope?.param && !used.contains(param.name) {
                diagnostics.warning(
                    "path parameter '{\(param.name)}' of endpoint '\(endpoint.name)' is never used by its SQL", at: decl.path?.location)
            }
        }
        if let body = endpoint.body, !statements.isEmpty, !used.contains(where: { sources[$0] == "a field of the body" }) {
            error(
                "endpoint '\(endpoint.name)' declares body '\(body)' but its SQL uses none of its fields",
                at: decl.body?.location ?? decl.sql[0].location)
        }
        return statements
    }

    func subjectKeyType(_ auth: AuthModel?, entities: [Entity]) -> FieldType? {
        guard let auth, let user = entities.first(where: { $0.name == auth.user }) else { return nil }
        return user.identifier?.type
    }

    /// Where each line of a scalar's value starts in the spec: exact for block scalars (`|`) and
    /// one-line scalars, empty (locations fall back to the scalar) for folded ones.
    static func lineStarts(of text: Located<String>, in lines: [Substring]) -> [SourceLocation] {
        let location = text.location
        guard location.line >= 1, location.line <= lines.count else { return [] }
        let line = Array(lines[location.line - 1])
        let start = location.column - 1
        guard start >= 0, start < line.count else { return [] }
        let valueLines = text.value.split(separator: "\n", omittingEmptySubsequences: false)
        switch line[start] {
        case "|":
            // The first non-blank content line fixes the indentation of all of them.
            var indentation: Int?
            var starts: [SourceLocation] = []
            for (index, valueLine) in valueLines.enumerated() {
                let number = location.line + 1 + index
                guard number <= lines.count else { break }
                let source = lines[number - 1]
                if indentation == nil, !valueLine.isEmpty {
                    indentation = source.prefix(while: { $0 == " " }).count
                }
                starts.append(SourceLocation(file: location.file, line: number, column: (indentation ?? 0) + 1))
            }
            guard let first = valueLines.first(where: { !$0.isEmpty }), let index = valueLines.firstIndex(of: first),
                lines[location.line + index].hasSuffix(first)
            else { return [] }
            return starts
        case "\"", "'":
            return valueLines.count == 1 ? [SourceLocation(file: location.file, line: location.line, column: location.column + 1)] : []
        case ">":
            return []
        default:
            return valueLines.count == 1 ? [location] : []
        }
    }
}
