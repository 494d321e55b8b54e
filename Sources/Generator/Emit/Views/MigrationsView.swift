/// The view model of `swift/Migrations.swift`: every migration, embedded.
struct MigrationsView: TemplateContext, Equatable {
    struct Migration: TemplateContext, Equatable {
        var version: String
        var name: String
        var sqlLines: [String]
    }

    var specPath: String
    var migrationsPath: String
    var migrations: [Migration]
}
