import Foundation
import RuntimeDevelopment

/// The server executable's entry point for any generated API: `serve` (the default) or
/// `migrate`. Configuration errors end the process before the port is bound.
public enum ServerMain {
    public static let usage = """
        USAGE: SERVER [serve | migrate | help]

          serve     Apply pending migrations, then serve HTTP until SIGTERM/SIGINT (default).
          migrate   Apply pending migrations and exit.

        Configuration comes from the environment and a .env file (or the file ENV_FILE names);
        see .env.example. Without DATABASE_URL a development database is started under .devdb/
        (or DEV_DATABASE_DIR); it keeps running after the server exits.
        """

    public static func run<API: APIDefinition>(_ api: API.Type, handlers: API.Handlers, arguments: [String] = CommandLine.arguments) async
        -> Int32
    {
        let command = arguments.dropFirst().first ?? "serve"
        guard ["serve", "migrate"].contains(command) else {
            print(usage)
            return command == "help" || command == "--help" || command == "-h" ? 0 : 2
        }
        // `ENV_FILE` names the configuration file when a package has several apps (scripts/run).
        let env = Environment.load(dotEnvPath: ProcessInfo.processInfo.environment["ENV_FILE"] ?? ".env")
        let logger = Logger(label: "server")
        // Counts of repeated log lines still pending are written before the process ends.
        defer { logger.flushRepeated() }
        let settings: ServerSettings
        let database: PostgresConfiguration
        do {
            settings = try ServerSettings.from(env, api: api)
            database = try databaseConfiguration(env, settings: settings, logger: logger)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            return 2
        }
        let client = PostgresClient(configuration: database, logger: Logger(label: "postgres"))
        do {
            try await migrate(api, client: client, logger: logger)
        } catch {
            logger.error("migrations failed", [("error", String(describing: error))])
            await client.shutdown()
            return 1
        }
        if command == "migrate" {
            await client.shutdown()
            return 0
        }
        let status = await serve(api, handlers: handlers, settings: settings, client: client, logger: logger)
        await client.shutdown()
        return status
    }

    static func databaseConfiguration(_ env: Environment, settings: ServerSettings, logger: Logger) throws -> PostgresConfiguration {
        var values = env.values
        if settings.databaseURL == nil {
            do {
                values["DATABASE_URL"] = try DevelopmentDatabase.start(directory: settings.devDatabaseDirectory, logger: logger)
                logger.info(
                    "using the development database; it keeps running after the server exits, for the next start",
                    [
                        ("directory", settings.devDatabaseDirectory),
                        ("stop", "pg_ctl stop -D \(settings.devDatabaseDirectory)/data (scripts/stop-devdb in this package)"),
                    ])
            } catch {
                throw ConfigurationError(
                    variable: "DATABASE_URL", message: "is unset and the development database could not start: \(error)")
            }
        }
        do {
            return try PostgresConfiguration.fromEnvironment(values)
        } catch {
            throw ConfigurationError(variable: error.variable, message: error.message)
        }
    }

    /// Applies the migrations, waiting up to 30 s for a database that is still starting.
    static func migrate<API: APIDefinition>(_ api: API.Type, client: PostgresClient, logger: Logger) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while true {
            do {
                let applied = try await MigrationRunner(client: client, logger: logger).migrate(api.migrations)
                if !applied.isEmpty { logger.info("migrations applied", [("versions", applied.map(String.init).joined(separator: ","))]) }
                return
            } catch let error as PostgresError where error.kind == .connectionUnavailable && ContinuousClock.now < deadline {
                logger.warning("database not reachable yet; retrying", [("error", error.description)])
                try await _Concurrency.Task.sleep(for: .seconds(1))
            }
        }
    }

    static func serve<API: APIDefinition>(
        _ api: API.Type, handlers: API.Handlers, settings: ServerSettings, client: PostgresClient, logger: Logger
    ) async -> Int32 {
        let context = APIContext(
            database: client, logger: logger, signer: settings.authSecret.map(JWTSigner.init(secret:)),
            tokenLifetime: settings.tokenLifetime, cursors: CursorSealer(secret: settings.authSecret),
            subjectExists: { try await api.subjectExists($0, context: $1) }
        )
        let routes = ServiceRoutes.make(api, client: client) + api.routes(context, handlers: handlers)
        let router = Router(routes: routes, logger: Logger(label: "router"))
        let configuration = ServerConfiguration(host: settings.host, port: settings.port)
        let cors = settings.corsOrigin.map { CORSPolicy(allowedOrigin: $0) }
        let server = HTTPServer(configuration: configuration, cors: cors, logger: Logger(label: "http"), responder: router.handler)
        do {
            try await server.run()
            return 0
        } catch {
            logger.error("server failed", [("error", String(describing: error))])
            return 1
        }
    }
}

/// `/health`, `/ready`, `/openapi.json` and `/docs`: the routes every generated server has.
enum ServiceRoutes {
    static func make<API: APIDefinition>(_ api: API.Type, client: PostgresClient) -> [Route] {
        let health = Response.json(200) { writer in
            writer.beginObject()
            writer.key("status")
            writer.string("ok")
            writer.key("app")
            writer.string(api.title)
            writer.key("version")
            writer.string(api.version)
            writer.endObject()
        }
        let document = Response.json(200, Array(api.openAPIDocument.utf8))
        // The runtime's own page, the same for every API: it renders /openapi.json in the browser.
        let page = DocumentationPage.response()
        return [
            Route(.GET, "/health") { _ in health },
            Route(.GET, "/ready") { _ in
                do {
                    try await client.ping()
                } catch {
                    throw HTTPError.unavailable("Database unavailable")
                }
                return Response.json(200, Array(#"{"status":"ready"}"#.utf8))
            },
            Route(.GET, "/openapi.json") { _ in document },
            Route(.GET, "/docs") { _ in page },
        ]
    }
}
