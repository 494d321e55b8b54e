/// The services generated handlers (and hand-written ones) use: the database, token signing,
/// and the authentication steps in the contract's order (401, then 403).
public struct APIContext: Sendable {
    public let database: PostgresClient
    public let logger: Logger
    let signer: JWTSigner?
    let tokenLifetime: Int
    let subjectExists: @Sendable (String, APIContext) async throws -> Bool
    /// Seals and opens list cursors (`?cursor=`), keyed like the tokens.
    public let cursors: CursorSealer

    public init(
        database: PostgresClient, logger: Logger, signer: JWTSigner?, tokenLifetime: Int,
        cursors: CursorSealer = CursorSealer(secret: nil),
        subjectExists: @escaping @Sendable (String, APIContext) async throws -> Bool
    ) {
        self.database = database
        self.logger = logger
        self.signer = signer
        self.tokenLifetime = tokenLifetime
        self.cursors = cursors
        self.subjectExists = subjectExists
    }

    /// The position a list cursor carries, for the sort named by `scope`; nil without a cursor.
    /// A cursor that is malformed, altered or made for another sort is a 422 at `query.<param>`,
    /// and so is a cursor with an offset (a page is found by one or the other).
    public func openCursor(
        _ token: String?, scope: String, param: String, offset: Int, offsetParam: String
    ) throws(ValidationError) -> (value: String, key: String)? {
        guard let token else { return nil }
        guard offset == 0 else {
            throw ValidationError([
                ValidationIssue(
                    loc: .query(offsetParam), msg: "Value error, use either \(param) or \(offsetParam), not both", type: "value_error")
            ])
        }
        guard let position = cursors.open(token, scope: scope) else {
            throw ValidationError([
                ValidationIssue(loc: .query(param), msg: "Value error, not a cursor this list gave for this sort", type: "value_error")
            ])
        }
        return position
    }

    /// `X-Total-Count`, and `X-Next-Cursor` when the page is full: the cursor of its last row
    /// (sort value in `valueColumn`, key in `keyColumn`), for the next page of the same sort.
    public func pageHeaders<Model>(
        _ page: (items: ModelRows<Model>, total: Int), limit: Int, scope: String, valueColumn: Int, keyColumn: Int
    ) -> HTTPHeaders {
        var headers = [("X-Total-Count", String(page.total))]
        if page.items.count == limit, let value = page.items.lastRowText(valueColumn), let key = page.items.lastRowText(keyColumn) {
            headers.append(("X-Next-Cursor", cursors.seal(scope: scope, value: value, key: key)))
        }
        return HTTPHeaders(headers)
    }

    /// The token's subject, after checking the token and that the subject still exists: 401
    /// otherwise, with `WWW-Authenticate: Bearer`.
    public func authenticate(_ request: Request) async throws -> String {
        let subject = try tokenSubject(request)
        try await requireExisting(subject)
        return subject
    }

    /// The `sub` of a valid bearer token (signature, algorithm, `exp`, `nbf`), without asking
    /// the database whether it still names a user.
    func tokenSubject(_ request: Request) throws(HTTPError) -> String {
        guard let signer else { throw HTTPError.unauthorized(BearerAuthenticator.missingMessage) }
        return try BearerAuthenticator(signer: signer).claims(request).sub
    }

    /// The subject parsed as the auth user's key type; a `sub` of another shape names no user.
    func typedSubject<Subject: SubjectIdentifier>(_ subject: String, as type: Subject.Type) throws(HTTPError) -> Subject {
        guard let typed = Subject(subject: subject) else { throw HTTPError.unauthorized(BearerAuthenticator.invalidMessage) }
        return typed
    }

    /// Whether the path parameter `scope` names the same subject.
    func scopeMatches<Subject: SubjectIdentifier>(_ request: Request, _ scope: String, _ subject: Subject) -> Bool {
        guard let raw = request.pathParameters[scope], let value = Subject(subject: raw) else { return false }
        return value == subject
    }

    /// Authenticates, then (when `scope` names a path parameter) requires that parameter to be
    /// the subject: 403 otherwise, before any other check of the request.
    public func authorize<Subject: SubjectIdentifier>(_ request: Request, scope: String?, as type: Subject.Type) async throws -> Subject {
        let typed = try typedSubject(try await authenticate(request), as: type)
        if let scope, !scopeMatches(request, scope, typed) {
            throw HTTPError.forbidden(Self.forbiddenMessage)
        }
        return typed
    }

