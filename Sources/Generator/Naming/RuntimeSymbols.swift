/// Every runtime symbol the generated code refers to, in one place (docs/runtime-api.md
/// documents them). Templates spell these names; `RuntimeSymbolsTests` checks that every
/// capitalised identifier a template writes is one of them, a Swift standard-library name, or a
/// name the generator made, so a renamed runtime symbol is found here and nowhere else.
enum RuntimeSymbols {
    // The application layer (Sources/Runtime/App and Core).
    static let apiDefinition = "APIDefinition"
    static let apiContext = "APIContext"
    static let route = "Route"
    static let request = "Request"
    static let response = "Response"
    static let httpError = "HTTPError"
    static let httpHeaders = "HTTPHeaders"
    static let pathSegment = "PathSegment"
    static let authSettings = "AuthSettings"
    static let corsSettings = "CORSSettings"
    static let passwordHasher = "PasswordHasher"
    static let modelRows = "ModelRows"
    static let firstPageStatement = "FirstPageStatement"
    static let includedRows = "IncludedRows"
    static let sortDirection = "SortDirection"
    static let sqlPattern = "SQLPattern"
    static let memberStanding = "MemberStanding"
    static let memberRule = "MemberRule"

    // Values and their wire forms.
    static let timestamp = "Timestamp"
    static let calendarDate = "CalendarDate"
    static let decimalValue = "DecimalValue"
    static let jsonText = "JSONText"
    static let jsonWriter = "JSONWriter"
    static let jsonWritable = "JSONWritable"
    static let jsonObject = "JSONObject"
    static let jsonBodyDecodable = "JSONBodyDecodable"
    static let presence = "Presence"

    // Checking input.
    static let validator = "Validator"
    static let validationError = "ValidationError"

    // Postgres.
    static let postgresQuerying = "PostgresQuerying"
    static let postgresBindings = "PostgresBindings"
    static let postgresRow = "PostgresRow"
    static let postgresRowDecodable = "PostgresRowDecodable"
    static let postgresRowJSONLayout = "PostgresRowJSONLayout"
    static let rowJSONLayout = "RowJSONLayout"
    static let postgresEnum = "PostgresEnum"
    static let postgresError = "PostgresError"
    static let preparedStatement = "PreparedStatement"
    static let postgresArray = "PostgresArray"
    static let migration = "Migration"

    /// All of the above, for the template check.
    static let all: Set<String> = [
        apiDefinition, apiContext, route, request, response, httpError, httpHeaders, pathSegment, authSettings,
        corsSettings, passwordHasher, modelRows, includedRows, sortDirection, sqlPattern, memberStanding, memberRule, timestamp,
        calendarDate,
        decimalValue,
        jsonText, jsonWriter, jsonWritable, jsonObject, jsonBodyDecodable, presence, validator, validationError,
        postgresQuerying, postgresBindings, postgresRow, postgresRowDecodable, postgresRowJSONLayout,
        rowJSONLayout, postgresEnum,
        postgresError, preparedStatement, firstPageStatement, postgresArray, migration,
    ]
}
