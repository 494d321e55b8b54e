// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Foundation
import Runtime

/// The logic the spec leaves to hand-written code: one requirement per custom endpoint.
/// Implement it in a file outside `Generated/`; regenerating never touches that file, and a
/// missing or mistyped method is a compile error.
public protocol ClinicAPIHandlers: Sendable {
}

/// Clinics 1.0.0, as `spec/clinic.yaml` describes it: everything the runtime needs to serve it.
public enum GeneratedAPI: APIDefinition {
    public typealias Handlers = any ClinicAPIHandlers

    public static let title = "Clinics"
    public static let version = "1.0.0"
    public static let auth: AuthSettings? = AuthSettings(secretEnv: "CLINIC_SECRET", lifetimeEnv: nil, defaultLifetime: 3600)
    public static let cors: CORSSettings? = nil
    public static let migrations = Migrations.all
    public static let openAPIDocument = APIDocumentation.openAPI

    public static func routes(_ context: APIContext, handlers: any ClinicAPIHandlers) -> [Route] {
        // A typed list, not a chain of `+`: the type checker solves a long chain of operators
        // slowly (4.7 s for 200 resources), a list of known element type at once.
        let groups: [[Route]] = [
            authRoutes(context),
            clinicRoutes(context),
            staffRoutes(context),
            patientRoutes(context),
            appointmentRoutes(context),
            noticeRoutes(context),
            customRoutes(context, handlers: handlers),
        ]
        return groups.flatMap { $0 }
    }

    public static func subjectExists(_ subject: String, context: APIContext) async throws -> Bool {
        guard let key = UUID(subject: subject) else { return false }
        return try await UserStore(context.database).exists(id: key)
    }

    static func customRoutes(_ context: APIContext, handlers: any ClinicAPIHandlers) -> [Route] {
        [
        ]
    }
}
