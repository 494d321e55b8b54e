/// The query-parameter struct of a list route (`TaskListQuery`): its properties, how each is
/// read, the sort key as an enum, and the bound value of each filter with named values.
struct ListQueryView: TemplateContext, Equatable {
    struct Property: TemplateContext, Equatable {
        var swiftName: String
        var label: String
        var swiftType: String
        /// `decode(_:)`'s local for the value read (`Names.decodedLocal`).
        var local: String
    }

    /// `let name = validator.query(request, param, field, default: …)`, or `queryOptional`
    /// without a default.
    struct Read: TemplateContext, Equatable {
        /// `decode(_:)`'s local for the value read (`Names.decodedLocal`).
        var local: String
        var param: String
        var field: String
        var defaultValue: String
    }

    /// A filter whose named values map to bound values (`status=pending` → `false`).
    struct Condition: TemplateContext, Equatable {
        struct Case: TemplateContext, Equatable {
            var name: String
            var value: String
        }

        var param: String
        var swiftName: String
        var swiftType: String
        var source: String
        var cases: [Case]
    }

    /// With cursor paging: what a cursor is valid for and which columns make the next one.
    struct Cursor: TemplateContext, Equatable {
        struct Column: TemplateContext, Equatable {
            var sortCase: String
            var column: String
        }

        /// A Swift string expression: the sort and its direction, or "key".
        var scope: String
        var sortProperty: String
        /// The sort value's column per sort key; empty without a sort (the key is the value).
        var columns: [Column]
    }

    var name: String
    var collectionPath: String
    var sort: EnumView?
    var properties: [Property]
    var reads: [Read]
    var conditions: [Condition]
    var cursor: Cursor? = nil
    /// The column of the key in a row of the list, when a cursor or `?include=` needs it.
    var keyColumn: String = ""
}
