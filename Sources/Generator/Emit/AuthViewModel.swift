/// The view model of `swift/AuthRoutes.swift`, for specs with an `auth` section.
enum AuthViewModel {
    static func make(_ auth: AuthModel, model: APIModel) -> TemplateValue? {
        guard let user = model.entity(auth.user), let key = user.identifier,
              let login = user.attribute(auth.loginField), let password = user.attribute(auth.passwordField) else { return nil }
        let keyProperty = Names.swiftProperty(key.name)
        let subject = key.type == .uuid ? "user.\(keyProperty).uuidString.lowercased()" : "String(user.\(keyProperty))"
        return [
            "specPath": .string(model.specPath),
            "userType": .string(Names.swiftType(user.name)),
            "storeName": .string(StoreViewModel.storeName(user)),
            "inputName": .string(ModelViewModel.inputName(user)),
            "loginField": .string(auth.loginField),
            "loginProperty": .string(Names.swiftProperty(login.name)),
            "findLabel": .string(Names.lookupLabel(login.name)),
            "loginValue": .string(login.lowercase ? "login.lowercased()" : "login"),
            "hashProperty": .string(Names.swiftProperty(password.name)),
            "hashArgument": .string(Names.swiftBare(Names.swiftProperty(password.name))),
            "passwordMin": .string(String(auth.passwordMinLength)),
            "passwordMax": .string(String(auth.passwordMaxLength)),
            "signupPath": .string(auth.signupPath),
            "loginPath": .string(auth.loginPath),
            "mePath": .string(auth.mePath),
            "subjectExpression": .string(subject),
            "keyType": .string(SwiftTypes.name(key.type)),
            "keyLabel": .string(Names.swiftBare(keyProperty)),
            "conflictMessage": .string(SwiftTypes.literal(Names.swiftType(login.name) + " already registered")),
            "loginFailure": .string(SwiftTypes.literal("Incorrect \(login.name) or password")),
        ]
    }
}
