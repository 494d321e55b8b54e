/// Builds the view model of `swift/AuthRoutes.swift`, for specs with an `auth` section.
enum AuthViewModel {
    static func make(_ auth: AuthModel, model: APIModel) -> AuthView? {
        guard let user = model.entity(auth.user), let key = user.identifier,
            let login = user.attribute(auth.loginField), let password = user.attribute(auth.passwordField)
        else { return nil }
        let keyProperty = Names.swiftProperty(key.name)
        let subject = key.type == .uuid ? "user.\(keyProperty).uuidString.lowercased()" : "String(user.\(keyProperty))"
        return AuthView(
            specPath: model.specPath,
            userType: Names.swiftType(user.name),
            storeName: StoreViewModel.storeName(user),
            inputName: ModelViewModel.inputName(user),
            loginField: auth.loginField,
            loginProperty: Names.swiftProperty(login.name),
            findLabel: Names.lookupLabel(login.name),
            loginValue: login.lowercase ? "login.lowercased()" : "login",
            hashProperty: Names.swiftProperty(password.name),
            hashArgument: Names.swiftLabel(Names.swiftProperty(password.name)),
            passwordMin: String(auth.passwordMinLength),
            passwordMax: String(auth.passwordMaxLength),
            signupPath: auth.signupPath,
            loginPath: auth.loginPath,
            mePath: auth.mePath,
            subjectExpression: subject,
            keyType: SwiftTypes.name(key.type),
            keyLabel: Names.swiftLabel(keyProperty),
            conflictMessage: SwiftTypes.literal(Names.swiftType(login.name) + " already registered"),
            loginFailure: SwiftTypes.literal("Incorrect \(login.name) or password"),
            refusing: RoutesViewModel.refused(user)
        )
    }
}
