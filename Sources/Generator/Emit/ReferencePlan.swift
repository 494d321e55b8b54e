/// The foreign keys a client writes that must name a row the caller may use (docs/spec.md §6.5,
/// decision 0014): each becomes a condition of the insert or update itself, and a store method
/// (`accepts<Field>`) that explains a refusal as a 422 after the statement matched no row.
///
/// - Under a tenant in the path: a user must be a member of the tenant (except the membership
///   model's own user field, which adds members), and a row of a model served under the same
///   tenant must be the tenant's.
/// - Wherever the subject is known (a subject scope, a member rule, a user role): a row of a
///   model owned by the auth user must be the caller's.
struct ReferencePlan {
    struct Reference {
        var attribute: Attribute
        /// The referenced model's name, for the 422 message.
        var target: String
        /// What the condition reads besides the value.
        var usesTenant: Bool
        var usesSubject: Bool
        /// The condition that the value at `value` is acceptable, given the placeholders of the
        /// tenant and the subject.
        var condition: (_ value: String, _ tenant: String, _ subject: String) -> String

        /// The store method that checks it alone: `acceptsDoctorID`.
        var methodName: String {
            let property = Names.swiftProperty(attribute.name)
            return "accepts" + property.prefix(1).uppercased() + property.dropFirst()
        }
    }

    let entity: Entity
    let resource: Resource
    let model: APIModel
    /// Whether the statements bind the subject (or the subject-scoped owner) at all.
    let subjectKnown: Bool

    var references: [Reference] {
        entity.inputAttributes.compactMap { attribute in
            guard let target = attribute.reference?.entity, let targetEntity = model.entity(target), let key = targetEntity.identifier
            else { return nil }
            if let reference = tenantReference(attribute, target: targetEntity, key: key) { return reference }
            return ownedReference(attribute, target: targetEntity, key: key)
        }
    }

    /// A row of a model owned by the auth user: it must be the caller's.
    func ownedReference(_ attribute: Attribute, target: Entity, key: Attribute) -> Reference? {
        guard subjectKnown, let owner = model.subjectOwner(of: target) else { return nil }
        return Reference(attribute: attribute, target: target.name, usesTenant: false, usesSubject: true) { value, _, subject in
            "EXISTS (SELECT 1 FROM \(Names.sql(target.table)) AS r WHERE r.\(Names.sql(key.column)) = \(value) AND r.\(Names.sql(owner.column)) = \(subject))"
        }
    }

    /// A user or a row under the tenant in the path: it must be the tenant's.
    func tenantReference(_ attribute: Attribute, target: Entity, key: Attribute) -> Reference? {
        guard let tenant = resource.tenant, tenant.param != nil, let membership = model.entity(tenant.membership.entity) else {
            return nil
        }
        if target.name == model.auth?.user {
            // The membership model's own user field adds members: it names a non-member.
            if entity.name == tenant.membership.entity, attribute.name == tenant.membership.user { return nil }
            guard let userField = membership.attribute(tenant.membership.user),
                let tenantField = membership.attribute(tenant.membership.tenant)
            else { return nil }
            return Reference(attribute: attribute, target: target.name, usesTenant: true, usesSubject: false) { value, tenantAt, _ in
                "EXISTS (SELECT 1 FROM \(Names.sql(membership.table)) AS m WHERE m.\(Names.sql(tenantField.column)) = \(tenantAt) AND m.\(Names.sql(userField.column)) = \(value))"
            }
        }
        let table = Names.sql(target.table)
        if target.name == tenant.membership.tenantEntity {
            // Another tenant row (a referral to another clinic): the caller must be a member of it.
            guard subjectKnown, let userField = membership.attribute(tenant.membership.user),
                let tenantField = membership.attribute(tenant.membership.tenant)
            else { return nil }
            return Reference(attribute: attribute, target: target.name, usesTenant: false, usesSubject: true) { value, _, subject in
                "EXISTS (SELECT 1 FROM \(Names.sql(membership.table)) AS m WHERE m.\(Names.sql(tenantField.column)) = \(value) AND m.\(Names.sql(userField.column)) = \(subject))"
            }
        }
        // A model that belongs to the tenant directly, served or not: the row must be this tenant's.
        let scope =
            (model.resources.first { $0.entity == target.name && $0.isDefault } ?? model.resources.first { $0.entity == target.name })?
            .tenant
        let direct =
            scope.flatMap { $0.membership.tenantEntity == tenant.membership.tenantEntity ? $0.field.flatMap(target.attribute) : nil }
            ?? target.attributes.first { $0.reference?.entity == tenant.membership.tenantEntity }
        if let field = direct {
            return Reference(attribute: attribute, target: target.name, usesTenant: true, usesSubject: false) { value, tenantAt, _ in
                "EXISTS (SELECT 1 FROM \(table) AS r WHERE r.\(Names.sql(key.column)) = \(value) AND r.\(Names.sql(field.column)) = \(tenantAt))"
            }
        }
        guard let scope, scope.membership.tenantEntity == tenant.membership.tenantEntity else { return nil }
        if let field = scope.field.flatMap(target.attribute) {
            return Reference(attribute: attribute, target: target.name, usesTenant: true, usesSubject: false) { value, tenantAt, _ in
                "EXISTS (SELECT 1 FROM \(table) AS r WHERE r.\(Names.sql(key.column)) = \(value) AND r.\(Names.sql(field.column)) = \(tenantAt))"
            }
        }
        guard let parent = scope.parents.first, let parentEntity = model.entity(parent.entity), let parentKey = parentEntity.identifier,
            let via = target.attribute(parent.field), let link = parentEntity.attribute(parent.tenantField)
        else { return nil }
        return Reference(attribute: attribute, target: target.name, usesTenant: true, usesSubject: false) { value, tenantAt, _ in
            "EXISTS (SELECT 1 FROM \(table) AS r JOIN \(Names.sql(parentEntity.table)) AS p ON p.\(Names.sql(parentKey.column)) = r.\(Names.sql(via.column)) WHERE r.\(Names.sql(key.column)) = \(value) AND p.\(Names.sql(link.column)) = \(tenantAt))"
        }
    }
}
