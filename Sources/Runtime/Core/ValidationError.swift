/// One step of an issue location: an object member or an array index.
public enum LocElement: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// Where a validation issue is: `["body", "title"]`, `["query", "limit"]`, `["path", "id"]`.
public struct Loc: Sendable, Hashable {
    public var elements: [LocElement]

    public init(_ elements: [LocElement]) {
        self.elements = elements
    }

    public static func body(_ keys: String...) -> Loc {
        Loc([.key("body")] + keys.map(LocElement.key))
    }

    public static func query(_ name: String) -> Loc {
        Loc([.key("query"), .key(name)])
    }

    public static func path(_ name: String) -> Loc {
        Loc([.key("path"), .key(name)])
    }

    public func appending(_ key: String) -> Loc {
        Loc(elements + [.key(key)])
    }

    public func appending(index: Int) -> Loc {
        Loc(elements + [.index(index)])
    }
}

/// One failing input, in the shape FastAPI/pydantic report it.
public struct ValidationIssue: Sendable, Hashable {
    public var loc: Loc
    /// A human sentence; never contains the submitted value (it may be a password).
    public var msg: String
    /// A stable machine-readable kind, pydantic v2 names (`missing`, `string_too_long`, …).
    public var type: String

    public init(loc: Loc, msg: String, type: String) {
        self.loc = loc
        self.msg = msg
        self.type = type
    }
}

/// Every failing field of a request at once: 422 `{"detail": [{"loc", "msg", "type"}, …]}`.
public struct ValidationError: HTTPResponseConvertible, Sendable {
    public var issues: [ValidationIssue]

    public init(_ issues: [ValidationIssue]) {
        self.issues = issues
    }

    public func response() -> Response {
        Response.json(422) { writer in
            writer.beginObject()
            writer.key("detail")
            writer.beginArray()
            for issue in issues {
                writer.beginObject()
                writer.key("loc")
                writer.beginArray()
                for element in issue.loc.elements {
                    switch element {
                    case .key(let key): writer.string(key)
                    case .index(let index): writer.int(index)
                    }
                }
                writer.endArray()
                writer.key("msg")
                writer.string(issue.msg)
                writer.key("type")
                writer.string(issue.type)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
    }
}
