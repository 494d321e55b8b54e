/// Whether a request declares its body as JSON.
///
/// A body is JSON only when its `Content-Type` says so: `application/json`, or a structured
/// `application/…+json` type, with any parameters (`charset=utf-8`), case-insensitive. Anything
/// else, or no `Content-Type`, is refused even if the bytes parse as JSON: none of those is
/// among the types an HTML form or a CORS "simple request" may send, so a page on another origin
/// cannot make a browser post JSON here without a preflight the CORS policy answers.
public enum JSONMediaType {
    public static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let essence = contentType.utf8.prefix { $0 != UInt8(ascii: ";") }
        var text = Substring(essence).lowercased()[...]
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        if text == "application/json" { return true }
        guard text.hasPrefix("application/"), text.hasSuffix("+json") else { return false }
        return text.count > "application/".count + "+json".count
    }
}
