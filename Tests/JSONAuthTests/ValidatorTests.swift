import Foundation
import RuntimeCore
import XCTest

@testable import RuntimeJSON

enum Priority: String, CaseIterable, Sendable {
    case low, medium, high
}

final class ValidatorTests: XCTestCase {
    private func issues(_ body: String, _ decode: (inout Validator, JSONObject) -> Void) -> [ValidationIssue] {
        var validator = Validator()
        if let object = validator.object(Array(body.utf8)) { decode(&validator, object) }
        return validator.issues
    }

    private func single<T>(_ json: String, _ field: JSONField<T>) -> (T?, ValidationIssue?) {
        var validator = Validator()
        guard let object = validator.object(Array(#"{"f":\#(json)}"#.utf8)) else { return (nil, validator.issues.first) }
        let value = validator.required(object, "f", field)
        return (value, validator.issues.first)
    }

    private func issue(_ loc: Loc, _ msg: String, _ type: String) -> ValidationIssue {
        ValidationIssue(loc: loc, msg: msg, type: type)
    }

    // MARK: - Body shape

    func testBodyShapeIssues() {
        var validator = Validator()
        XCTAssertNil(validator.object(Array("[1]".utf8)))
        XCTAssertNil(validator.object(Array(#"{"a":1,}"#.utf8)))
        XCTAssertNil(validator.object([]))
        XCTAssertNil(validator.object([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]))
        XCTAssertEqual(
            validator.issues,
            [
                issue(.body(), "Input should be a valid dictionary or object to extract fields from", "model_attributes_type"),
                issue(Loc([.key("body"), .index(7)]), "JSON decode error", "json_invalid"),
                issue(.body(), "Field required", "missing"),
                issue(Loc([.key("body"), .index(2)]), "JSON decode error", "json_invalid"),
            ])
        XCTAssertThrowsError(try validator.check()) { error in
            XCTAssertEqual((error as? ValidationError)?.issues.count, 4)
        }
    }

    func testCollectsEveryIssueAtOnce() {
        let found = issues(#"{"title":"","completed":"true","description":5,"priority":"urgent"}"#) { v, body in
            _ = v.required(body, "title", .string(minLength: 1, maxLength: 200))
            _ = v.optional(body, "description", .string(maxLength: 1000), nullable: true)
            _ = v.optional(body, "completed", .bool, nullable: false)
            _ = v.required(body, "priority", .enumeration(Priority.self))
            _ = v.required(body, "user_id", .uuid)
        }
        XCTAssertEqual(
            found,
            [
                issue(.body("title"), "String should have at least 1 character", "string_too_short"),
                issue(.body("description"), "Input should be a valid string", "string_type"),
                issue(.body("completed"), "Input should be a valid boolean", "bool_type"),
                issue(.body("priority"), "Input should be 'low', 'medium' or 'high'", "enum"),
                issue(.body("user_id"), "Field required", "missing"),
            ])
    }

    func testValidBodyHasNoIssues() throws {
        var v = Validator()
        let body = try XCTUnwrap(v.object(Array(#"{"title":"Buy milk","completed":true,"extra":[1]}"#.utf8)))
        XCTAssertEqual(v.required(body, "title", .string(minLength: 1, maxLength: 200)), "Buy milk")
        XCTAssertEqual(v.optional(body, "completed", .bool, nullable: false), .value(true))
        XCTAssertEqual(v.optional(body, "description", .string(), nullable: true), .absent)
        XCTAssertTrue(v.isValid)
        XCTAssertNoThrow(try v.check())
    }

    func testMessagesNeverEchoTheValue() {
        let secret = "hunter2-Secret-Value"
        let found = issues(#"{"a":"\#(secret)","b":"\#(secret)","c":"\#(secret)","d":"\#(secret)"}"#) { v, body in
            _ = v.required(body, "a", .int())
            _ = v.required(body, "b", .string(maxLength: 3))
            _ = v.required(body, "c", .string(format: .email))
            _ = v.required(body, "d", .uuid)
        }
        XCTAssertEqual(found.count, 4)
        for issue in found { XCTAssertFalse(issue.msg.contains("hunter2"), issue.msg) }
    }

    // MARK: - Presence (PATCH)

    func testPatchTriState() throws {
        var v = Validator()
        let body = try XCTUnwrap(v.object(Array(#"{"description":null,"title":"New"}"#.utf8)))
        let description = v.optional(body, "description", .string(maxLength: 1000), nullable: true)
        let title = v.optional(body, "title", .string(minLength: 1), nullable: false)
        let completed = v.optional(body, "completed", .bool, nullable: false)
        XCTAssertEqual(description, .null)
        XCTAssertEqual(title, .value("New"))
        XCTAssertEqual(completed, .absent)
        XCTAssertEqual(description?.update, .some(nil))
        XCTAssertEqual(title?.update, .some("New"))
        XCTAssertNil(completed?.update ?? nil)
        XCTAssertTrue(v.isValid)
    }

    func testNullWhereNotNullable() throws {
        let found = issues(#"{"title":null,"completed":null}"#) { v, body in
            XCTAssertNil(v.optional(body, "completed", .bool, nullable: false))
            XCTAssertNil(v.required(body, "title", .string()))
        }
        XCTAssertEqual(
            found,
            [
                issue(.body("completed"), "Input should be a valid boolean", "bool_type"),
                issue(.body("title"), "Input should be a valid string", "string_type"),
            ])
    }

    func testNestedLocation() throws {
        var v = Validator()
        let body = try XCTUnwrap(v.object(Array(#"{"address":{"zip":5}}"#.utf8)))
        guard case .object(let address)? = body["address"] else { return XCTFail() }
        _ = v.required(address, "zip", .string(), at: .body("address"))
        XCTAssertEqual(v.issues, [issue(.body("address", "zip"), "Input should be a valid string", "string_type")])
    }

    /// A patch decoder reads each member with `member`, which answers `.absent` after recording
    /// an issue, and compares `issueCount` before and after.
    func testPatchMemberIsAbsentAfterAnIssue() throws {
        var v = Validator()
        let body = try XCTUnwrap(v.object(Array(#"{"a":null,"b":null,"c":"x","d":7}"#.utf8)))
        let before = v.issueCount
        let a = v.member(body, "a", .int64(), nullable: true)
        let b = v.member(body, "b", .int64(), nullable: false)
        let c = v.member(body, "c", .int64(), nullable: false)
        let d = v.member(body, "d", .int64(), nullable: false)
        let e = v.member(body, "e", .int64(), nullable: false)
        guard case .null = a, case .absent = b, case .absent = c, case .value(7) = d, case .absent = e else {
            return XCTFail("\(a) \(b) \(c) \(d) \(e)")
        }
        XCTAssertEqual(v.issueCount - before, 2)
        XCTAssertEqual(v.issues.map(\.loc), [.body("b"), .body("c")])
    }

    /// A required member of a generated input reads as its value, or, after recording the
    /// issue, as a placeholder the decoder drops because `issueCount` grew.
    func testRequiredMemberIsAPlaceholderAfterAnIssue() throws {
        var v = Validator()
        let body = try XCTUnwrap(v.object(Array(#"{"a":"x","b":null,"c":7,"d":"2026-12-07"}"#.utf8)))
        let before = v.issueCount
        XCTAssertEqual(v.member(body, "a", .string()), "x")
        XCTAssertEqual(v.issueCount, before)
        XCTAssertEqual(v.member(body, "b", .string()), "")
        XCTAssertEqual(v.member(body, "c", .string()), "")
        XCTAssertEqual(v.member(body, "missing", .int64()), 0)
        XCTAssertEqual(v.member(body, "d", .date), CalendarDate(year: 2026, month: 12, day: 7))
        XCTAssertEqual(v.member(body, "a", .date), CalendarDate(year: 1970, month: 1, day: 1))
        XCTAssertEqual(v.issueCount - before, 4)
        XCTAssertEqual(v.issues.map(\.loc), [.body("b"), .body("c"), .body("missing"), .body("a")])
    }

    // MARK: - Strings

    func testStringLengthsCountCodePoints() {
        let field = JSONField<String>.string(minLength: 1, maxLength: 200)
        XCTAssertEqual(single("\"\(String(repeating: "😀", count: 200))\"", field).0?.unicodeScalars.count, 200)
        XCTAssertEqual(
            single("\"\(String(repeating: "😀", count: 201))\"", field).1,
            issue(.body("f"), "String should have at most 200 characters", "string_too_long"))
        XCTAssertNotNil(single("\"\(String(repeating: "é", count: 200))\"", field).0)
        XCTAssertNotNil(single("\"\(String(repeating: #"\uD83D\uDE00"#, count: 200))\"", field).0)
        XCTAssertNil(single("\"\(String(repeating: #"\uD83D\uDE00"#, count: 201))\"", field).0)
        XCTAssertEqual(single(#""""#, field).1?.type, "string_too_short")
        XCTAssertEqual(single(#""ab""#, .string(minLength: 8)).1?.msg, "String should have at least 8 characters")
        XCTAssertEqual(single(#""ab""#, .string(maxLength: 1)).1?.msg, "String should have at most 1 character")
    }

    func testStringStrictness() {
        for json in ["1", "true", "null", "[]", "{}", "1.5"] {
            XCTAssertEqual(single(json, .string()).1?.type, "string_type", json)
        }
    }

    func testNulIsRefused() {
        let result = single(#""a\u0000b""#, .string())
        XCTAssertNil(result.0)
        XCTAssertEqual(result.1?.type, "value_error")
        XCTAssertTrue(result.1?.msg.contains("NUL") ?? false)
    }

    func testEmailFormat() {
        let field = JSONField<String>.string(maxLength: 254, format: .email)
        for good in ["a@b.co", "first.last+tag@sub.example.org", "ü@exämple.de"] {
            XCTAssertNotNil(single("\"\(good)\"", field).0, good)
        }
        for bad in [
            "", "plain", "@b.co", "a@", "a@b", "a@@b.co", "a@b@c.co", "a@.co", "a@b.", "a@b..co", "a b@c.co",
            "a@b .co", #"a@b.co\n"#, #"a\t@b.co"#,
        ] {
            XCTAssertEqual(single("\"\(bad)\"", field).1, issue(.body("f"), "value is not a valid email address", "value_error"), bad)
        }
    }

    /// Lower-casing can lengthen a string (`İ` → `i` + U+0307): a `lowercased` field checks its
    /// length on the lower-cased value and reports it at the field (issue 13, item 12).
    func testLowercasedFieldsCheckTheLowercasedLength() {
        let field = JSONField<String>.string(maxLength: 254, format: .email, lowercased: true)
        let grows = String(repeating: "İ", count: 200) + "@example.com"  // 212 characters, 412 lower-cased
        XCTAssertEqual(single("\"\(grows)\"", field).1, issue(.body("f"), "String should have at most 254 characters", "string_too_long"))
        XCTAssertEqual(single(#""Ada@Example.COM""#, field).0, "ada@example.com")
        let fits = String(repeating: "İ", count: 100) + "@example.com"
        XCTAssertEqual(single("\"\(fits)\"", field).0?.unicodeScalars.count, 212)
    }

    func testURLFormat() {
        let field = JSONField<String>.string(format: .url)
        for good in ["http://a", "https://example.com/x?y#z", "HTTPS://user:pw@h.io:8080/", "http://[::1]:80/"] {
            XCTAssertNotNil(single("\"\(good)\"", field).0, good)
        }
        for bad in ["ftp://a", "http://", "http:///x", "https://:80", "http://a:b", "example.com", "http://a b", "javascript:alert(1)"] {
            XCTAssertEqual(single("\"\(bad)\"", field).1?.type, "value_error", bad)
        }
    }

    func testPattern() {
        let field = JSONField<String>.string(pattern: "^[a-z]+-[0-9]+$")
        XCTAssertEqual(single(#""abc-12""#, field).0, "abc-12")
        XCTAssertEqual(
            single(#""ABC-12""#, field).1,
            issue(.body("f"), "String should match pattern '^[a-z]+-[0-9]+$'", "string_pattern_mismatch"))
        XCTAssertEqual(single(#""x😀y""#, .string(pattern: "^x.y$")).0, "x😀y")
        XCTAssertEqual(single(#""x""#, .string(pattern: "([")).1?.type, "string_pattern_mismatch")
    }

    // MARK: - Numbers

    func testIntegers() {
        XCTAssertEqual(single("42", .int()).0, 42)
        XCTAssertEqual(single("-0", .int()).0, 0)
        XCTAssertEqual(single("9223372036854775807", .int64()).0, .max)
        XCTAssertEqual(single("-9223372036854775808", .int64()).0, .min)
        XCTAssertEqual(single("9223372036854775808", .int64()).1?.msg, "Input should be less than or equal to 9223372036854775807")
        XCTAssertEqual(single("-9223372036854775809", .int64()).1?.type, "greater_than_equal")
        XCTAssertEqual(single("2147483648", .int32()).1?.msg, "Input should be less than or equal to 2147483647")
        XCTAssertEqual(single("-32769", .int16()).1?.msg, "Input should be greater than or equal to -32768")
        XCTAssertEqual(single(String(repeating: "9", count: 100), .int()).1?.type, "less_than_equal")
        XCTAssertEqual(single("0", .int(min: 1)).1, issue(.body("f"), "Input should be greater than or equal to 1", "greater_than_equal"))
        XCTAssertEqual(single("101", .int32(min: 1, max: 100)).1?.msg, "Input should be less than or equal to 100")
        XCTAssertEqual(single("100", .int32(min: 1, max: 100)).0, 100)
        // A number without a fractional part is that integer (pydantic's lax mode, JSON Schema).
        XCTAssertEqual(single("1.0", .int()).0, 1)
        XCTAssertEqual(single("1e2", .int32()).0, 100)
        XCTAssertEqual(single("-2.50e1", .int32()).0, -25)
        XCTAssertEqual(single("-2.55e1", .int32()).1?.type, "int_from_float")
        XCTAssertEqual(single("1.5", .int()).1?.type, "int_from_float")
        XCTAssertEqual(single("1e400", .int32()).1?.type, "less_than_equal")
        XCTAssertEqual(single("-1e30", .int64()).1?.type, "greater_than_equal")
        XCTAssertEqual(single("1e2", .int32(max: 99)).1?.type, "less_than_equal")
        for notInt in ["\"1\"", "true", "null", "[1]"] {
            XCTAssertEqual(single(notInt, .int()).1, issue(.body("f"), "Input should be a valid integer", "int_type"), notInt)
        }
    }

    func testBool() {
        XCTAssertEqual(single("true", .bool).0, true)
        XCTAssertEqual(single("false", .bool).0, false)
        for notBool in ["\"true\"", "1", "0", "null", "\"yes\""] {
            XCTAssertEqual(single(notBool, .bool).1, issue(.body("f"), "Input should be a valid boolean", "bool_type"), notBool)
        }
    }

    func testDouble() {
        XCTAssertEqual(single("1.5e2", .double()).0, 150)
        XCTAssertEqual(single("1e400", .double()).1?.type, "finite_number")
        XCTAssertEqual(single("\"1.5\"", .double()).1?.type, "float_type")
        XCTAssertEqual(single("-1", .double(min: 0)).1?.type, "greater_than_equal")
        XCTAssertEqual(single("2", .double(max: 1.5)).1?.msg, "Input should be less than or equal to 1.5")
    }

    func testDecimal() {
        let money = JSONField<DecimalValue>.decimal(precision: 10, scale: 2)
        XCTAssertEqual(single("12.50", money).0?.text, "12.5")
        XCTAssertEqual(single("-0.00", money).0?.text, "0")
        XCTAssertEqual(single("1.5e2", money).0?.text, "150")
        XCTAssertEqual(single("125e-2", money).0?.text, "1.25")
        XCTAssertEqual(single("12345678.12", money).0?.text, "12345678.12")
        XCTAssertEqual(single("1.005", money).1?.msg, "Decimal input should have no more than 2 decimal places")
        XCTAssertEqual(single("123456789.1", money).1?.type, "decimal_whole_digits")
        XCTAssertEqual(single("123456789012", money).1?.msg, "Decimal input should have no more than 10 digits in total")
        XCTAssertEqual(single("1e999999999", money).1?.type, "decimal_max_digits")
        XCTAssertEqual(single("1e-999999999", money).1?.type, "decimal_max_digits")
        XCTAssertEqual(single("1e999999999", .decimal()).1?.type, "decimal_max_digits")
        XCTAssertEqual(single("0.001", .decimal()).0?.text, "0.001")
        // Strings holding a number are accepted (pydantic's Decimal does), nothing else.
        XCTAssertEqual(single("\"12.5\"", money).0?.text, "12.5")
        XCTAssertEqual(single("\"-1.25e1\"", money).0?.text, "-12.5")
        XCTAssertEqual(single("\"1.005\"", money).1?.type, "decimal_max_places")
        for refused in ["\"\"", "\"abc\"", "\" 1\"", "\"1e\"", "\"NaN\"", "\"Infinity\"", "\"0x10\"", "\"1,5\"", "true", "null"] {
            XCTAssertEqual(single(refused, money).1?.type, "decimal_type", refused)
        }
    }

    func testDecimalBoundsAreExact() {
        let price = JSONField<DecimalValue>.decimal(precision: 10, scale: 2, min: DecimalValue("0.01"), max: DecimalValue("1000"))
        XCTAssertEqual(single("0.01", price).0?.text, "0.01")
        XCTAssertEqual(single("\"1e3\"", price).0?.text, "1000")
        XCTAssertEqual(single("0", price).1?.msg, "Input should be greater than or equal to 0.01")
        XCTAssertEqual(single("-5", price).1?.type, "greater_than_equal")
        XCTAssertEqual(single("1000.01", price).1?.msg, "Input should be less than or equal to 1000")
        XCTAssertEqual(single("999.99", price).0?.text, "999.99")
        let negative = JSONField<DecimalValue>.decimal(min: DecimalValue("-10.5"), max: DecimalValue("-0.5"))
        XCTAssertEqual(single("-10.5", negative).0?.text, "-10.5")
        XCTAssertEqual(single("-10.51", negative).1?.type, "greater_than_equal")
        XCTAssertEqual(single("-0.49", negative).1?.type, "less_than_equal")
        XCTAssertEqual(single("0", negative).1?.type, "less_than_equal")
    }

    // MARK: - Formats

    func testUUIDTimestampDate() {
        XCTAssertEqual(
            single(#""7C9E6679-7425-40DE-944B-E07FC1F90AE7""#, .uuid).0,
            UUID(uuidString: "7c9e6679-7425-40de-944b-e07fc1f90ae7"))
        XCTAssertEqual(single(#""not-a-uuid""#, .uuid).1?.type, "uuid_parsing")
        XCTAssertEqual(single("1", .uuid).1?.type, "uuid_type")
        XCTAssertEqual(single(#""2026-01-31T12:00:00Z""#, .timestamp).0, Timestamp(rfc3339: "2026-01-31T12:00:00Z"))
        XCTAssertEqual(single(#""2026-01-31""#, .timestamp).1?.type, "datetime_parsing")
        XCTAssertEqual(single("0", .timestamp).1?.type, "datetime_type")
        XCTAssertEqual(single(#""2024-02-29""#, .date).0, CalendarDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(single(#""2023-02-29""#, .date).1?.type, "date_parsing")
    }

    func testJSONAndBytes() {
        XCTAssertEqual(single(#" { "b" : [1, 2.50, "x"], "a" : null } "#, .json).0, #"{"b":[1,2.50,"x"],"a":null}"#)
        XCTAssertEqual(single("null", .json).0, "null")
        XCTAssertEqual(single(#"{"a":["\u0000"]}"#, .json).1?.type, "value_error")
        XCTAssertEqual(single(#"{"\u0000":1}"#, .json).1?.type, "value_error")
        XCTAssertEqual(single(#""aGVsbG8=""#, .bytes).0, Array("hello".utf8))
        XCTAssertEqual(single(#""aGVsbG8""#, .bytes).1?.type, "base64_decode")
        XCTAssertEqual(single("1", .bytes).1?.type, "bytes_type")
    }

    func testEnumeration() {
        XCTAssertEqual(single(#""medium""#, .enumeration(Priority.self)).0, .medium)
        XCTAssertEqual(
            single(#""Medium""#, .enumeration(Priority.self)).1,
            issue(.body("f"), "Input should be 'low', 'medium' or 'high'", "enum"))
        XCTAssertEqual(single("1", JSONField<Priority>.enumeration(Priority.self)).1?.type, "enum")
    }

    func testCustomAndMappedFields() {
        let even = JSONField<Int>.int().map { value throws(FieldIssue) -> Int in
            guard value % 2 == 0 else { throw FieldIssue(msg: "Value error, must be even", type: "value_error") }
            return value
        }
        XCTAssertEqual(single("4", even).0, 4)
        XCTAssertEqual(single("3", even).1?.msg, "Value error, must be even")
    }
}
