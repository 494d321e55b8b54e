import Foundation

/// The process environment merged with a `.env` file in the working directory (real variables
/// win, as with python-dotenv), read once at start-up.
public struct Environment: Sendable {
    public var values: [String: String]

    public init(values: [String: String]) {
        self.values = values
    }

    /// Also exports the file's variables that the process does not already have (as
    /// python-dotenv does), so settings read straight from the environment, such as `LOG_LEVEL`,
    /// see them too. Call it before the first `Logger` is made.
    public static func load(dotEnvPath: String = ".env") -> Environment {
        var values = (try? String(contentsOfFile: dotEnvPath, encoding: .utf8)).map(parseDotEnv) ?? [:]
        for (key, value) in values { setenv(key, value, 0) }
        for (key, value) in ProcessInfo.processInfo.environment {
            values[key] = value
        }
        return Environment(values: values)
    }

    public subscript(name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `KEY=value` lines; `#` comments, `export ` prefixes and single or double quotes allowed.
    static func parseDotEnv(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)) }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            } else if let hash = value.range(of: " #") {
                value = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            values[key] = value
        }
        return values
    }
}

/// A configuration problem: one line naming the variable; the server exits before binding.
public struct ConfigurationError: Error, CustomStringConvertible {
    public var variable: String
    public var message: String

    public var description: String { "configuration error: \(variable) \(message)" }
}

/// Everything the server reads from the environment, checked up front.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    public var databaseURL: String?
    public var authSecret: String?
    public var tokenLifetime: Int
    public var corsOrigin: String?
    public var devDatabaseDirectory: String

    public static func from<API: APIDefinition>(_ env: Environment, api: API.Type) throws(ConfigurationError) -> ServerSettings {
        var settings = ServerSettings(
            host: env["HOST"] ?? "127.0.0.1", port: 8000, databaseURL: env["DATABASE_URL"], authSecret: nil,
            tokenLifetime: api.auth?.defaultLifetime ?? 3600, corsOrigin: nil,
            devDatabaseDirectory: env["DEV_DATABASE_DIR"] ?? ".devdb"
        )
        if let port = env["PORT"] {
            guard let value = Int(port), (0...65535).contains(value) else {
                throw ConfigurationError(variable: "PORT", message: "must be a port number (0-65535), got '\(port)'")
            }
            settings.port = value
        }
        if let auth = api.auth {
            guard let secret = env[auth.secretEnv] else {
                throw ConfigurationError(variable: auth.secretEnv, message: "is not set; it must hold at least 32 characters")
            }
            guard secret.count >= 32 else {
                throw ConfigurationError(variable: auth.secretEnv, message: "must be at least 32 characters long (it has \(secret.count))")
            }
            settings.authSecret = secret
            if let name = auth.lifetimeEnv, let text = env[name] {
                guard let value = Int(text), value > 0 else {
                    throw ConfigurationError(variable: name, message: "must be a positive number of seconds, got '\(text)'")
                }
                settings.tokenLifetime = value
            }
        }
        if let cors = api.cors {
            settings.corsOrigin = env[cors.originEnv] ?? cors.defaultOrigin
        }
        return settings
    }
}
