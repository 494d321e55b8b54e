// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

extension GeneratedAPI {
    /// The `Shipment` resource: create, get.
    static func shipmentRoutes(_ context: APIContext) -> [Route] {
        let store = ShipmentStore(context.database)
        return [
            Route(.POST, "/shipments") { request in
                let input = try ShipmentInput.decode(request)
                let shipment = try await store.insert(input)
                return .json(201, shipment, headers: HTTPHeaders([("Location", "/shipments/\(PathSegment.encode(shipment.id))")]))
            },
            Route(.GET, "/shipments/{id}") { request in
                var validator = Validator()
                let id = validator.path(request, "id", .anyInteger)
                guard validator.isValid, let id else { throw ValidationError(validator.issues) }
                guard let id else { throw HTTPError.notFound("Shipment not found") }
                guard let shipment = try await store.find(id: id) else { throw HTTPError.notFound("Shipment not found") }
                return .json(200, shipment)
            },
        ]
    }
}
