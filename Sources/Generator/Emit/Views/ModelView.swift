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

    /// A property the response writes.
    struct ResponseProperty: TemplateContext, Equatable {
        var swiftName: String
        var jsonKey: String
        var optional: Bool
        /// The column's index in the SELECT list, which `init(row:)` reads in the same order.
        var column: String
        /// The label of the `JSONWriter.member` it is written with (`int`, `string`, …);
        /// `rawValue` when it writes an enum's.
        var writerMethod: String
        var rawValue: Bool
    }

    /// A member of the `RowJSONLayout` lists write rows with: a shown field, or a server-only
    /// column that is only checked, so that a row `init(row:)` rejects is rejected there too.
    struct RowJSONMember: TemplateContext, Equatable {
        var shown: Bool
        var jsonKey: String
        var column: String
        /// The `RowJSONValue`: `.int64`, `.enumeration(Status.self)`, …
        var value: String
        var optional: Bool
    }

    struct InputProperty: TemplateContext, Equatable {
        var swiftName: String
        var bareName: String
        var label: String
        var swiftType: String
        var baseType: String
        var jsonKey: String
        var jsonField: String
        var nullable: String
        var defaultExpression: String
        /// What `Input.decode` passes for it: the validator's read of the member, with its default.
        var inputValue: String
    }

    var specPath: String
    var name: String
    var docLines: [String]
    var persisted: Bool
    var properties: [Property]
    var responseProperties: [ResponseProperty]
    var rowJSONMembers: [RowJSONMember]
    var hasInput: Bool
    var inputName: String
    var patchName: String
    var inputProperties: [InputProperty]
}
