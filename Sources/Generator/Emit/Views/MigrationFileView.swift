/// The view model of `sql/Migration.sql`: one new migration.
struct MigrationFileView: TemplateContext, Equatable {
    var specPath: String
    var version: String
    var changes: [String]
    var statements: [String]
}
