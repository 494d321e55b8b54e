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

    /// The input's fields as the insert and the replace (or a check) bind them, in one helper
    /// (`Self.bind(input, to: &binds)`) rather than a line each in both.
    struct InputBinding: TemplateContext, Equatable {
        var type: String
        var binds: [String]
    }

    /// Set when at least two methods bind the whole input in a row.
    var inputBinding: InputBinding?

    init(
        specPath: String, name: String, table: String, storeName: String, methods: [StoreMethodView], statements: [StatementView],
        input: InputBinding? = nil
    ) {
        self.specPath = specPath
        self.name = name
        self.table = table
        self.storeName = storeName
        var methods = methods.map(\.withBindsPlanned)
        if let input, input.binds.count > 1 {
            let grouped = methods.map { $0.bindSteps(grouping: input.binds) }
            if grouped.compactMap({ $0 }).count > 1 {
                inputBinding = input
                for (index, steps) in grouped.enumerated() { if let steps { methods[index].bindSteps = steps } }
            }
        }
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
