/// The view model of `swift/Store.swift`: typed methods over one table and the SQL they prepare.
struct StoreView: TemplateContext, Equatable {
    var specPath: String
    var name: String
    var table: String
    var storeName: String
    var methods: [StoreMethodView]
    var statements: [StatementView]
    /// Whether the statements are one labeled tuple (`static let statements = (insert: …, …)`):
    /// one `static let` (three functions) instead of one per statement (decision 0017). A single
    /// statement cannot be a labeled tuple: it stays `Statements.x`.
    var statementsInTuple: Bool
    /// How the methods name a statement: `Self.statements` or `Statements`, then `.name`.
    var statementsRoot: String

    init(specPath: String, name: String, table: String, storeName: String, methods: [StoreMethodView], statements: [StatementView]) {
        self.specPath = specPath
        self.name = name
        self.table = table
        self.storeName = storeName
        self.methods = methods
        self.statements = statements
        statementsInTuple = statements.count > 1
        statementsRoot = statementsInTuple ? "Self.statements" : "Statements"
    }
    /// A member-scoped resource's rules, one per operation (`Store.AccessRules`).
    var rules: [MemberRuleView] = []
    var tenant: String = ""
}

/// One operation's rule as generated code spells it: `static let delete = MemberRule(…)`.
struct MemberRuleView: TemplateContext, Equatable {
    var name: String
    /// As the spec writes it, for the doc comment.
    var written: String
    var member: String
    var roles: String
    var notFound: String
    var parents: String
    var forbidden: String
}
