import Foundation

extension JSONField where T == String {
    /// A JSON string. Lengths count Unicode code points (the contract's "characters"), so 200
    /// emoji fit in `maxLength: 200`. NUL is refused because Postgres `text` cannot hold it.
    /// `pattern` is a regular expression searched anywhere in the value (as pydantic does);
    /// anchor it with `^…$` for a full match. With `lowercased`, the value is lower-cased first
    /// and every rule checks what is stored: lower-casing can lengthen a string (`İ` becomes
    /// `i` + U+0307), and a value that passed on its original length would then fail in the
    /// database instead of at its field.
    public static func string(
        minLength: Int? = nil, maxLength: Int? = nil, format: StringFormat? = nil, pattern: String? = nil,
        lowercased: Bool = false
    ) -> JSONField<String> {
        let rules = StringRules(minLength: minLength, maxLength: maxLength, format: format, pattern: pattern)
        return JSONField<String> { value throws(FieldIssue) in
            guard case .string(let original) = value else { throw .stringType }
            let text = lowercased ? original.lowercased() : original
            try rules.check(text)
            return text
        }
    }
}

/// The checks shared by JSON string fields and query string fields, in pydantic's order.
struct StringRules: Sendable {
    var minLength: Int?
    var maxLength: Int?
    var format: StringFormat?
    var pattern: String?

    func check(_ text: String) throws(FieldIssue) {
        let scalars = text.unicodeScalars
        if scalars.contains("\u{0}") { throw .nulCharacter }
        if minLength != nil || maxLength != nil {
            let length = scalars.count
            if let minLength, length < minLength { throw .stringTooShort(minLength) }
            if let maxLength, length > maxLength { throw .stringTooLong(maxLength) }
        }
        switch format {
        case .email?: if !EmailFormat.isPlausible(text) { throw .email }
        case .url?: if !URLFormat.isHTTPURL(text) { throw .url }
        case nil: break
        }
        if let pattern, !PatternCache.shared.matches(pattern, text) {
            throw .patternMismatch(pattern)
        }
    }
}
