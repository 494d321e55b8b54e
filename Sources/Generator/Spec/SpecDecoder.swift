/// Stage 2: YAML tree → `SpecAST`. Checks shape only: kinds, known keys, scalar types.
public enum SpecDecoder {
    public static func decode(_ root: YAMLNode, file: String) -> (SpecAST, Diagnostics) {
        var reader = NodeReader()
        var spec = SpecAST(file: file)
        guard let top = reader.members(root, of: "the spec", allowed: SpecGrammar.spec.keyNames) else {
            return (spec, reader.diagnostics)
        }
        if let node = top["api"] {
            spec.api = decodeAPI(node, &reader)
        } else {
            reader.diagnostics.error("the spec has no 'api' section (name, version)", at: root.location)
        }
        if let node = top["auth"] { spec.auth = decodeAuth(node, &reader) }
        for (name, node) in reader.pairs(top["enums"], of: "enums") ?? [] {
            let values = reader.strings(node, of: "the values of enum '\(name.value)'") ?? []
            spec.enums.append(EnumDecl(name: name, values: values))
        }
        for (name, node) in reader.pairs(top["models"], of: "models") ?? [] {
            if let model = decodeModel(name, node, &reader) { spec.models.append(model) }
        }
        if let node = top["migration"], let m = reader.members(node, of: "migration", allowed: SpecGrammar.migration.keyNames) {
            spec.acknowledgements = reader.strings(m["acknowledge"], of: "migration.acknowledge") ?? []
        }
        if let node = top["resources"] {
            for item in reader.sequence(node, of: "resources") ?? [] {
                if let resource = decodeResource(item, &reader) { spec.resources.append(resource) }
            }
        }
        if let node = top["endpoints"] {
            for item in reader.sequence(node, of: "endpoints") ?? [] {
                if let endpoint = decodeEndpoint(item, &reader) { spec.endpoints.append(endpoint) }
            }
        }
        return (spec, reader.diagnostics)
    }

    static func decodeAPI(_ node: YAMLNode, _ reader: inout NodeReader) -> APISection? {
        guard let m = reader.members(node, of: "api", allowed: SpecGrammar.api.keyNames) else { return nil }
        var api = APISection(location: node.location)
        api.name = reader.string(m["name"], of: "api.name")
        api.version = reader.string(m["version"], of: "api.version")
        api.module = reader.string(m["module"], of: "api.module")
        api.basePath = reader.string(m["base_path"], of: "api.base_path")
        if let cors = m["cors"], let c = reader.members(cors, of: "api.cors", allowed: SpecGrammar.cors.keyNames) {
            api.corsOriginEnv = reader.string(c["origin_env"], of: "api.cors.origin_env")
            api.corsDefaultOrigin = reader.string(c["default_origin"], of: "api.cors.default_origin")
        }
        return api
    }

    static func decodeAuth(_ node: YAMLNode, _ reader: inout NodeReader) -> AuthSection? {
        guard let m = reader.members(node, of: "auth", allowed: SpecGrammar.auth.keyNames) else { return nil }
        var auth = AuthSection(location: node.location)
        auth.scheme = reader.string(m["scheme"], of: "auth.scheme")
        auth.secretEnv = reader.string(m["secret_env"], of: "auth.secret_env")
        auth.lifetimeEnv = reader.string(m["lifetime_env"], of: "auth.lifetime_env")
        auth.defaultLifetime = reader.int(m["default_lifetime"], of: "auth.default_lifetime")
        auth.user = reader.string(m["user"], of: "auth.user")
        auth.loginField = reader.string(m["login_field"], of: "auth.login_field")
        auth.passwordField = reader.string(m["password_field"], of: "auth.password_field")
        auth.role = reader.string(m["role"], of: "auth.role")
        if let password = m["password"], let p = reader.members(password, of: "auth.password", allowed: SpecGrammar.password.keyNames) {
            auth.passwordMinLength = reader.int(p["min_length"], of: "auth.password.min_length")
            auth.passwordMaxLength = reader.int(p["max_length"], of: "auth.password.max_length")
        }
        if let paths = m["paths"], let p = reader.members(paths, of: "auth.paths", allowed: SpecGrammar.authPaths.keyNames) {
            for (name, value) in p {
                if let path = reader.string(value, of: "auth.paths.\(name)") { auth.paths[name] = path }
            }
        }
        return auth
    }

