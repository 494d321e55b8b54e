/// Stages 5 and 6: typed view models of a validated model and its schema plan, rendered into
/// files in a fixed order. Nothing here can fail on the spec: the only error is a broken
/// template, which is the generator's own bug.
struct Emitter {
    let model: APIModel
    let plan: SchemaPlan
    /// The OpenAPI document, built once: written as a file, embedded, and read by the docs page.
    let document: JSONNode
    let templates: TemplateSet

    var layout: GeneratorPipeline.Layout { GeneratorPipeline.Layout(specPath: model.specPath, module: model.module) }

    func files() throws(TemplateError) -> [GeneratedFile] {
        let swift = layout.swiftDirectory
        var files: [GeneratedFile] = []
        func add(_ path: String, _ template: String, _ view: some TemplateContext) throws(TemplateError) {
            files.append(GeneratedFile(path: path, contents: try templates.render(template, view.templateValue)))
        }
        if !model.enums.isEmpty {
            try add("\(swift)/Enums.swift", "swift/Enums.swift", enumsView)
        }
        for entity in model.entities {
            let name = Names.swiftType(entity.name)
            try add("\(swift)/\(name).swift", "swift/Model.swift", ModelViewModel.make(entity, model: model))
            if entity.persisted {
                // The model's store serves its own resource; a named second resource has its own store.
                let resource = model.resources.first { $0.entity == entity.name && $0.isDefault }
                try add(
                    "\(swift)/\(name)Store.swift", "swift/Store.swift",
                    StoreViewModel(entity: entity, model: model, resource: resource).make())
            }
        }
        for resource in model.resources where !resource.isDefault {
            guard let entity = model.entity(resource.entity) else { continue }
            let store = StoreViewModel(entity: entity, model: model, resource: resource)
            try add("\(swift)/\(store.storeTypeName).swift", "swift/Store.swift", store.make())
        }
        for resource in model.resources {
            guard let entity = model.entity(resource.entity) else { continue }
            try add(
                "\(swift)/\(Names.routesFile(resource.name)).swift", "swift/ResourceRoutes.swift",
                RoutesViewModel(entity: entity, resource: resource, model: model).make())
        }
        if let auth = model.auth, let view = AuthViewModel.make(auth, model: model) {
            try add("\(swift)/AuthRoutes.swift", "swift/AuthRoutes.swift", view)
        }
        try add("\(swift)/API.swift", "swift/API.swift", APIViewModel(model: model).make())
        if let declared = DeclaredStatementsViewModel(model: model).make() {
            try add("\(swift)/DeclaredStatements.swift", "swift/DeclaredStatements.swift", declared)
        }

        let migrations = try migrationFiles()
        files += migrations.files
        try add("\(swift)/Migrations.swift", "swift/Migrations.swift", migrationsView(migrations.all))

        let openAPIText = document.rendered()
        files.append(GeneratedFile(path: layout.openAPIPath, contents: openAPIText + "\n"))
        try add(
            "\(swift)/APIDocumentation.swift", "swift/APIDocumentation.swift",
            DocumentationView(
                specPath: model.specPath,
                openAPILiteral: SwiftTypes.multilineLiteral(openAPIText, indent: "        ")
            ))
        return files.sorted { $0.path < $1.path }
    }

    var enumsView: EnumsView {
        EnumsView(
            specPath: model.specPath,
            enums: model.enums.map { enumeration in
                EnumView(name: Names.swiftType(enumeration.name), sqlName: Names.snake(enumeration.name), values: enumeration.values)
            })
    }

    func migrationsView(_ all: [GeneratorPipeline.ExistingMigration]) -> MigrationsView {
        MigrationsView(
            specPath: model.specPath, migrationsPath: layout.migrationsDirectory,
            migrations: all.map { migration in
                var lines = migration.sql.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if migration.sql.hasSuffix("\n") { lines.removeLast() }
                return .init(version: String(migration.version), name: migration.fileName, sqlLines: lines)
            })
    }
}
