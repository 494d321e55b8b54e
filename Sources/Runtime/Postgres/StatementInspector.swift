/// Asks a real Postgres what a statement means: the types of its parameters and of the columns
/// it returns, or the server's error with its position in the statement text. The generator
/// uses it to check SQL declared in a spec against the schema its migrations produce
/// (docs/decisions/0012); nothing at run time does.
///
/// Everything happens inside one transaction that is rolled back: the migrations are applied in
/// a fresh schema first on the `search_path`, so the statements see exactly the schema the spec
/// describes, and the database is left as it was.
public enum StatementInspector {
    /// What Postgres says about one statement.
    public enum Outcome: Sendable, Hashable {
        /// Parameter types and result columns, spelled as `format_type` spells them (`integer`,
        /// `character varying(200)`, an enum's name).
        case described(parameters: [String], columns: [Column])
        /// The server refused the statement; `position` is 1-based, in characters, if given.
        case failed(message: String, detail: String?, position: Int?)
    }

    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: String

        public init(name: String, type: String) {
            self.name = name
            self.type = type
        }
    }

    /// The setup could not run (no connection, or a migration failed).
    public struct SetupError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Applies `migrations` (SQL scripts, in order) in an empty schema and describes each of
    /// `statements` there; then rolls everything back. Blocking.
    public static func describe(url: String, migrations: [String], statements: [String]) throws(SetupError) -> [Outcome] {
        let parameters: [(key: String, value: String)]
        switch LibPQ.parseConnectionString(url) {
        case .success(let parsed): parameters = parsed
        case .failure(let error): throw SetupError(description: "invalid database URL: \(error.message)")
        }
        let connection: LibPQConnection
        switch LibPQConnection.connect(parameters) {
        case .success(let opened): connection = opened
        case .failure(let error): throw SetupError(description: "cannot connect to the database: \(error.message)")
        }
        func run(_ sql: String, _ what: String) throws(SetupError) {
            let result = connection.execute(sql)
            if let error = result.error {
                throw SetupError(description: "\(what) failed: \(error.message)")
            }
        }
        try run("BEGIN", "BEGIN")
        try run("CREATE SCHEMA generate_statement_check; SET LOCAL search_path TO generate_statement_check", "creating the check schema")
        for (index, migration) in migrations.enumerated() {
            try run(migration, "migration \(index + 1)")
        }
        var outcomes: [Outcome] = []
        for statement in statements {
            // A failed prepare aborts the transaction; the savepoint keeps the schema for the
            // statements after it, so one mistake is reported once, not once per statement.
            try run("SAVEPOINT generate_statement", "SAVEPOINT")
            outcomes.append(describe(statement, on: connection))
            try run("ROLLBACK TO SAVEPOINT generate_statement", "ROLLBACK TO SAVEPOINT")
        }
        _ = connection.execute("ROLLBACK")
        return outcomes
    }

    static func describe(_ statement: String, on connection: LibPQConnection) -> Outcome {
        let prepared = connection.prepare(name: "", sql: statement)
        if let error = prepared.error {
            return .failed(message: error.message, detail: error.detail, position: error.position)
        }
        guard let shape = connection.describeUnnamed() else {
            return .failed(message: connection.errorMessage, detail: nil, position: nil)
        }
        let parameters = shape.parameters.map { typeName($0, modifier: -1, on: connection) }
        let columns = shape.columns.map { Column(name: $0.name, type: typeName($0.type, modifier: $0.modifier, on: connection)) }
        return .described(parameters: parameters, columns: columns)
    }

    static func typeName(_ oid: UInt32, modifier: Int32, on connection: LibPQConnection) -> String {
        let result = connection.executeUnnamed(
            sql: "SELECT format_type($1::oid, $2::integer)", parameters: [String(oid), String(modifier)])
        guard let rows = result.rows, rows.rowCount == 1 else { return "oid \(oid)" }
        return rows.withValue(row: 0, column: 0) { bytes in
            bytes.map { String(decoding: $0, as: UTF8.self) } ?? "oid \(oid)"
        }
    }
}
