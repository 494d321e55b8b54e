/// Path parameters (and perhaps a body) read with one `Validator`, so a bad parameter and a bad
/// body are reported together; rendered by `swift/partials/ReadParameters.swift`, the one spelling
/// shared by resource routes and custom endpoints.
struct ParameterReadView: TemplateContext, Equatable {
    struct Read: TemplateContext, Equatable {
        /// The Swift name the value is bound to.
        var name: String
        /// The parameter's name in the path, as a Swift literal.
        var param: String
        /// The `QueryField` that parses it.
        var field: String
        /// An integer of any size is well-formed: one beyond the column's range matches no row
        /// (404, as the FastAPI original answers), not a 422.
        var narrowsToInt32: Bool
        var narrowsToInt64: Bool
        /// The argument of `HTTPError.notFound(…)` for a value out of range: what the parameter
        /// names (filled from the view's message when empty).
        var outOfRange: String = ""
    }

    /// A declared query parameter: with a default, optional (nil when absent), or required.
    struct QueryRead: TemplateContext, Equatable {
        var name: String
        var param: String
        var field: String
        /// A Swift literal, when the parameter has a default.
        var defaultValue: String?
        var optional: Bool
        var required: Bool
    }

    struct Body: TemplateContext, Equatable {
        var name: String
        var type: String
        /// The members a create may not send (`creatable: false`, or not in `fields.create`), as
        /// a Swift array literal, or empty.
        var refusing: String = ""
    }

    var reads: [Read]
    var queries: [QueryRead] = []
    var body: Body?
    /// Every name the validity guard unwraps, in order.
    var checked: [String]
    /// Whether the guard also tests `validator.isValid`: not after a body, whose decoding throws
    /// every issue of the path, the query and the body at once.
    var guardsValidity: Bool
    /// The argument of `HTTPError.notFound(…)` for an id out of range: a literal, or empty.
    var notFoundMessage: String

    init(reads: [Read], queries: [QueryRead] = [], body: Body?, notFoundMessage: String) {
        self.reads = reads.map { read in
            var read = read
            if read.outOfRange.isEmpty { read.outOfRange = notFoundMessage }
            return read
        }
        self.queries = queries
        self.body = body
        checked = reads.map(\.name) + queries.filter(\.required).map(\.name)
        guardsValidity = body == nil
        self.notFoundMessage = notFoundMessage
    }

    /// The read of one path parameter of `type`.
    static func read(_ name: String, param: String, type: FieldType) -> Read {
        let integer = type == .int || type == .bigint
        return Read(
            name: name, param: SwiftTypes.literal(param), field: integer ? ".anyInteger" : SwiftTypes.queryField(type),
            narrowsToInt32: type == .int, narrowsToInt64: type == .bigint
        )
    }
}
