import Foundation
import RuntimeCore
import XCTest

@testable import RuntimeJSON

final class QueryFieldTests: XCTestCase {
    private func request(_ query: [(String, String)], path: [String: String] = [:]) -> Request {
        Request(method: .GET, target: "/", path: "/", query: query.map { (name: $0.0, value: $0.1) }, pathParameters: path)
    }

    func testListParametersWithDefaults() {
        var v = Validator()
        let r = request([])
        XCTAssertEqual(v.query(r, "status", .oneOf(["all", "pending", "completed"]), default: "all"), "all")
        XCTAssertEqual(v.query(r, "limit", .int(min: 1, max: 100), default: 50), 50)
        XCTAssertNil(v.queryOptional(r, "q", .string()))
        XCTAssertTrue(v.isValid)
    }

    func testEveryQueryIssueIsCollected() {
        var v = Validator()
        let r = request([("status", "Done"), ("limit", "0"), ("offset", "x"), ("order", "DESC"), ("limit2", "101")])
        _ = v.query(r, "status", .oneOf(["all", "pending", "completed"]), default: "all")
        _ = v.query(r, "limit", .int(min: 1, max: 100), default: 50)
        _ = v.query(r, "offset", .int(min: 0), default: 0)
        _ = v.query(r, "order", .oneOf(["asc", "desc"]), default: "desc")
        _ = v.query(r, "limit2", .int(min: 1, max: 100), default: 50)
        XCTAssertEqual(
            v.issues,
            [
                ValidationIssue(loc: .query("status"), msg: "Input should be 'all', 'pending' or 'completed'", type: "literal_error"),
                ValidationIssue(loc: .query("limit"), msg: "Input should be greater than or equal to 1", type: "greater_than_equal"),
                ValidationIssue(
                    loc: .query("offset"),
                    msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing"),
                ValidationIssue(loc: .query("order"), msg: "Input should be 'asc' or 'desc'", type: "literal_error"),
                ValidationIssue(loc: .query("limit2"), msg: "Input should be less than or equal to 100", type: "less_than_equal"),
            ])
    }

    func testLastRepeatedValueWins() {
        var v = Validator()
        XCTAssertEqual(v.query(request([("limit", "5"), ("limit", "7")]), "limit", .int(min: 1, max: 100), default: 50), 7)
        XCTAssertEqual(v.query(request([("limit", "x"), ("limit", "7")]), "limit", .int(), default: 50), 7)
        XCTAssertTrue(v.isValid)
    }

    func testIntegerText() throws {
        let field = QueryField<Int>.int()
        XCTAssertEqual(try field.decode("+5"), 5)
        XCTAssertEqual(try field.decode("-5"), -5)
        XCTAssertEqual(try field.decode("007"), 7)
        for bad in ["", "-", "+", "1.0", "1e2", " 1", "1 ", "0x1", "١"] {
            XCTAssertThrowsError(try field.decode(bad), bad) { XCTAssertEqual($0 as? FieldIssue, .intParsing) }
        }
        XCTAssertThrowsError(try field.decode("99999999999999999999999")) { XCTAssertEqual(($0 as? FieldIssue)?.type, "less_than_equal") }
        XCTAssertThrowsError(try QueryField<Int32>.int32().decode("2147483648"))
        XCTAssertEqual(try QueryField<Int64>.int64().decode("-9223372036854775808"), .min)
    }

    func testPathParameters() {
        var v = Validator()
        let r = request([], path: ["id": "12", "user_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "bad": "abc"])
        XCTAssertEqual(v.path(r, "id", .int64(min: 1)), 12)
        XCTAssertEqual(v.path(r, "user_id", .uuid), UUID(uuidString: "7C9E6679-7425-40DE-944B-E07FC1F90AE7"))
        XCTAssertNil(v.path(r, "bad", .int()))
        XCTAssertNil(v.path(r, "bad", .uuid))
        XCTAssertNil(v.path(r, "absent", .int()))
        XCTAssertEqual(v.issues.map(\.loc), [.path("bad"), .path("bad"), .path("absent")])
        XCTAssertEqual(v.issues.map(\.type), ["int_parsing", "uuid_parsing", "missing"])
    }

    func testBoolAndString() throws {
        for yes in ["true", "True", "1", "yes", "on", "t", "y"] { XCTAssertEqual(try QueryField<Bool>.bool.decode(yes), true, yes) }
        for no in ["false", "FALSE", "0", "no", "off", "f", "n"] { XCTAssertEqual(try QueryField<Bool>.bool.decode(no), false, no) }
        XCTAssertThrowsError(try QueryField<Bool>.bool.decode("2")) { XCTAssertEqual(($0 as? FieldIssue)?.type, "bool_parsing") }
        let text = QueryField<String>.string(minLength: 1, maxLength: 3)
        XCTAssertEqual(try text.decode("😀😀😀"), "😀😀😀")
        XCTAssertThrowsError(try text.decode("abcd")) { XCTAssertEqual(($0 as? FieldIssue)?.type, "string_too_long") }
        XCTAssertThrowsError(try text.decode("")) { XCTAssertEqual(($0 as? FieldIssue)?.type, "string_too_short") }
        XCTAssertThrowsError(try text.decode("a\u{0}")) { XCTAssertEqual(($0 as? FieldIssue)?.type, "value_error") }
        XCTAssertEqual(try QueryField<String>.oneOf(["x"]).decode("x"), "x")
        XCTAssertThrowsError(try QueryField<String>.oneOf(["x"]).decode("X")) {
            XCTAssertEqual(($0 as? FieldIssue)?.msg, "Input should be 'x'")
        }
    }
}
