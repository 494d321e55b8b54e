/// A generated `String`-backed enum: the spec's enums and a list's sort keys.
struct EnumView: TemplateContext, Equatable {
    struct Case: TemplateContext, Equatable {
        var swiftName: String
        var value: String
        /// Whether the raw value differs from the case name, so it must be spelled out.
        var needsRawValue: Bool
    }

    var name: String
    var sqlName: String
    var cases: [Case]

    init(name: String, sqlName: String = "", values: [String]) {
        self.name = name
        self.sqlName = sqlName
        cases = values.map { value in
            let swiftName = Names.swiftCase(value)
            return Case(swiftName: swiftName, value: value, needsRawValue: Names.swiftBare(swiftName) != value)
        }
    }
}
