/// The view model of `swift/Store.swift`: typed methods over one table and the SQL they prepare.
struct StoreView: TemplateContext, Equatable {
    var specPath: String
    var name: String
    var table: String
    var storeName: String
    var methods: [StoreMethodView]
    var statements: [StatementView]
}
