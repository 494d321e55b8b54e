// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The logic the spec leaves to hand-written code: one requirement per custom endpoint.
/// Implement it in a file outside `Generated/`; regenerating never touches that file, and a
/// missing or mistyped method is a compile error.
public protocol OrdersAPIHandlers: Sendable {
    /// `POST /orders/{order_id}/cancel`: the generated route has already checked the parameters.
    func cancelOrder(_ input: CancelOrderInput, context: APIContext) async throws -> Order
}

/// What `cancelOrder` receives, already authenticated and checked.
public struct CancelOrderInput: Sendable {
    /// The `{order_id}` path parameter.
    public let orderID: UUID
}

/// Orders 0.9.0, as `spec/orders.yaml` describes it: everything the runtime needs to serve it.
public enum GeneratedAPI: APIDefinition {
    public typealias Handlers = any OrdersAPIHandlers

    public static let title = "Orders"
    public static let version = "0.9.0"
    public static let auth: AuthSettings? = nil
    public static let cors: CORSSettings? = CORSSettings(originEnv: "SHOP_ORIGIN", defaultOrigin: "https://shop.example")
    public static let migrations = Migrations.all
    public static let openAPIDocument = APIDocumentation.openAPI

    public static func routes(_ context: APIContext, handlers: any OrdersAPIHandlers) -> [Route] {
        // A typed list, not a chain of `+`: the type checker solves a long chain of operators
        // slowly (4.7 s for 200 resources), a list of known element type at once.
        let groups: [[Route]] = [
            customerRoutes(context),
            orderRoutes(context),
            shipmentRoutes(context),
            customRoutes(context, handlers: handlers),
        ]
        return groups.flatMap { $0 }
    }

    public static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool {
        false
    }

    static func customRoutes(_ context: APIContext, handlers: any OrdersAPIHandlers) -> [Route] {
        [
            Route(.POST, "/orders/{order_id}/cancel") { request in
                var validator = Validator()
                let orderID = validator.path(request, "order_id", .uuid)
                guard validator.isValid, let orderID else { throw ValidationError(validator.issues) }
                let input = CancelOrderInput(orderID: orderID)
                let result = try await handlers.cancelOrder(input, context: context)
                return .json(200, result)
            },
        ]
    }
}
