/// The view model of `swift/DeclaredStatements.swift`: one typed function per declared-SQL
/// endpoint and the statements they prepare.
struct DeclaredStatementsView: TemplateContext, Equatable {
    struct Function: TemplateContext, Equatable {
        var docLines: [String]
        var name: String
        var inputName: String
        var returnType: String
        /// Several statements run in one transaction.
        var transaction: Bool
        /// A transaction answering one row: rolled back when there is none.
        var rollsBackWithoutRow: Bool
        var discardableResult: Bool
        var steps: [Step]
    }

    /// One statement of a function: its binds and what is done with its result.
    struct Step: TemplateContext, Equatable {
        var statement: String
        /// Swift expressions appended in `$n` order.
        var binds: [String]
        /// `var binds = …` (first step, appended to or reassigned later), `let binds = …`
        /// (nothing is appended ever), or `binds = …` (a later step).
        var declaresVar: Bool
        var declaresLet: Bool
        var rowType: String
        var returnsRow: Bool
        var returnsRows: Bool
        var returnsAffected: Bool
        /// An earlier statement of a transaction: its rows are not used.
        var discards: Bool
    }

    var specPath: String
    var recordPath: String
    var functions: [Function]
    var statements: [Statement]

    struct Statement: TemplateContext, Equatable {
        var swiftName: String
        var name: String
        var literal: String
    }
}
