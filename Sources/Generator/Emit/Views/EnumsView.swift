/// The view model of `swift/Enums.swift`: every enum of the spec.
struct EnumsView: TemplateContext, Equatable {
    var specPath: String
    var enums: [EnumView]
}
