import RuntimeCore

extension Validator {
    /// A query parameter with a default. When the name repeats, the last value wins (FastAPI).
    /// An invalid value is recorded and the default returned, so decoding can go on.
    public mutating func query<T>(_ request: Request, _ name: String, _ field: QueryField<T>, default: T) -> T {
        queryOptional(request, name, field) ?? `default`
    }

    /// An optional query parameter: nil when absent or invalid (the latter recorded).
    public mutating func queryOptional<T>(_ request: Request, _ name: String, _ field: QueryField<T>) -> T? {
        guard let text = request.queryValue(name) else { return nil }
        return decode(text, field, at: Loc.query(name))
    }

    /// A query parameter that must be present: absent is a `missing` issue, as a required body
    /// field is.
    public mutating func queryRequired<T>(_ request: Request, _ name: String, _ field: QueryField<T>) -> T? {
        guard let text = request.queryValue(name) else {
            fail(Loc.query(name), .missing)
            return nil
        }
        return decode(text, field, at: Loc.query(name))
    }

    /// A path parameter filled in by the router; absent (a routing bug) is reported as `missing`.
    public mutating func path<T>(_ request: Request, _ name: String, _ field: QueryField<T>) -> T? {
        guard let text = request.pathParameters[name] else {
            fail(Loc.path(name), .missing)
            return nil
        }
        return decode(text, field, at: Loc.path(name))
    }

    private mutating func decode<T>(_ text: String, _ field: QueryField<T>, at loc: Loc) -> T? {
        do {
            return try field.decode(text)
        } catch {
            fail(loc, error)
            return nil
        }
    }
}
