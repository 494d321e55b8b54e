// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The query parameters of `GET /customers`, checked all at once.
public struct CustomerListQuery: Sendable {
    public static func decode(_ request: Request) throws(ValidationError) -> CustomerListQuery {
        return CustomerListQuery()
    }
}

extension GeneratedAPI {
    /// The `Customer` resource: list, create, get, replace, patch, delete.
    static func customerRoutes(_ context: APIContext) -> [Route] {
        let store = CustomerStore(context.database)
        return [
            Route(.GET, "/customers") { request in
                let query = try CustomerListQuery.decode(request)
                let page = try await store.list(query)
                return try .json(200, page.items, headers: HTTPHeaders([("X-Total-Count", String(page.total))]))
            },
            Route(.POST, "/customers") { request in
                let input = try CustomerInput.decode(request)
                let customer = try await store.insert(input)
                return .json(201, customer, headers: HTTPHeaders([("Location", "/customers/\(PathSegment.encode(customer.id))")]))
            },
            Route(.GET, "/customers/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Customer not found") }
                guard let customer = try await store.find(id: id) else { throw HTTPError.notFound("Customer not found") }
                return .json(200, customer)
            },
            Route(.PUT, "/customers/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let input = try CustomerInput.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Customer not found") }
                guard let customer = try await store.replace(id: id, input) else { throw HTTPError.notFound("Customer not found") }
                return .json(200, customer)
            },
            Route(.PATCH, "/customers/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                let patch = try CustomerPatch.decode(request, after: &validator)
                guard let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Customer not found") }
                guard let customer = try await store.patch(id: id, patch) else { throw HTTPError.notFound("Customer not found") }
                return .json(200, customer)
            },
            Route(.DELETE, "/customers/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id = id.flatMap({ Int32(exactly: $0) }) else { throw HTTPError.notFound("Customer not found") }
                guard try await store.delete(id: id) else { throw HTTPError.notFound("Customer not found") }
                return .noContent()
            },
        ]
    }
}
