import Foundation

/// Stage 4 and 5: the validated model → view models → rendered files, in a fixed order.
struct Emitter {
    let model: APIModel
    let input: GeneratorPipeline.Input

    var layout: GeneratorPipeline.Layout { GeneratorPipeline.Layout(specPath: model.specPath, module: model.module) }

    func files(diagnostics: inout Diagnostics, report: inout ChangeReport) throws -> [GeneratedFile] {
        let templates = input.templates
        let swift = layout.swiftDirectory
        var files: [GeneratedFile] = []
        func add(_ path: String, _ template: String, _ context: TemplateValue) throws {
            files.append(GeneratedFile(path: path, contents: try templates.render(template, context)))
        }
        if !model.enums.isEmpty {
            try add("\(swift)/Enums.swift", "swift/Enums.swift", enumsContext())
        }
        for entity in model.entities {
            let name = Names.swiftType(entity.name)
            try add("\(swift)/\(name).swift", "swift/Model.swift", ModelViewModel.make(entity, model: model))
            if entity.persisted {
                let resource = model.resources.first { $0.entity == entity.name }
                try add("\(swift)/\(name)Store.swift", "swift/Store.swift", StoreViewModel(entity: entity, model: model, resource: resource).make())
            }
        }
        for resource in model.resources {
            guard let entity = model.entity(resource.entity) else { continue }
            try add("\(swift)/\(Names.swiftType(entity.name))Routes.swift", "swift/ResourceRoutes.swift", RoutesViewModel(entity: entity, resource: resource, model: model).make())
        }
        if let auth = model.auth, let context = AuthViewModel.make(auth, model: model) {
            try add("\(swift)/AuthRoutes.swift", "swift/AuthRoutes.swift", context)
        }
        try add("\(swift)/API.swift", "swift/API.swift", APIViewModel(model: model).make())

        let schema = SchemaBuilder.build(model)
        let migrations = try migrationFiles(schema: schema, diagnostics: &diagnostics, report: &report)
        files += migrations.files
        try add("\(swift)/Migrations.swift", "swift/Migrations.swift", migrationsContext(migrations.all))

        let document = OpenAPIBuilder.build(model)
        let openAPIText = document.rendered() + "\n"
        if let previous = input.previousOpenAPI {
            report.apiChanges = APIChangeAnalyzer.changes(from: previous, to: openAPIText)
        }
        files.append(GeneratedFile(path: layout.openAPIPath, contents: openAPIText))
        let html = try templates.render("html/Docs.html", DocsViewModel.make(document, model: model))
        try add("\(swift)/APIDocumentation.swift", "swift/APIDocumentation.swift", [
            "specPath": .string(model.specPath),
            "openAPILiteral": .string(Self.multilineLiteral(document.rendered(indent: nil), indent: "        ")),
            "htmlLiteral": .string(Self.multilineLiteral(html, indent: "        ")),
        ])
        return files.sorted { $0.path < $1.path }
    }

    func enumsContext() -> TemplateValue {
        [
            "specPath": .string(model.specPath),
            "enums": .list(model.enums.map { enumeration in
                [
                    "specPath": .string(model.specPath),
                    "name": .string(Names.swiftType(enumeration.name)),
                    "sqlName": .string(Names.snake(enumeration.name)),
                    "cases": .list(enumeration.values.map { value in
                        let swiftName = Names.swiftCase(value)
                        return ["swiftName": .string(swiftName), "value": .string(value), "needsRawValue": .bool(Names.swiftBare(swiftName) != value)]
                    }),
                ]
            }),
        ]
    }

    func migrationsContext(_ all: [GeneratorPipeline.ExistingMigration]) -> TemplateValue {
        [
            "specPath": .string(model.specPath),
            "migrationsPath": .string(layout.migrationsDirectory),
            "migrations": .list(all.map { migration in
                [
                    "version": .string(String(migration.version)),
                    "name": .string(migration.fileName),
                    "sqlLines": .strings(migration.sql.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(migration.sql.hasSuffix("\n") ? 1 : 0)),
                ]
            }),
        ]
    }

    /// A Swift raw multi-line string literal holding `text`, indented by `indent`.
    static func multilineLiteral(_ text: String, indent: String) -> String {
        // One more `#` than the longest run of `#` after a quote, so the text cannot end the literal.
        var longest = 0
        var run = -1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                run = 0
            } else if byte == UInt8(ascii: "#"), run >= 0 {
                run += 1
                longest = max(longest, run)
            } else {
                run = -1
            }
        }
        let hashes = String(repeating: "#", count: longest + 1)
        var body: [UInt8] = []
        body.reserveCapacity(text.utf8.count + 1024)
        let indentBytes = Array(indent.utf8)
        var lineStart = true
        for byte in text.utf8 {
            if lineStart, byte != UInt8(ascii: "\n") { body += indentBytes }
            body.append(byte)
            lineStart = byte == UInt8(ascii: "\n")
        }
        return hashes + "\"\"\"\n" + String(decoding: body, as: UTF8.self) + "\n" + indent + "\"\"\"" + hashes
    }
}
