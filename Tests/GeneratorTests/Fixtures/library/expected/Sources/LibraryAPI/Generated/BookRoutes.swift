// Generated from spec/library.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The related rows a client may ask `/books` to embed (`?include=`).
public enum BookInclude: String, Sendable, Hashable, CaseIterable {
    case shelves
}

/// The query parameters of `GET /books`, checked all at once.
public struct BookListQuery: Sendable {
    /// The sort keys of `GET /books`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case title
        case copies
    }

    public let genreIn: [Genre]?
    public let idIn: [Int32]?
    public let minCopies: Int32?
    public let publishedAfter: CalendarDate?
    public let priceBelow: DecimalValue?
    public let addedBefore: Timestamp?
    public let titleFrom: String?
    public let sort: Sort
    public let order: SortDirection
    public let limit: Int
    public let offset: Int
    public let cursor: String?
    public let include: [BookInclude]

    /// The sort and direction a cursor of this list is valid for.
    var cursorScope: String { "\(sort.rawValue) \(order.rawValue)" }

    /// The column of the sort value in a row of this list, for the next cursor.
    var cursorColumn: Int {
        switch sort {
        case .title: 1
        case .copies: 3
        }
    }

    /// The column of the key in a row of this list.
    static let keyColumn = 0

    public static func decode(_ request: Request) throws(ValidationError) -> BookListQuery {
        var validator = Validator()
        let _genreIn = validator.queryOptional(request, "genre_in", .list(.enumeration(Genre.self)))
        let _idIn = validator.queryOptional(request, "id_in", .list(.int32()))
        let _minCopies = validator.queryOptional(request, "min_copies", .int32())
        let _publishedAfter = validator.queryOptional(request, "published_after", .date)
        let _priceBelow = validator.queryOptional(request, "price_below", .decimal)
        let _addedBefore = validator.queryOptional(request, "added_before", .timestamp)
        let _titleFrom = validator.queryOptional(request, "title_from", .string(maxLength: 200))
        let _sort = validator.query(request, "sort", .enumeration(Sort.self), default: .title)
        let _order = validator.query(request, "order", .enumeration(SortDirection.self), default: .asc)
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        let _cursor = validator.queryOptional(request, "cursor", .string(maxLength: 4096))
        let _include = validator.query(request, "include", .list(.enumeration(BookInclude.self)), default: [])
        try validator.check()
        return BookListQuery(
            genreIn: _genreIn,
            idIn: _idIn,
            minCopies: _minCopies,
            publishedAfter: _publishedAfter,
            priceBelow: _priceBelow,
            addedBefore: _addedBefore,
            titleFrom: _titleFrom,
            sort: _sort,
            order: _order,
            limit: _limit,
            offset: _offset,
            cursor: _cursor,
            include: _include
        )
    }
}

extension GeneratedAPI {
    /// The `Book` resource: list, get, create.
    static func bookRoutes(_ context: APIContext) -> [Route] {
        let store = BookStore(context.database)
        return [
            Route(.GET, "/books") { request in
                let query = try BookListQuery.decode(request)
                let after = try context.openCursor(query.cursor, scope: query.cursorScope, param: "cursor", offset: query.offset, offsetParam: "offset")
                let page = try await store.list(query, after: after)
                let headers = context.pageHeaders(page, limit: query.limit, scope: query.cursorScope, valueColumn: query.cursorColumn, keyColumn: BookListQuery.keyColumn)
                var included: [IncludedRows] = []
                if query.include.contains(.shelves) {
                    included.append(IncludedRows("shelves", try await store.shelves(ofEach: try page.items.column(BookListQuery.keyColumn, as: Int32.self))))
                }
                return try .json(200, page.items, keyColumn: BookListQuery.keyColumn, including: included, headers: headers)
            },
            Route(.GET, "/books/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let include = validator.query(request, "include", .list(.enumeration(BookInclude.self)), default: [])
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                guard let book = try await store.find(id: id) else { throw HTTPError.notFound("Book not found") }
                var included: [IncludedRows] = []
                if include.contains(.shelves) {
                    included.append(IncludedRows("shelves", try await store.shelves(ofEach: [book.id])))
                }
                return try .json(200, book, including: included)
            },
            Route(.POST, "/books") { request in
                let input = try BookInput.decode(request)
                let book = try await store.insert(input)
                return .json(201, book, headers: HTTPHeaders([("Location", "/books/\(PathSegment.encode(book.id))")]))
            },
            Route(.GET, "/books/{id}/shelves") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book not found") }
                let rows = try await store.shelves(id: id)
                if rows.isEmpty, try await store.find(id: id) == nil { throw HTTPError.notFound("Book not found") }
                return try .json(200, rows)
            },
            Route(.PUT, "/books/{id}/shelves/{shelf_code}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let shelfCode = validator.path(request, "shelf_code", .string(maxLength: 10))
                guard validator.isValid, let id, let shelfCode else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book or Shelf not found") }
                guard try await store.linkShelves(id: id, shelfCode: shelfCode) else { throw HTTPError.notFound("Book or Shelf not found") }
                return .noContent()
            },
            Route(.DELETE, "/books/{id}/shelves/{shelf_code}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let shelfCode = validator.path(request, "shelf_code", .string(maxLength: 10))
                guard validator.isValid, let id, let shelfCode else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Book or Shelf not found") }
                guard try await store.unlinkShelves(id: id, shelfCode: shelfCode) else { throw HTTPError.notFound("Book or Shelf not found") }
                return .noContent()
            },
        ]
    }
}
