/// The view model of `swift/ResourceRoutes.swift`: one resource's routes and list query.
struct ResourceRoutesView: TemplateContext, Equatable {
    var specPath: String
    var name: String
    var operationList: String
    var routesFunction: String
    var storeName: String
    var query: ListQueryView?
    var routes: [RouteView]
}
