/// The parts of the list method beyond a single statement.
struct ListMethodView: TemplateContext, Equatable {
    var paged: Bool
    /// `query.sort` and `query.order`, when the list has a sort key.
    var sortProperty: String
    var orderProperty: String
    var orderings: [StoreMethodView.Ordering]
}
