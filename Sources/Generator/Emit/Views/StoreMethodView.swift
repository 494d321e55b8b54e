/// One store method. What it does with the statement's result is one of the flags; the body
/// itself is in the template.
struct StoreMethodView: TemplateContext, Equatable {
    struct Parameter: TemplateContext, Equatable {
        /// `_`, a label (`byEmail`), or empty when the label is the name.
        var label: String
        var name: String
        var type: String

        /// A parameter named after a spec name (`swiftName`), bound to `local` inside the body:
        /// `id: Int64`, `` `default`: Int32 `` (the body names it so), or `store _store: UUID`
        /// where the body has a `store` of its own. The name is the body's spelling, so binds
        /// that name it (`[id, owner]`) match it.
        static func named(_ swiftName: String, local: String, type: String, label: String = "") -> Parameter {
            .init(label: label.isEmpty && local != swiftName ? Names.swiftLabel(swiftName) : label, name: local, type: type)
        }
    }

    /// How the list method picks its statement: one per sort key and direction.
    struct Ordering: TemplateContext, Equatable {
        var sortCase: String
        var orderCase: String
        var statement: String
        /// Its plain first page (`listTitleAscFirstPage`), for a paged list; else empty.
        var firstPage: String = ""
    }

    var docLines: [String]
    var name: String
    var parameters: [Parameter]
    var returnType: String
    var binds: [String]
    /// With no binds yet: whether the list appends paging binds, so `binds` must be `var`.
    var bindsAppendedLater: Bool
    var statement: String
    /// `database.inserted`: the row the insert returned.
    var returnsInserted: Bool
    /// `database.one`: the row, or nil.
    var returnsRow: Bool
    var returnsExists: Bool
    var returnsAffected: Bool
    /// `database.text`: the first column of the first row, or nil.
    var returnsText: Bool = false
    /// `database.rows`: every row, as `ModelRows<rowType>`.
    var returnsRows: Bool = false
    /// `database.one(…) ?? .stranger`: the caller's standing in a tenant, a row always.
    var returnsStanding: Bool = false
    /// The list method: binds for the page, then the statement chosen by sort and order.
    var list: ListMethodView?
    /// The row type (`Task`).
    var rowType: String
    /// One line that binds: a value (`binds.append(id)`) or the whole input through the store's
    /// helper (`Self.bind(input, to: &binds)`).
    struct BindStep: TemplateContext, Equatable {
        var value: String
        var input: Bool
    }

    /// `binds` as the body writes them.
    var bindSteps: [BindStep] = []

    /// `binds` with the run `group` (the input's fields, in order) as one step, or nil when the
    /// method does not bind that run.
    func bindSteps(grouping group: [String]) -> [BindStep]? {
        guard !bindsLiterally, binds.count >= group.count,
            let start = (0...(binds.count - group.count)).first(where: { Array(binds[$0..<$0 + group.count]) == group })
        else { return nil }
        return binds[..<start].map { BindStep(value: $0, input: false) } + [BindStep(value: "input", input: true)]
            + binds[(start + group.count)...].map { BindStep(value: $0, input: false) }
    }

    /// What the method passes for the statement's parameters: its `binds`, or, for a few
    /// non-optional parameters bound as they are, a literal (`[id, owner]`).
    var bindsArgument: String = "binds"
    /// Whether `bindsArgument` is a literal, so the method declares no `binds`.
    var bindsLiterally: Bool = false

    /// The method with its binds planned: a line each (`bindSteps`), or, for a few non-optional
    /// parameters bound as they are (keys, owners, tenants), a literal (`PostgresBindings`' array
    /// literal takes non-optional values).
    var withBindsPlanned: StoreMethodView {
        let types = Dictionary(parameters.map { ($0.name, $0.type) }) { first, _ in first }
        var method = self
        method.bindSteps = binds.map { BindStep(value: $0, input: false) }
        guard !binds.isEmpty, binds.count <= 3, !bindsAppendedLater, list == nil,
            binds.allSatisfy({ types[$0].map { !$0.hasSuffix("?") } ?? false })
        else { return method }
        method.bindsArgument = "[" + binds.joined(separator: ", ") + "]"
        method.bindsLiterally = true
        return method
    }
}
