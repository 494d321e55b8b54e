import Foundation
import RuntimeCore
import RuntimeDevelopment
import RuntimePostgres

/// The CLI's `StatementDescriber`: a real Postgres, `DATABASE_URL` when it is set, else the
/// package's development database (`.devdb/`, started if needed, as the server does, and
/// stopped again if this started it). Nothing it does persists: the migrations and the
/// statements run in one rolled-back transaction.
public struct DatabaseStatementDescriber: StatementDescriber {
    /// The package root, where `.devdb/` lives.
    var root: String?
    var url: String?

    /// `DATABASE_URL`, else the development database of the package at `root`.
    public init(root: String) {
        self.root = root
    }

    /// This database, whatever the environment says (tests).
    public init(url: String) {
        self.url = url
    }

    public func describe(migrations: [String], statements: [String]) throws -> [StatementShape] {
        let url: String
        var startedHere: String?
        if let explicit = self.url {
            url = explicit
        } else if let configured = ProcessInfo.processInfo.environment["DATABASE_URL"], !configured.isEmpty {
            url = configured
        } else {
            let directory = (root ?? ".") + "/.devdb"
            if !DevelopmentDatabase.isRunning(directory: directory) { startedHere = directory }
            url = try DevelopmentDatabase.start(directory: directory, logger: Logger(label: "generate", level: .warning))
        }
        // A cluster this run started is stopped when it is done (a generate leaves nothing running).
        defer {
            if let startedHere { try? DevelopmentDatabase.stop(directory: startedHere, mode: "fast") }
        }
        return try StatementInspector.describe(url: url, migrations: migrations, statements: statements).map { outcome in
            switch outcome {
            case .described(let parameters, let columns):
                .described(parameters: parameters, columns: columns.map { .init(name: $0.name, type: $0.type) })
            case .failed(let message, let detail, let position):
                .failed(message: message, detail: detail, position: position)
            }
        }
    }
}
