/// The view model of `html/Docs.html`, read off the OpenAPI document so the page and the
/// document cannot disagree.
enum DocsViewModel {
    static func make(_ document: JSONNode, model: APIModel) -> DocsView {
        var operations: [DocsView.Operation] = []
        if case .object(let paths)? = document["paths"] {
            for (path, node) in paths {
                guard case .object(let methods) = node else { continue }
                for (method, operation) in methods {
                    operations.append(self.operation(path, method, operation))
                }
            }
        }
        var schemas: [DocsView.Schema] = []
        if case .object(let members)? = document["components"]?["schemas"] {
            schemas = members.map { DocsView.Schema(name: $0.0, json: escape($0.1.rendered())) }
        }
        return DocsView(
            title: escape(model.title), version: escape(model.version), specPath: escape(model.specPath),
            operations: operations, schemas: schemas
        )
    }

    static func operation(_ path: String, _ method: String, _ operation: JSONNode) -> DocsView.Operation {
        var parameters: [DocsView.Operation.Parameter] = []
        if case .array(let items)? = operation["parameters"] {
            parameters = items.map { item in
                .init(name: escape(text(item["name"])), location: text(item["in"]), schema: escape(item["schema"]?.rendered(indent: nil) ?? ""))
            }
        }
        var responses: [DocsView.Operation.Response] = []
        if case .object(let members)? = operation["responses"] {
            responses = members.map { status, response in .init(status: status, description: escape(text(response["description"]))) }
        }
        let body = operation["requestBody"]?["content"]?["application/json"]?["schema"]?.rendered(indent: nil)
        return DocsView.Operation(
            anchor: escape(text(operation["operationId"])), method: method.uppercased(), path: escape(path),
            summary: escape(text(operation["summary"])), secured: operation["security"] != nil,
            parameters: parameters, body: body.map(escape) ?? "", responses: responses
        )
    }

    /// The text of a string node, or empty.
    static func text(_ node: JSONNode?) -> String {
        if case .string(let text)? = node { return text }
        return ""
    }

    /// HTML-escapes in one pass over the bytes.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) else {
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 64)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += Array("&amp;".utf8)
            case UInt8(ascii: "<"): output += Array("&lt;".utf8)
            case UInt8(ascii: ">"): output += Array("&gt;".utf8)
            case UInt8(ascii: "\""): output += Array("&quot;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