    static func decodeModel(_ name: Located<String>, _ node: YAMLNode, _ reader: inout NodeReader) -> ModelDecl? {
        let what = "model '\(name.value)'"
        guard let m = reader.members(node, of: what, allowed: SpecGrammar.model.keyNames) else { return nil }
        var model = ModelDecl(name: name)
        model.table = reader.string(m["table"], of: "\(what).table")
        model.persisted = reader.bool(m["persisted"], of: "\(what).persisted")?.value ?? true
        model.doc = reader.string(m["doc"], of: "\(what).doc")?.value
        model.primaryKey = reader.strings(m["primary_key"], of: "\(what).primary_key")
        if m["fields"] == nil {
            reader.diagnostics.error("\(what) has no 'fields'", at: name.location)
        }
        for (fieldName, fieldNode) in reader.pairs(m["fields"], of: "the fields of \(what)") ?? [] {
            if let field = decodeField(fieldName, fieldNode, model: name.value, &reader) { model.fields.append(field) }
        }
        if let indexes = m["indexes"] {
            for item in reader.sequence(indexes, of: "\(what).indexes") ?? [] {
                guard let i = reader.members(item, of: "an index of \(what)", allowed: SpecGrammar.index.keyNames) else { continue }
                let fields = reader.strings(i["fields"], of: "index fields") ?? []
                if i["fields"] == nil { reader.diagnostics.error("an index needs 'fields'", at: item.location) }
                let unique = reader.bool(i["unique"], of: "index unique")?.value ?? false
                model.indexes.append(
                    IndexDecl(fields: fields, unique: unique, name: reader.string(i["name"], of: "index name"), location: item.location))
            }
        }
        for (relationName, relationNode) in reader.pairs(m["many_to_many"], of: "\(what).many_to_many") ?? [] {
            guard let r = reader.members(relationNode, of: "relation '\(relationName.value)'", allowed: SpecGrammar.relation.keyNames)
            else { continue }
            model.manyToMany.append(
                RelationDecl(
                    name: relationName,
                    model: reader.string(r["model"], of: "relation model"),
                    through: reader.string(r["through"], of: "relation through")
                ))
        }
        if let node = m["membership"],
            let r = reader.members(node, of: "\(what).membership", allowed: SpecGrammar.membership.keyNames)
        {
            model.membership = MembershipDecl(
                user: reader.string(r["user"], of: "membership.user"), tenant: reader.string(r["tenant"], of: "membership.tenant"),
                role: reader.string(r["role"], of: "membership.role"), location: node.location)
        }
        return model
    }

    static func decodeField(_ name: Located<String>, _ node: YAMLNode, model: String, _ reader: inout NodeReader) -> FieldDecl? {
        var field = FieldDecl(name: name)
        // Shorthand: `title: string` is `title: { type: string }`.
        if case .scalar = node {
            field.type = reader.typeName(node, of: "the type of \(model).\(name.value)")
            return field
        }
        let what = "field '\(model).\(name.value)'"
        guard let m = reader.members(node, of: what, allowed: SpecGrammar.field.keyNames) else { return nil }
        field.type = reader.typeName(m["type"], of: "\(what).type")
        if m["type"] == nil { reader.diagnostics.error("\(what) has no 'type'", at: name.location) }
        field.optional = reader.bool(m["optional"], of: "\(what).optional")
        field.primaryKey = reader.bool(m["primary_key"], of: "\(what).primary_key")
        field.unique = reader.bool(m["unique"], of: "\(what).unique")
        field.index = reader.bool(m["index"], of: "\(what).index")
        field.defaultValue = reader.scalar(m["default"], of: "\(what).default")
        field.minLength = reader.int(m["min_length"], of: "\(what).min_length")
        field.maxLength = reader.int(m["max_length"], of: "\(what).max_length")
        field.minimum = reader.scalar(m["min"], of: "\(what).min")
        field.maximum = reader.scalar(m["max"], of: "\(what).max")
        field.pattern = reader.string(m["pattern"], of: "\(what).pattern")
        field.format = reader.string(m["format"], of: "\(what).format")
        field.lowercase = reader.bool(m["lowercase"], of: "\(what).lowercase")
        field.autoUpdate = reader.bool(m["auto_update"], of: "\(what).auto_update")
        field.serverOnly = reader.bool(m["server_only"], of: "\(what).server_only")
        field.readOnly = reader.bool(m["read_only"], of: "\(what).read_only")
        field.writable = reader.bool(m["writable"], of: "\(what).writable")
        field.owner = reader.bool(m["owner"], of: "\(what).owner")
        field.belongsTo = reader.string(m["belongs_to"], of: "\(what).belongs_to")
        field.writableBy = reader.strings(m["writable_by"], of: "\(what).writable_by")
        field.updatable = reader.bool(m["updatable"], of: "\(what).updatable")
        field.creatable = reader.bool(m["creatable"], of: "\(what).creatable")
        field.onDelete = reader.string(m["on_delete"], of: "\(what).on_delete")
        field.column = reader.string(m["column"], of: "\(what).column")
        field.renamedFrom = reader.string(m["renamed_from"], of: "\(what).renamed_from")
        field.doc = reader.string(m["doc"], of: "\(what).doc")?.value
        return field
    }

