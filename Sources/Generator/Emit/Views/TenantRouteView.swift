/// The handler of a member-scoped resource's route (`swift/partials/TenantRouteBody.swift`):
/// how it checks the caller, the one store call that runs the operation with its access rule,
/// and how a call that matched no row is explained (docs/spec.md §6.5).
struct TenantRouteView: TemplateContext, Equatable {
    /// A client-written reference checked after a write matched no row: 422 when refused.
    struct Reference: TemplateContext, Equatable {
        /// The value in the body (`input.doctorID`, `patch.doctorID.value`).
        var value: String
        /// Whether `value` is optional (an optional field, or any field of a patch).
        var optional: Bool
        /// The store method (`acceptsDoctorID`).
        var method: String
        /// `clinicID: clinicID`.
        var tenantArgument: String
        /// The field and the referenced model, as Swift literals.
        var field: String
        var model: String
    }

    /// The subject's Swift type.
    var subjectType: String
    /// Member rules: `context.claimSubject` plus `proving`, the membership row proves the user.
    var claims: Bool
    /// `authenticated` with a subject to bind: `context.authorize`.
    var authorizes: Bool
    /// `authenticated` without one: `context.authenticate`.
    var authenticates: Bool
    var parameters: ParameterReadView?
    var list: Bool
    var create: Bool
    var get: Bool
    var replace: Bool
    var patch: Bool
    var delete: Bool
    /// The store call's arguments: `id: id, clinicID: clinicID, subject: subject` (for `list`,
    /// followed by `query`; for `insert`, after `input`, so it starts with `, `).
    var arguments: String
    /// Whether `insert` can answer no row (the create rule, the path, a reference).
    var guarded: Bool
    var queryType: String
    /// `store.standing(…)`, when the operation's rule asks the membership.
    var standing: String?
    /// The arguments of `MemberStanding.require`.
    var requirement: String
    var references: [Reference]
    /// The check for fields a replace or patch tried to change but may not (`updatable: false`,
    /// or not in `fields.update`): 422 at the first; none when there are no such fields.
    var fixed: [Fixed]
    /// `writable_by` fields the standing explains: 403 for a caller without the role who set them.
    var writers: [Writer]
    var notFoundMessage: String

    struct Fixed: TemplateContext, Equatable {
        /// `store.replaceChangedField(id: id, …, input)`: the field's name, or nil.
        var call: String
        /// The fields only this resource keeps (`fields.update`), as a Swift array literal, or
        /// empty: their 422 says so, where `updatable: false` says the field never changes.
        var keptHere: String = ""
    }

    struct Writer: TemplateContext, Equatable {
        /// `["owner", "doctor"]`.
        var roles: String
        /// Whether the request sets the field: `true`, or `patch.state.isPresent`.
        var touched: String
        var message: String
    }
}
