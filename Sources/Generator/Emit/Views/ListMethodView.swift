/// The parts of the list method beyond a single statement.
struct ListMethodView: TemplateContext, Equatable {
    var paged: Bool
    /// The list also pages by cursor: `after` binds the cursor's sort value (when sorted) and key.
    var cursor: Bool
    var cursorBindsValue: Bool
    /// `query.sort` and `query.order`, when the list has a sort key.
    var sortProperty: String
    var orderProperty: String
    var orderings: [StoreMethodView.Ordering]
    /// What the query binds after the method's own binds (the owner, the tenant): each filter
    /// and the search.
    var queryBinds: [String] = []
    /// When the plain first page serves (`query.offset == 0, query.q == nil`): paged lists only,
    /// else empty.
    var firstPageConditions: String = ""
    /// The plain first page of a list without sort keys (`listFirstPage`).
    var firstPage: String = ""
}