    static func decodeScope(_ node: YAMLNode?, _ reader: inout NodeReader) -> [(param: Located<String>, source: Located<String>)] {
        (reader.pairs(node, of: "scope") ?? []).compactMap { name, value in
            reader.string(value, of: "scope.\(name.value)").map { (param: name, source: $0) }
        }
    }

    static func decodeResource(_ node: YAMLNode, _ reader: inout NodeReader) -> ResourceDecl? {
        guard let m = reader.members(node, of: "a resource", allowed: SpecGrammar.resource.keyNames) else { return nil }
        var resource = ResourceDecl(location: node.location)
        resource.model = reader.string(m["model"], of: "resource.model")
        resource.name = reader.string(m["name"], of: "resource.name")
        if m["model"] == nil { reader.diagnostics.error("a resource needs 'model'", at: node.location) }
        resource.path = reader.string(m["path"], of: "resource.path")
        if m["path"] == nil { reader.diagnostics.error("a resource needs 'path'", at: node.location) }
        resource.auth = reader.string(m["auth"], of: "resource.auth")
        resource.scope = decodeScope(m["scope"], &reader)
        resource.operations = reader.strings(m["operations"], of: "resource.operations")
        resource.links = reader.strings(m["links"], of: "resource.links") ?? []
        resource.include = reader.strings(m["include"], of: "resource.include") ?? []
        if let fields = m["fields"], let f = reader.members(fields, of: "resource.fields", allowed: SpecGrammar.resourceFields.keyNames) {
            resource.responseFields = reader.strings(f["response"], of: "resource.fields.response")
            resource.createFields = reader.strings(f["create"], of: "resource.fields.create")
            resource.updateFields = reader.strings(f["update"], of: "resource.fields.update")
        }
        for (operation, value) in reader.pairs(m["access"], of: "resource.access") ?? [] {
            if case .scalar = value {
                resource.access.append(
                    AccessDecl(operation: operation, keyword: reader.string(value, of: "access.\(operation.value)"), roles: []))
            } else {
                let roles = reader.strings(value, of: "access.\(operation.value)") ?? []
                resource.access.append(AccessDecl(operation: operation, keyword: nil, roles: roles))
            }
        }
        for item in m["on_create"].flatMap({ reader.sequence($0, of: "resource.on_create") }) ?? [] {
            guard let e = reader.members(item, of: "an on_create entry", allowed: SpecGrammar.sideEffect.keyNames) else { continue }
            if e["insert"] == nil { reader.diagnostics.error("an on_create entry needs 'insert'", at: item.location) }
            let set = (reader.pairs(e["set"], of: "on_create.set") ?? []).compactMap { name, value in
                reader.string(value, of: "on_create.set.\(name.value)").map { (field: name, value: $0) }
            }
            resource.onCreate.append(
                SideEffectDecl(insert: reader.string(e["insert"], of: "on_create.insert"), set: set, location: item.location))
        }
        if let list = m["list"], let l = reader.members(list, of: "resource.list", allowed: SpecGrammar.list.keyNames) {
            decodeList(l, into: &resource, &reader)
        }
        return resource
    }

