/// A prepared statement: its Swift name, its name on the connection, and its SQL by line.
struct StatementView: TemplateContext, Equatable {
    var swiftName: String
    var name: String
    var sqlLines: [String]
    /// The runtime type: `PreparedStatement`, or `FirstPageStatement` for a list's plain first page.
    var type: String = RuntimeSymbols.preparedStatement
    /// A first page's `default_limit` (`FirstPageStatement(name:defaultSize:sql:)`), else empty.
    var defaultSize: String = ""
}
