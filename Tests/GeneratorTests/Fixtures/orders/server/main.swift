import Foundation
import OrdersAPIFixture
import Runtime

/// The orders fixture as a server of its own, for black-box checks (bench/schemathesis.sh with
/// APP=orders): the generated code plus its one hand-written endpoint.
struct OrdersHandlers: OrdersAPIHandlers {
    func cancelOrder(_ input: CancelOrderInput, context: APIContext) async throws -> Order {
        guard let order = try await OrderStore(context.database).patch(id: input.orderID, OrderPatch(status: .value(.cancelled))) else {
            throw HTTPError.notFound("Order not found")
        }
        return order
    }
}

exit(await ServerMain.run(GeneratedAPI.self, handlers: OrdersHandlers(), arguments: CommandLine.arguments))
