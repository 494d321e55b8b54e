/// The view model of `html/Docs.html`, read off the OpenAPI document so the page and the
/// document cannot disagree.
enum DocsViewModel {
    static func make(_ document: JSONNode, model: APIModel) -> TemplateValue {
        var operations: [TemplateValue] = []
        if case .object(let paths)? = document["paths"] {
            for (path, node) in paths {
                guard case .object(let methods) = node else { continue }
                for (method, operation) in methods {
                    operations.append(self.operation(path, method, operation))
                }
            }
        }
        var schemas: [TemplateValue] = []
        if case .object(let members)? = document["components"]?["schemas"] {
            schemas = members.map { ["name": .string($0.0), "json": .string(escape($0.1.rendered()))] }
        }
        return [
            "title": .string(escape(model.title)),
            "version": .string(escape(model.version)),
            "specPath": .string(escape(model.specPath)),
            "operations": .list(operations),
            "schemas": .list(schemas),
        ]
    }

    static func operation(_ path: String, _ method: String, _ operation: JSONNode) -> TemplateValue {
        var parameters: [TemplateValue] = []
        if case .array(let items)? = operation["parameters"] {
            parameters = items.map { item in
                let name = item["name"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
                let location = item["in"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
                return ["name": .string(escape(name)), "location": .string(location), "schema": .string(escape(item["schema"]?.rendered(indent: nil) ?? ""))]
            }
        }
        var responses: [TemplateValue] = []
        if case .object(let members)? = operation["responses"] {
            responses = members.map { status, response in
                let description = response["description"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
                return ["status": .string(status), "description": .string(escape(description))]
            }
        }
        let body = operation["requestBody"]?["content"]?["application/json"]?["schema"]?.rendered(indent: nil)
        let summary = operation["summary"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
        let id = operation["operationId"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
        return [
            "anchor": .string(escape(id)),
            "method": .string(method.uppercased()),
            "path": .string(escape(path)),
            "summary": .string(escape(summary)),
            "secured": .bool(operation["security"] != nil),
            "parameters": .list(parameters),
            "body": .string(body.map(escape) ?? ""),
            "responses": .list(responses),
        ]
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
