import Foundation

/// Stage 3: `SpecAST` → `APIModel`, checking every rule and reporting every problem in one run.
/// When there are errors the returned model is nil; emitters only ever see a valid model.
public struct ModelBuilder {
    let spec: SpecAST
    var diagnostics = Diagnostics()
    var enumNames: [String] = []
    var modelNames: [String] = []

    public static func build(_ spec: SpecAST) -> (APIModel?, Diagnostics) {
        var builder = ModelBuilder(spec: spec)
        let model = builder.build()
        return (builder.diagnostics.hasErrors ? nil : model, builder.diagnostics)
    }

    init(spec: SpecAST) {
        self.spec = spec
        enumNames = spec.enums.map(\.name.value)
        modelNames = spec.models.map(\.name.value)
    }

    /// "; did you mean 'x'?" when a candidate is close, else the whole (short) list of choices.
    func choices(_ word: String, _ values: [String]) -> String {
        if let close = Suggestion.closest(to: word, among: values) { return "; did you mean '\(close)'?" }
        return values.isEmpty ? "" : "; expected one of: " + values.joined(separator: ", ")
    }

    mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.error(message, at: location)
    }

    mutating func build() -> APIModel {
        let title = spec.api?.name?.value ?? ""
        if spec.api != nil, spec.api?.name == nil { error("'api' needs a 'name'", at: spec.api?.location) }
        let version = spec.api?.version?.value ?? "0.0.0"
        let module = checkedModule()
        let basePath = checkedBasePath()
        let enums = buildEnums()
        checkDuplicateModels()
        var entities: [Entity] = []
        for decl in spec.models { entities.append(buildEntity(decl)) }
        resolveReferences(&entities)
        let auth = buildAuth(entities, basePath: basePath)
        let memberships = buildMemberships(entities, auth: auth)
        var resources: [Resource] = []
        for decl in spec.resources {
            guard var resource = buildResource(decl, entities: entities, memberships: memberships, basePath: basePath, auth: auth)
            else { continue }
            resource.name = decl.name?.value ?? resource.entity
            if let name = decl.name { checkTypeName(name, what: "resource") }
            if resource.name != resource.entity, let first = decl.links.first {
                error("links are served by the model's own resource (the one without a 'name')", at: first.location)
            }
            if let location = decl.name?.location ?? decl.model?.location {
                if resources.contains(where: { $0.name == resource.name }) {
                    error(
                        decl.name == nil
                            ? "model '\(resource.entity)' already has a resource; give this one a 'name' (e.g. 'Public\(resource.entity)') for its store, routes and operations"
                            : "resource name '\(resource.name)' is used twice",
                        at: location)
                } else if decl.name != nil, resource.name != resource.entity,
                    modelNames.contains(resource.name) || enumNames.contains(resource.name)
                {
                    error("resource name '\(resource.name)' is already a model or enum name", at: location)
                } else if decl.name != nil, resource.name != resource.entity, let taken = takenResourceName(resource, entities: entities) {
                    error("resource name '\(resource.name)' would collide with \(taken); choose another", at: location)
                }
                // Fields set from the path are never in the model's bodies: the model's resources must agree.
                if let other = resources.first(where: { $0.entity == resource.entity }) {
                    let otherBound = other.pathFields
                    if resource.pathFields != otherBound {
                        error(
                            "the resources of '\(resource.entity)' must set the same fields from their paths (the model has one input type); '\(other.name)' sets \(otherBound.isEmpty ? "none" : otherBound.sorted().joined(separator: ", "))",
                            at: location)
                    }
                }
            }
            let entity = entities.first { $0.name == resource.entity }
            let ownCreateBody = entity.map(resource.hasOwnCreateBody) ?? false
            if ownCreateBody, resource.isDefault, let entity, !entity.notCreatable.isEmpty {
                error(
                    "OpenAPI names both this resource's create body and the model's (its creatable: false fields) '\(resource.name)CreateInput'; give the resource a name",
                    at: decl.createFields?.first?.location ?? decl.location)
            }
            for (suffix, used) in [
                ("Include", !resource.includes.isEmpty), ("View", resource.responseFields != nil), ("CreateInput", ownCreateBody),
            ]
            where used {
                let type = Names.swiftType(resource.name) + suffix
                if modelNames.contains(type) || enumNames.contains(type) {
                    error(
                        "resource '\(resource.name)' generates the type '\(type)', which is already a model or enum name; rename one",
                        at: decl.name?.location ?? decl.model?.location)
                } else if let model = modelNames.first(where: { name in
                    [Names.inputType(name), Names.patchType(name)].contains(type)
                }) {
                    error(
                        "resource '\(resource.name)' generates the type '\(type)', which is already the body type of model '\(model)'; rename one",
                        at: decl.name?.location ?? decl.model?.location)
                }
            }
            resources.append(resource)
        }
        // OpenAPI names a create body apart when some field is not creatable: `<Model>CreateInput`.
        for (decl, entity) in zip(spec.models, entities) where !entity.notCreatable.isEmpty {
            let name = Names.swiftType(entity.name) + "CreateInput"
            if modelNames.contains(name) || enumNames.contains(name) {
                error(
                    "'\(entity.name)' has fields a create may not send, so OpenAPI names its create body '\(name)', which is already a model or enum name; rename one",
                    at: decl.name.location)
            }
        }
        checkWritableBy(entities, resources: resources, auth: auth)
        // A field the path sets (the tenant, a parent) is never in a request body.
        for resource in resources {
            guard let index = entities.firstIndex(where: { $0.name == resource.entity }) else { continue }
            for name in [resource.tenant?.field].compactMap({ $0 }) + (resource.tenant?.parents ?? resource.nesting).map(\.field) {
                guard let field = entities[index].attributes.firstIndex(where: { $0.name == name }) else { continue }
                entities[index].attributes[field].clientSettable = false
            }
        }
        let endpoints = buildEndpoints(entities: entities, basePath: basePath, auth: auth)
        warnUnreachableMemberships(memberships, entities: entities, resources: resources, endpoints: endpoints)
        checkRouteCollisions(resources: resources, endpoints: endpoints, auth: auth)
        checkGeneratedTypeNames(entities: entities, resources: resources, endpoints: endpoints, auth: auth)
        var cors: CORSModel?
        if let api = spec.api, let env = api.corsOriginEnv {
            cors = CORSModel(originEnv: env.value, defaultOrigin: api.corsDefaultOrigin?.value ?? "")
        } else if let origin = spec.api?.corsDefaultOrigin {
            error("cors needs 'origin_env': the environment variable that names the allowed origin", at: origin.location)
        }
        var model = APIModel(
            specPath: spec.file, title: title, version: version, module: module, basePath: basePath, cors: cors,
            auth: auth, enums: enums, entities: entities, resources: resources, endpoints: endpoints
        )
        model.memberships = memberships
        model.acknowledgements = Set(spec.acknowledgements.map(\.value))
        for (decl, entity) in zip(spec.models, entities) {
            model.tableLocations[entity.table] = decl.name.location
            for field in decl.fields {
                let column = entity.attribute(field.name.value)?.column ?? field.name.value
                model.columnLocations[entity.table + "." + column] = field.name.location
            }
        }
        return model
    }

    /// What a named resource's derived names (`<Name>Routes`, statements `<table>_<name>_…`,
    /// operation ids `list<Name>`) would collide with, if anything.
    func takenResourceName(_ resource: Resource, entities: [Entity]) -> String? {
        if resource.name == "Auth" { return "the generated AuthRoutes" }
        guard let entity = entities.first(where: { $0.name == resource.entity }) else { return nil }
        let prefix = entity.table + "_" + Names.snake(resource.name)
        if let other = entities.first(where: { $0.table == prefix || $0.table.hasPrefix(prefix + "_") }) {
            return "the statements of table '\(other.table)'"
        }
        let relations = spec.models.first { $0.name.value == entity.name }?.manyToMany.map(\.name.value) ?? []
        if let relation = relations.first(where: {
            Names.snake(resource.name).hasPrefix(Names.snake($0)) || resource.name == entity.name + Names.swiftType($0)
        }) {
            return "the '\(relation)' link of '\(entity.name)' (its statements and operations)"
        }
        return nil
    }

    mutating func checkedModule() -> String {
        guard let module = spec.api?.module else {
            let base = spec.file.split(separator: "/").last.map { String($0.split(separator: ".")[0]) } ?? "App"
            return Names.swiftType(base) + "API"
        }
        if !Names.isTypeIdentifier(module.value) {
            error(
                "module name '\(module.value)' is not a Swift type name (letters and digits, starting with a capital)", at: module.location)
        }
        return module.value
    }

    mutating func checkedBasePath() -> String {
        guard let path = spec.api?.basePath else { return "" }
        if path.value == "/" || path.value.isEmpty { return "" }
        if !path.value.hasPrefix("/") || path.value.hasSuffix("/") {
            error("base_path must start with '/' and not end with one, as in '/api'", at: path.location)
        }
        return path.value
    }

    mutating func buildEnums() -> [EnumModel] {
        var seen: [String: SourceLocation] = [:]
        return spec.enums.map { decl in
            let name = decl.name
            if let first = seen[name.value] {
                diagnostics.error(
                    "enum '\(name.value)' is declared twice", at: name.location,
                    notes: [Diagnostic(.note, "first declared here", at: first)])
            }
            seen[name.value] = name.location
            checkTypeName(name, what: "enum")
            if decl.values.isEmpty { error("enum '\(name.value)' has no values", at: name.location) }
            var values: [String] = []
            for value in decl.values {
                if !Names.isSnakeIdentifier(value.value) {
                    error(
                        "enum value '\(value.value)' of '\(name.value)' is not a valid identifier (lower-case letters, digits and '_', starting with a letter)",
                        at: value.location)
                } else if Names.unspellableMembers.contains(value.value) {
                    error(Names.unspellableMessage("enum value", value.value), at: value.location)
                } else if values.contains(value.value) {
                    error("enum '\(name.value)' lists '\(value.value)' twice", at: value.location)
                }
                values.append(value.value)
            }
            return EnumModel(name: name.value, values: values)
        }
    }

    mutating func checkTypeName(_ name: Located<String>, what: String) {
        if !Names.isTypeIdentifier(name.value) {
            error(
                "\(what) name '\(name.value)' must be PascalCase letters and digits, as in '\(Names.swiftType(name.value.lowercased()))'",
                at: name.location)
        } else if let reason = Names.reservedTypeReason(name.value) {
            error("\(what) name '\(name.value)' is reserved (\(reason)); rename it, e.g. '\(name.value)Record'", at: name.location)
        }
    }

    /// A model or enum may not take a name that another model, a resource or an endpoint
    /// generates (`TaskInput`, `TaskPatch`, `TaskStore`, `TaskListQuery`, the routes file
    /// `TaskRoutes.swift`, an endpoint's `CompleteTaskInput`): the generated Swift would declare
    /// one type twice, or one file would overwrite another.
    mutating func checkGeneratedTypeNames(entities: [Entity], resources: [Resource], endpoints: [CustomEndpoint], auth: AuthModel?) {
        var generated: [String: String] = [:]
        // A model's own file is `<Model>.swift`: the generator's files take their names too.
        var files = ["API": "the generator writes 'API.swift' of its own"]
        if !spec.enums.isEmpty { files["Enums"] = "the generator writes the enums to 'Enums.swift'" }
        if auth != nil { files["AuthRoutes"] = "the generator writes the auth routes to 'AuthRoutes.swift'" }
        for entity in entities {
            if !entity.inputAttributes.isEmpty {
                generated[Names.inputType(entity.name)] = "model '\(entity.name)' names its create and replace body so"
                generated[Names.patchType(entity.name)] = "model '\(entity.name)' names its patch body so"
            }
            if entity.persisted { generated[Names.storeType(entity.name)] = "model '\(entity.name)' names its store so" }
        }
        for resource in resources {
            let routes = Names.routesFile(resource.name)
            files[routes] = "resource '\(resource.name)' writes its routes to '\(routes).swift'"
            if resource.operations.contains(.list) {
                generated[Names.listQueryType(resource.name)] = "resource '\(resource.name)' names its list query so"
            }
            if !resource.isDefault { generated[Names.storeType(resource.name)] = "resource '\(resource.name)' names its store so" }
        }
        for endpoint in endpoints {
            generated[Names.endpointInputType(endpoint.name)] = "endpoint '\(endpoint.name)' names its input so"
        }
        for (what, names) in [("model", spec.models.map(\.name)), ("enum", spec.enums.map(\.name))] {
            for name in names {
                guard let owner = generated[name.value] ?? (what == "model" ? files[name.value] : nil) else { continue }
                error("\(what) name '\(name.value)' is taken: \(owner); rename it, e.g. '\(name.value)Record'", at: name.location)
            }
        }
    }

    mutating func checkDuplicateModels() {
        var seen: [String: SourceLocation] = [:]
        for model in spec.models {
            if let first = seen[model.name.value] {
                diagnostics.error(
                    "model '\(model.name.value)' is declared twice", at: model.name.location,
                    notes: [Diagnostic(.note, "first declared here", at: first)])
            } else if enumNames.contains(model.name.value) {
                error("model '\(model.name.value)' has the same name as an enum", at: model.name.location)
            }
            seen[model.name.value] = model.name.location
        }
    }

    /// Splits `/{user_id}/tasks/{id}` into its parameter names, reporting malformed segments.
    mutating func pathParameters(_ path: Located<String>) -> [String] {
        guard path.value.hasPrefix("/") else {
            error("path '\(path.value)' must start with '/'", at: path.location)
            return []
        }
        var params: [String] = []
        for segment in path.value.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if segment.isEmpty {
                error("path '\(path.value)' has an empty segment", at: path.location)
            } else if segment.hasPrefix("{") {
                let name = String(segment.dropFirst().dropLast())
                if !segment.hasSuffix("}") || !Names.isSnakeIdentifier(name) {
                    error("path segment '\(segment)' must be a parameter like '{id}'", at: path.location)
                } else if params.contains(name) {
                    error("path '\(path.value)' uses '{\(name)}' twice", at: path.location)
                } else {
                    params.append(name)
                }
            } else if segment.contains("{") || segment.contains("}") {
                error("path segment '\(segment)' mixes text and a parameter; a parameter must be a whole segment", at: path.location)
            }
        }
        return params
    }
}
