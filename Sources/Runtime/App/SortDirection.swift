/// The direction of a generated list's `order` query parameter. (Not `SortOrder`: Foundation
/// has one, and generated files import Foundation.)
public enum SortDirection: String, Sendable, Hashable, CaseIterable {
    case asc
    case desc
}
