// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /orders`, checked all at once.
public struct OrderListQuery: Sendable {
    /// The sort keys of `GET /orders`.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case placed
        case total
    }

    public let status: OrderStatus?
    public let customer: Int32?
    public let sort: Sort
    public let order: SortDirection
    public let limit: Int
    public let offset: Int

    public static func decode(_ request: Request) throws(ValidationError) -> OrderListQuery {
        var validator = Validator()
        let _status = validator.queryOptional(request, "status", .enumeration(OrderStatus.self))
        let _customer = validator.queryOptional(request, "customer", .int32())
        let _sort = validator.query(request, "sort", .enumeration(Sort.self), default: .placed)
        let _order = validator.query(request, "order", .enumeration(SortDirection.self), default: .asc)
        let _limit = validator.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let _offset = validator.query(request, "offset", .int(min: 0), default: 0)
        try validator.check()
        return OrderListQuery(
            status: _status,
            customer: _customer,
            sort: _sort,
            order: _order,
            limit: _limit,
            offset: _offset
        )
    }
}

extension GeneratedAPI {
    /// The `Order` resource: list, get, create, replace, delete.
    static func orderRoutes(_ context: APIContext) -> [Route] {
        let store = OrderStore(context.database)
        return [
            Route(.GET, "/orders") { request in
                let query = try OrderListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.GET, "/orders/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .uuid)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let order = try await store.find(id: id) else { throw HTTPError.notFound("Order not found") }
                return .json(200, order)
            },
            Route(.POST, "/orders") { request in
                let input = try OrderInput.decode(request, refusing: ["status", "sequence"])
                let order = try await store.insert(input)
                return .json(201, order, headers: HTTPHeaders([("Location", "/orders/\(PathSegment.encode(order.id))")]))
            },
            Route(.PUT, "/orders/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .uuid)
                let input = try OrderInput.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let order = try await store.replace(id: id, input) else {
                    if let field = try await store.replaceChangedField(id: id, input) {
                        throw ValidationError.fixedField(field, keptHere: ["customer_id", "currency", "total", "quantity", "placed_on", "weight_kg", "sequence"])
                    }
                    throw HTTPError.notFound("Order not found")
                }
                return .json(200, order)
            },
            Route(.DELETE, "/orders/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .uuid)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Order not found") }
                return .noContent()
            },
        ]
    }
}
