/// The view model of `swift/Model.swift`: one entity's struct, row decoding, JSON writing and
/// request-body types.
struct ModelView: TemplateContext, Equatable {
    struct Property: TemplateContext, Equatable {
        var swiftName: String
        /// After a dot (`self.title`).
        var bareName: String
        /// As an argument label (`title: title`).
        var label: String
        var swiftType: String
        var serverOnly: Bool
        /// `decode` or `decodeOptional`: the `PostgresRow` method that reads its column.
        var rowDecode: String
    }

    /// A property the response writes, with the column it is read from in list responses.
    struct ResponseProperty: TemplateContext, Equatable {
        var swiftName: String
        var jsonKey: String
        var optional: Bool
        var jsonWrite: String
        var rowJSONWrite: String
    }

    struct InputProperty: TemplateContext, Equatable {
        var swiftName: String
        var bareName: String
        var label: String
        var swiftType: String
        var baseType: String
        var jsonKey: String
        var jsonField: String
        var required: Bool
        var nullable: String
        var defaultExpression: String
        var inputValue: String
        var patchValue: String
    }

    var specPath: String
    var name: String
    var docLines: [String]
    var persisted: Bool
    var properties: [Property]
    var responseProperties: [ResponseProperty]
    /// Columns the response leaves out are still decoded by the row writer, so a row that
    /// `init(row:)` rejects is rejected there too.
    var hiddenColumnChecks: [String]
    var hasInput: Bool
    var inputName: String
    var patchName: String
    var inputProperties: [InputProperty]
}
