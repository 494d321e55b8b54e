/// How the pool connects and how big it gets. Defaults follow SQLAlchemy's `QueuePool`
/// (5 kept open, 10 more under load) and the FastAPI original's timeouts.
public struct PostgresConfiguration: Sendable {
    /// A libpq connection string, URI (`postgresql://…?sslmode=require`) or `key=value` form.
    public var url: String
    /// Connections kept open when idle.
    public var poolSize: Int
    /// Extra connections opened under load, closed again after `overflowIdleTimeout` unused.
    public var maxOverflow: Int
    /// How long a connection beyond `poolSize` may sit idle before it is closed.
    public var overflowIdleTimeout: Duration
    /// How long a caller waits for a free connection before a 503.
    public var acquireTimeout: Duration
    /// `statement_timeout` set on every connection.
    public var statementTimeout: Duration
    /// Use the unnamed statement every time instead of named prepared statements (for
    /// transaction-pooling proxies such as PgBouncer, where a session's statements vanish).
    public var unnamedStatements: Bool
    /// `application_name` shown in `pg_stat_activity`, unless the URL sets one.
    public var applicationName: String
    /// An idle connection unused for longer than this is pinged before it is handed out.
    public var idlePingInterval: Duration
    /// Send the autocommit statements of each event loop's requests down one pipelined
    /// connection (`LoopPipeline`, decisions/0008); off: each statement leases its own.
    public var loopPipelining: Bool

    public init(
        url: String,
        poolSize: Int = 5,
        maxOverflow: Int = 10,
        acquireTimeout: Duration = .milliseconds(5000),
        statementTimeout: Duration = .milliseconds(10000),
        unnamedStatements: Bool = false,
        applicationName: String = "spec-server",
        idlePingInterval: Duration = .seconds(30),
        overflowIdleTimeout: Duration = .seconds(10),
        loopPipelining: Bool = true
    ) {
        self.loopPipelining = loopPipelining
        self.url = url
        self.poolSize = poolSize
        self.maxOverflow = maxOverflow
        self.acquireTimeout = acquireTimeout
        self.statementTimeout = statementTimeout
        self.unnamedStatements = unnamedStatements
        self.applicationName = applicationName
        self.idlePingInterval = idlePingInterval
        self.overflowIdleTimeout = overflowIdleTimeout
    }

    /// Reads `DATABASE_URL` (or `defaultURL` when unset, e.g. the development cluster's),
    /// `DB_POOL_SIZE`, `DB_MAX_OVERFLOW`, `DB_OVERFLOW_IDLE_TIMEOUT_MS`, `DB_ACQUIRE_TIMEOUT_MS`, `DB_STATEMENT_TIMEOUT_MS` and
    /// `DB_PREPARED_STATEMENTS` and `DB_PIPELINE` (`on`/`off`). A bad value throws an error
    /// naming the variable.
    public static func fromEnvironment(_ env: [String: String], defaultURL: String? = nil) throws(PostgresConfigurationError)
        -> PostgresConfiguration
    {
        guard let url = nonEmpty(env["DATABASE_URL"]) ?? defaultURL else {
            throw PostgresConfigurationError(variable: "DATABASE_URL", message: "is not set")
        }
        var configuration = PostgresConfiguration(url: url)
        try configuration.validateURL()
        configuration.poolSize = try integer(env, "DB_POOL_SIZE", default: 5, range: 1...1000)
        configuration.maxOverflow = try integer(env, "DB_MAX_OVERFLOW", default: 10, range: 0...1000)
        configuration.acquireTimeout = .milliseconds(try integer(env, "DB_ACQUIRE_TIMEOUT_MS", default: 5000, range: 1...3_600_000))
        configuration.overflowIdleTimeout = .milliseconds(
            try integer(env, "DB_OVERFLOW_IDLE_TIMEOUT_MS", default: 10000, range: 0...86_400_000))
        configuration.statementTimeout = .milliseconds(try integer(env, "DB_STATEMENT_TIMEOUT_MS", default: 10000, range: 0...86_400_000))
        configuration.unnamedStatements = try !flag(env, "DB_PREPARED_STATEMENTS", default: true)
        configuration.loopPipelining = try flag(env, "DB_PIPELINE", default: true)
        return configuration
    }

    /// Checks `url` with libpq's own parser.
    public func validateURL() throws(PostgresConfigurationError) {
        _ = try connectionParameters()
    }

    /// The parameters handed to `PQconnectdbParams`: the URL's, plus UTF-8, a connect timeout so
    /// a black-holed host cannot pin a thread forever, and a fallback application name.
    package func connectionParameters() throws(PostgresConfigurationError) -> [(key: String, value: String)] {
        switch LibPQ.parseConnectionString(url) {
        case .failure(let error):
            throw PostgresConfigurationError(
                variable: "DATABASE_URL", message: "is not a valid PostgreSQL connection string (\(error.message))")
        case .success(var pairs):
            // libpq only checks the port when connecting; a typo should stop start-up instead.
            for port in pairs.filter({ $0.key == "port" }).flatMap({ $0.value.split(separator: ",", omittingEmptySubsequences: false) })
            where !port.isEmpty && !(Int(port).map { (1...65535).contains($0) } ?? false) {
                throw PostgresConfigurationError(
                    variable: "DATABASE_URL", message: "is not a valid PostgreSQL connection string (invalid port \"\(port)\")")
            }
            let defaults = [("client_encoding", "UTF8"), ("connect_timeout", "5"), ("fallback_application_name", applicationName)]
            for (key, value) in defaults where !pairs.contains(where: { $0.key == key }) {
                pairs.append((key: key, value: value))
            }
            return pairs
        }
    }

    /// SET commands run once on every new connection. Explicit so results never depend on the
    /// server's defaults: UTC timestamps, ISO dates, hex bytea.
    var sessionSetup: String {
        let milliseconds = statementTimeout.components.seconds * 1000 + statementTimeout.components.attoseconds / 1_000_000_000_000_000
        return "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET bytea_output = 'hex'; SET statement_timeout = \(milliseconds)"
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func integer(_ env: [String: String], _ name: String, default value: Int, range: ClosedRange<Int>)
        throws(PostgresConfigurationError) -> Int
    {
        guard let text = nonEmpty(env[name]) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw PostgresConfigurationError(variable: name, message: "must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    private static func flag(_ env: [String: String], _ name: String, default value: Bool) throws(PostgresConfigurationError) -> Bool {
        guard let text = nonEmpty(env[name]) else { return value }
        switch text.lowercased() {
        case "on", "true", "1", "yes": return true
        case "off", "false", "0", "no": return false
        default: throw PostgresConfigurationError(variable: name, message: "must be on or off")
        }
    }
}

/// A configuration value that cannot work; `description` is the one-line start-up message.
public struct PostgresConfigurationError: Error, Sendable, CustomStringConvertible {
    public var variable: String
    public var message: String

    public init(variable: String, message: String) {
        self.variable = variable
        self.message = message
    }

    public var description: String { "\(variable) \(message)" }
}
