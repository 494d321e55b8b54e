/// How a migration converts a column to another type without ever losing data.
///
/// Postgres' explicit casts truncate (`'…'::character varying(120)` cuts the string), round
/// (`numeric(10,4)` → `numeric(10,2)`, `double precision` → `integer`) or drop information
/// (`timestamp with time zone` → `date`) without an error, and so do some assignment casts. So a
/// conversion that is not a known widening is preceded by a guard that raises, before anything
/// is changed, if any value would not come back unchanged from the new type; the `ALTER` itself
/// uses the assignment cast (which errors on overflow) wherever one exists, and an explicit
/// `USING` cast only where Postgres has none.
enum TypeConversion {
    /// The reason printed on the refusal and in the migration file.
    static func why(to type: String) -> String {
        "the migration fails, changing nothing, if an existing value does not convert to \(type) unchanged"
    }

    /// The data step the change report asks for.
    static let dataStep =
        "if existing values do not fit, the migration fails and changes nothing: "
        + "add a data step by editing the new migration file before it is applied, with an `UPDATE` before the `ALTER` "
        + "that makes every value fit (docs/spec.md §10)"

    /// `TYPE <type>` with a `USING` clause only when Postgres has no assignment cast.
    static func alterClause(_ column: String, from old: String, to new: String) -> String {
        let type = SQLRenderer.columnType(new)
        return hasAssignmentCast(from: old, to: new) ? type : "\(type) USING \(cast(column, from: old, to: new))"
    }

    /// A `DO` block that raises if any value of the column would change on the way to `new` and
    /// back (or cannot be converted at all, which raises the cast's own error).
    static func guardStatement(table: String, column: String, from old: String, to new: String) -> String {
        let name = Names.sql(column)
        let roundTrip = cast(cast(name, from: old, to: new), from: new, to: old)
        let label = "\(table).\(column) to \(new)".replacingOccurrences(of: "%", with: "%%")  // RAISE's placeholder
        let message = Names.sqlLiteral("cannot change \(label): % row(s) hold a value it cannot hold unchanged")
        let hint = Names.sqlLiteral("make every value fit with an UPDATE before this statement (docs/spec.md §10)")
        return """
            DO $migration$
            DECLARE
                failing bigint;
            BEGIN
                SELECT count(*) INTO failing FROM \(Names.sql(table)) WHERE \(name) IS DISTINCT FROM \(roundTrip);
                IF failing > 0 THEN
                    RAISE EXCEPTION \(message), failing USING HINT = \(hint);
                END IF;
            END
            $migration$;
            """
    }

    /// `expression` cast from `old` to `new`; through `text` when Postgres has no direct cast.
    static func cast(_ expression: String, from old: String, to new: String) -> String {
        let type = SQLRenderer.columnType(new)
        return hasDirectCast(from: old, to: new) ? "\(expression)::\(type)" : "\(expression)::text::\(type)"
    }

    static func isText(_ type: String) -> Bool { type == "text" || type.hasPrefix("character varying") }

    static func isNumber(_ type: String) -> Bool {
        ["integer", "bigint", "double precision"].contains(type) || type.hasPrefix("numeric")
    }

    static func isTime(_ type: String) -> Bool { type == "timestamp with time zone" || type == "date" }

    /// Every type casts to and from text; numbers among themselves, dates and timestamps, and
    /// integer and boolean have their own casts.
    static func hasDirectCast(from old: String, to new: String) -> Bool {
        isText(old) || isText(new) || (isNumber(old) && isNumber(new)) || (isTime(old) && isTime(new))
            || Set([old, new]) == ["integer", "boolean"]
    }

    /// Whether `ALTER … TYPE` without `USING` converts (with the assignment cast, which errors on
    /// overflow instead of truncating): to a string type from any type, among numbers, and
    /// between dates and timestamps.
    static func hasAssignmentCast(from old: String, to new: String) -> Bool {
        (isText(new) && SQLRenderer.isBuiltin(old)) || (isNumber(old) && isNumber(new)) || (isTime(old) && isTime(new))
    }
}
