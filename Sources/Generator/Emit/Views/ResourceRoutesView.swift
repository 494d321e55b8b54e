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
    /// The resource's narrower answer type (`fields.response`).
    var view: ResponseFields?
    var routes: [RouteView]

    /// `<Resource>View`: the fields a resource's answers show of its model's rows. It reads the
    /// same rows (every column of the model), so the store is the model's.
    struct ResponseFields: TemplateContext, Equatable {
        var name: String
        var model: String
        /// The model value's local name in `init(_:)`.
        var modelVariable: String
        var collectionPath: String
        var fieldList: String
        var properties: [Property]
        /// What `writeJSON(to:)` writes (`swift/partials/WriteJSON.swift`).
        var responseProperties: [ModelView.ResponseProperty]
        /// What lists write from a row (`swift/partials/RowJSONLayout.swift`): the shown columns
        /// only, as `init(row:)` reads only those.
        var rowJSONMembers: [ModelView.RowJSONMember]

        struct Property: TemplateContext, Equatable {
            var swiftName: String
            var bareName: String
            var swiftType: String
            /// `decode` or `decodeOptional`, and the column in the model's rows.
            var rowDecode: String
            var column: String
        }
    }

    struct IncludeEnum: TemplateContext, Equatable {
        var name: String
        var collectionPath: String
        var cases: [EnumView.Case]
    }
}
