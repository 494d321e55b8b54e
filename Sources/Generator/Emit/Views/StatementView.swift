/// A prepared statement: its Swift name, its name on the connection, and its SQL by line.
struct StatementView: TemplateContext, Equatable {
    var swiftName: String
    var name: String
    var sqlLines: [String]
}
