// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// What `/catalog` answers of a `Book` (`fields: { response: [id, title, genre, published_on] }`).
public struct CatalogView: Sendable {
    public let id: Int32
    public let title: String
    public let genre: Genre
    public let publishedOn: CalendarDate?

    public init(_ book: Book) {
        self.id = book.id
        self.title = book.title
        self.genre = book.genre
        self.publishedOn = book.publishedOn
    }
}

extension CatalogView: PostgresRowJSONLayout {
    /// Reads the shown columns of a row of `Book`'s columns, as the store answers them.
    public init(row: PostgresRow) throws {
        self.id = try row.decode(0)
        self.title = try row.decode(1)
        self.genre = try row.decode(2)
        self.publishedOn = try row.decodeOptional(5)
    }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", int: self.id)
        writer.member("title", string: self.title)
        writer.member("genre", string: self.genre.rawValue)
        writer.member("published_on", date: self.publishedOn)
        writer.endObject()
    }

    /// How lists write a row: the JSON `writeJSON(to:)` writes for `CatalogView(row: row)`.
    public static let rowJSON = RowJSONLayout([
        .member("id", 0, .int32),
        .member("title", 1, .string),
        .member("genre", 2, .enumeration(Genre.self)),
        .member("published_on", 5, .date, optional: true),
    ])
}

/// The query parameters of `GET /catalog`, checked all at once.
public struct CatalogListQuery: Sendable {
    /// The sort keys of `GET /catalog`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case title
    }

    public let genre: Genre?
    public let sort: Sort
    public let order: SortDirection
    public let limit: Int
    public let offset: Int

    public static func decode(_ request: Request) throws(ValidationError) -> CatalogListQuery {
        var validator = Validator()
        let _genre = validator.queryOptional(request, "genre", .enumeration(Genre.self))
        let _sort = validator.query(request, "sort", .enumeration(Sort.self), default: .title)
        let _order = validator.query(request, "order", .enumeration(SortDirection.self), default: .asc)
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 20)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        try validator.check()
        return CatalogListQuery(
            genre: _genre,
            sort: _sort,
            order: _order,
            limit: _limit,
            offset: _offset
        )
    }
}

extension GeneratedAPI {
    /// The `Book` resource: list, get.
    static func catalogRoutes(_ context: APIContext) -> [Route] {
        let store = CatalogStore(context.database)
        return [
            Route(.GET, "/catalog") { request in
                let query = try CatalogListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items.viewed(as: CatalogView.self), headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.GET, "/catalog/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let book = try await store.find(id: id) else { throw HTTPError.notFound("Book not found") }
                return .json(200, CatalogView(book))
            },
        ]
    }
}