    static func decodeList(_ l: [String: YAMLNode], into resource: inout ResourceDecl, _ reader: inout NodeReader) {
        for item in l["filters"].flatMap({ reader.sequence($0, of: "list.filters") }) ?? [] {
            guard let f = reader.members(item, of: "a filter", allowed: SpecGrammar.filter.keyNames) else { continue }
            var filter = FilterDecl(location: item.location)
            filter.param = reader.string(f["param"], of: "filter.param")
            filter.field = reader.string(f["field"], of: "filter.field")
            filter.defaultValue = reader.string(f["default"], of: "filter.default")
            filter.op = reader.string(f["op"], of: "filter.op")
            if let values = reader.pairs(f["values"], of: "filter.values") {
                filter.values = values.compactMap { name, value in
                    reader.scalar(value, of: "filter value '\(name.value)'").map { (name: name, literal: $0) }
                }
            }
            resource.filters.append(filter)
        }
        if let node = l["search"], let s = reader.members(node, of: "list.search", allowed: SpecGrammar.search.keyNames) {
            resource.search = SearchDecl(
                param: reader.string(s["param"], of: "search.param"),
                fields: reader.strings(s["fields"], of: "search.fields") ?? [],
                location: node.location
            )
        }
        if let node = l["sort"], let s = reader.members(node, of: "list.sort", allowed: SpecGrammar.sort.keyNames) {
            let values = (reader.pairs(s["values"], of: "sort.values") ?? []).compactMap { name, value in
                reader.string(value, of: "sort value '\(name.value)'").map { (name: name, field: $0) }
            }
            resource.sort = SortDecl(
                param: reader.string(s["param"], of: "sort.param"),
                values: values,
                defaultValue: reader.string(s["default"], of: "sort.default"),
                orderParam: reader.string(s["order_param"], of: "sort.order_param"),
                defaultOrder: reader.string(s["default_order"], of: "sort.default_order"),
                location: node.location
            )
        }
        if let node = l["paging"], let p = reader.members(node, of: "list.paging", allowed: SpecGrammar.paging.keyNames) {
            resource.paging = PagingDecl(
                limitParam: reader.string(p["limit_param"], of: "paging.limit_param"),
                offsetParam: reader.string(p["offset_param"], of: "paging.offset_param"),
                defaultLimit: reader.int(p["default_limit"], of: "paging.default_limit"),
                maxLimit: reader.int(p["max_limit"], of: "paging.max_limit"),
                cursor: reader.bool(p["cursor"], of: "paging.cursor"),
                cursorParam: reader.string(p["cursor_param"], of: "paging.cursor_param"),
                location: node.location
            )
        }
    }

    static func decodeEndpoint(_ node: YAMLNode, _ reader: inout NodeReader) -> EndpointDecl? {
        guard let m = reader.members(node, of: "an endpoint", allowed: SpecGrammar.endpoint.keyNames) else { return nil }
        var endpoint = EndpointDecl(location: node.location)
        endpoint.name = reader.string(m["name"], of: "endpoint.name")
        for key in ["name", "method", "path"] where m[key] == nil {
            reader.diagnostics.error("an endpoint needs '\(key)'", at: node.location)
        }
        endpoint.summary = reader.string(m["summary"], of: "endpoint.summary")
        endpoint.method = reader.string(m["method"], of: "endpoint.method")
        endpoint.path = reader.string(m["path"], of: "endpoint.path")
        endpoint.auth = reader.string(m["auth"], of: "endpoint.auth")
        endpoint.scope = decodeScope(m["scope"], &reader)
        endpoint.params = (reader.pairs(m["params"], of: "endpoint.params") ?? []).compactMap { name, value in
            reader.string(value, of: "param '\(name.value)'").map { (name: name, type: $0) }
        }
        endpoint.body = reader.string(m["body"], of: "endpoint.body")
        endpoint.response = reader.string(m["response"], of: "endpoint.response")
        endpoint.status = reader.int(m["status"], of: "endpoint.status")
        endpoint.sql = reader.strings(m["sql"], of: "endpoint.sql") ?? []
        endpoint.locationHeader = reader.string(m["location"], of: "endpoint.location")
        for (name, value) in reader.pairs(m["query"], of: "endpoint.query") ?? [] {
            var param = QueryParamDecl(name: name)
            if case .scalar = value {
                param.type = reader.typeName(value, of: "the type of query parameter '\(name.value)'")
            } else if let q = reader.members(value, of: "query parameter '\(name.value)'", allowed: SpecGrammar.queryParam.keyNames) {
                param.type = reader.typeName(q["type"], of: "query parameter '\(name.value)'.type")
                if q["type"] == nil { reader.diagnostics.error("query parameter '\(name.value)' has no 'type'", at: name.location) }
                param.optional = reader.bool(q["optional"], of: "query parameter '\(name.value)'.optional")
                param.defaultValue = reader.scalar(q["default"], of: "query parameter '\(name.value)'.default")
                param.minimum = reader.scalar(q["min"], of: "query parameter '\(name.value)'.min")
                param.maximum = reader.scalar(q["max"], of: "query parameter '\(name.value)'.max")
            }
            endpoint.query.append(param)
        }
        return endpoint
    }
}