    /// Checks the token and the scope without a database round trip, for routes whose rows are
    /// owned by the subject through a foreign key: finding such a row proves the subject still
    /// exists, so `proving` only asks the database when nothing was found or something failed.
    /// A scope mismatch checks existence first, so a deleted user still gets 401 before 403.
    public func claim<Subject: SubjectIdentifier>(_ request: Request, scope: String, as type: Subject.Type) async throws -> ClaimedSubject<
        Subject
    > {
        let subject = try tokenSubject(request)
        let typed = try typedSubject(subject, as: type)
        guard scopeMatches(request, scope, typed) else {
            try await requireExisting(subject)
            throw HTTPError.forbidden(Self.forbiddenMessage)
        }
        return ClaimedSubject(value: typed, subject: subject)
    }

    /// Checks the token without a database round trip, for routes whose statement proves the
    /// subject exists (a member-scoped rule: the membership row references the user); `proving`
    /// asks the database only when nothing was found or something failed.
    public func claimSubject<Subject: SubjectIdentifier>(_ request: Request, as type: Subject.Type) throws(HTTPError) -> ClaimedSubject<
        Subject
    > {
        let subject = try tokenSubject(request)
        return ClaimedSubject(value: try typedSubject(subject, as: type), subject: subject)
    }

    /// Runs `body` for a claimed subject. `body` returns its response and whether it touched a
    /// row the subject owns (which proves the subject exists); otherwise, and when `body` throws
    /// (a 422, a 404, a foreign-key violation), the subject is checked first, so a token for a
    /// user that no longer exists is a 401 whatever else is wrong with the request.
    ///
    /// Except when the database was unavailable (`PostgresError.isUnavailable`, a 503): then the
    /// check would wait for the same exhausted pool or dead server a second time (twice the
    /// acquire timeout before the same 503), so the error goes out at once. The contract ranks
    /// 401 above 403, 422 and 404, not above "the database cannot answer".
    public func proving<Subject>(_ claimed: ClaimedSubject<Subject>, _ body: () async throws -> (Response, proven: Bool)) async throws
        -> Response
    {
        let result: (Response, proven: Bool)
        do {
            result = try await body()
        } catch let error as PostgresError where error.isUnavailable {
            throw error
        } catch {
            try await requireExisting(claimed.subject)
            throw error
        }
        if !result.proven { try await requireExisting(claimed.subject) }
        return result.0
    }

    static let forbiddenMessage = "Not allowed to access another user's resources"

    func requireExisting(_ subject: String) async throws {
        guard try await subjectExists(subject, self) else {
            throw HTTPError.unauthorized(BearerAuthenticator.invalidMessage)
        }
    }

    /// `{"access_token", "token_type": "bearer", "expires_in", "user"}` for a signed-in user.
    public func tokenResponse(_ status: Int, subject: String, email: String?, user: some JSONWritable) -> Response {
        let now = Timestamp.now().secondsSinceEpoch
        let claims = JWTClaims(sub: subject, email: email, iat: now, exp: now + Int64(tokenLifetime), nbf: nil)
        let token = signer?.sign(claims) ?? ""
        return Response.json(status) { writer in
            writer.beginObject()
            writer.key("access_token")
            writer.string(token)
            writer.key("token_type")
            writer.string("bearer")
            writer.key("expires_in")
            writer.int(tokenLifetime)
            writer.key("user")
            writer.value(user)
            writer.endObject()
        }
    }
}

/// A subject whose token and scope are checked but whose existence is not yet: see `claim`.
public struct ClaimedSubject<Subject: SubjectIdentifier>: Sendable {
    public let value: Subject
    let subject: String
}

/// A type a token's `sub` can be parsed into (the auth user's key type).
public protocol SubjectIdentifier: Sendable, Equatable {
    init?(subject: String)
}

extension UUID: SubjectIdentifier {
    public init?(subject: String) {
        guard let parsed = UUIDText.parse(subject) else { return nil }
        self = parsed
    }
}

extension Int32: SubjectIdentifier {
    public init?(subject: String) {
        self.init(subject)
    }
}

extension Int64: SubjectIdentifier {
    public init?(subject: String) {
        self.init(subject)
    }
}

extension String: SubjectIdentifier {
    public init?(subject: String) {
        self = subject
    }
}
