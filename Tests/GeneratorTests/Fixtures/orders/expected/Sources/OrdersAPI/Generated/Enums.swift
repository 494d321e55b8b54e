// Generated from spec/orders.yaml by `swift run generate` — do not edit.

import Runtime

/// Generated from spec/orders.yaml#/enums/OrderStatus; stored as the Postgres enum `order_status`.
public enum OrderStatus: String, Sendable, Hashable, CaseIterable, PostgresEnum {
    case pending
    case paid
    case shipped
    case cancelled
}

/// Generated from spec/orders.yaml#/enums/Currency; stored as the Postgres enum `currency`.
public enum Currency: String, Sendable, Hashable, CaseIterable, PostgresEnum {
    case eur
    case usd
    case gbp
}
