/// The view model of `swift/AuthRoutes.swift`: sign-up, login and the current user.
struct AuthView: TemplateContext, Equatable {
    var specPath: String
    var userType: String
    var storeName: String
    var inputName: String
    var loginField: String
    var loginProperty: String
    var findLabel: String
    var loginValue: String
    var hashProperty: String
    var hashArgument: String
    var passwordMin: String
    var passwordMax: String
    var signupPath: String
    var loginPath: String
    var mePath: String
    var subjectExpression: String
    var keyType: String
    var keyLabel: String
    var conflictMessage: String
    var loginFailure: String
    /// The user's `creatable: false` fields, which a sign-up may not send (a Swift array literal), or empty.
    var refusing: String = ""
}
