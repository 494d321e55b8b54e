/// The view model of `swift/ResourceRoutes.swift`: one resource's routes and list query.
struct ResourceRoutesView: TemplateContext, Equatable {
    var specPath: String
    var name: String
    var operationList: String
    var routesFunction: String
    var storeName: String
    var query: ListQueryView?
    /// The `<Resource>Include` enum of `?include=`, when the resource embeds links.
    var include: IncludeEnum?
    var routes: [RouteView]

    struct IncludeEnum: TemplateContext, Equatable {
        var name: String
        var collectionPath: String
        var cases: [EnumView.Case]
    }
}
