extension ModelBuilder {
    mutating func buildAuth(_ entities: [Entity], basePath base: String) -> AuthModel? {
        guard let decl = spec.auth else { return nil }
        if let scheme = decl.scheme, scheme.value != "jwt_hs256" {
            error("unknown auth scheme '\(scheme.value)'\(choices(scheme.value, ["jwt_hs256"]))", at: scheme.location)
        }
        for (key, value) in [
            ("secret_env", decl.secretEnv), ("user", decl.user), ("login_field", decl.loginField), ("password_field", decl.passwordField),
        ] where value == nil {
            error("'auth' needs '\(key)'", at: decl.location)
        }
        guard let userName = decl.user, let loginField = decl.loginField, let passwordField = decl.passwordField else { return nil }
        guard let user = entities.first(where: { $0.name == userName.value }) else {
            error(
                "auth.user names unknown model '\(userName.value)'\(Suggestion.didYouMean(userName.value, among: modelNames))",
                at: userName.location)
            return nil
        }
        if user.identifier == nil || !user.persisted {
            error("the auth user model '\(user.name)' needs a single-field primary key and a table", at: userName.location)
        }
        let fieldNames = user.attributes.map(\.name)
        if let login = user.attribute(loginField.value) {
            if !login.type.isText || !login.unique {
                error("auth.login_field '\(login.name)' must be a unique string field", at: loginField.location)
            }
        } else {
            error(
                "auth.login_field names unknown field '\(loginField.value)' of '\(user.name)'\(Suggestion.didYouMean(loginField.value, among: fieldNames))",
                at: loginField.location)
        }
        if let password = user.attribute(passwordField.value) {
            if !password.type.isText || !password.serverOnly {
                error(
                    "auth.password_field '\(password.name)' must be a text field marked server_only: true, so the hash never leaves the server",
                    at: passwordField.location)
            }
        } else {
            error(
                "auth.password_field names unknown field '\(passwordField.value)' of '\(user.name)'\(Suggestion.didYouMean(passwordField.value, among: fieldNames))",
                at: passwordField.location)
        }
        let minLength = decl.passwordMinLength?.value ?? 8
        let maxLength = decl.passwordMaxLength?.value ?? 128
        if minLength < 1 || maxLength < minLength, let location = decl.passwordMinLength?.location ?? decl.passwordMaxLength?.location {
            error("auth.password lengths must satisfy 1 <= min_length <= max_length", at: location)
        }
        for (name, path) in decl.paths where !path.value.hasPrefix("/") {
            error("auth.paths.\(name) must start with '/'", at: path.location)
        }
        var role: (name: String, values: [String])?
        if let written = decl.role {
            if let field = user.attribute(written.value) {
                if case .enumeration(let name) = field.type, let values = spec.enums.first(where: { $0.name.value == name }) {
                    role = (field.name, values.values.map(\.value))
                } else {
                    error("auth.role '\(field.name)' must be an enum field (its values are the roles)", at: written.location)
                }
                if field.clientSettable || field.optional || field.defaultValue == nil {
                    error(
                        "auth.role '\(field.name)' must have a default and be set only by the server (read_only: true): a client-set role would let anyone sign up as any role",
                        at: written.location)
                }
            } else {
                error(
                    "auth.role names unknown field '\(written.value)' of '\(user.name)'\(Suggestion.didYouMean(written.value, among: fieldNames))",
                    at: written.location)
            }
        }
        var model = AuthModel(
            secretEnv: decl.secretEnv?.value ?? "", lifetimeEnv: decl.lifetimeEnv?.value,
            defaultLifetime: decl.defaultLifetime?.value ?? 3600, user: user.name, loginField: loginField.value,
            passwordField: passwordField.value, passwordMinLength: minLength, passwordMaxLength: maxLength,
            signupPath: base + (decl.paths["signup"]?.value ?? "/auth/signup"),
            loginPath: base + (decl.paths["login"]?.value ?? "/auth/login"),
            mePath: base + (decl.paths["me"]?.value ?? "/auth/me")
        )
        model.role = role?.name
        model.roles = role?.values ?? []
        return model
    }

}
