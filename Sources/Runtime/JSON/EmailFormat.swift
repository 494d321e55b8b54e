/// The contract's "plausible address" rule, deliberately simple: full RFC 5322 syntax would
/// accept addresses no mail server delivers to, and DNS checks do not belong in validation.
enum EmailFormat {
    /// `local@domain.tld`: exactly one `@`, a non-empty local part, a domain of at least two
    /// non-empty dot-separated labels, and no whitespace or control characters anywhere.
    static func isPlausible(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        if scalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return false
        }
        // Split on scalars, not Characters: an `@` or `.` followed by a combining mark or an emoji
        // modifier is still a separator (the OpenAPI document states the rule as a regex).
        let parts = scalars.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
