/// Tri-state read of an object member, which PATCH needs: an absent member leaves a column
/// alone, an explicit `null` clears it, a value sets it.
public enum Presence<T: Sendable>: Sendable {
    case absent
    case null
    case value(T)

    /// The value, or nil for both `absent` and `null`.
    public var value: T? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// `absent` → nil, `null` → `.some(nil)`, value → `.some(value)`: the PATCH update shape.
    public var update: T?? {
        switch self {
        case .absent: nil
        case .null: .some(nil)
        case .value(let value): .some(value)
        }
    }
}

extension Presence: Equatable where T: Equatable {}
