// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

import Runtime

/// Generated from spec/clinic.yaml#/enums/StaffRole; stored as the Postgres enum `staff_role`.
public enum StaffRole: String, Sendable, Hashable, CaseIterable, PostgresEnum {
    case owner
    case doctor
    case nurse
    case receptionist
}

/// Generated from spec/clinic.yaml#/enums/AppointmentState; stored as the Postgres enum `appointment_state`.
public enum AppointmentState: String, Sendable, Hashable, CaseIterable, PostgresEnum {
    case booked
    case done
    case cancelled
}

/// Generated from spec/clinic.yaml#/enums/UserRole; stored as the Postgres enum `user_role`.
public enum UserRole: String, Sendable, Hashable, CaseIterable, PostgresEnum {
    case patient
    case support
}
