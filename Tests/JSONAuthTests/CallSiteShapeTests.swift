import Foundation
import RuntimeCore
import RuntimeJSON
import XCTest

/// Compile-time check of the spellings generated code may use (docs/runtime-api.md).
final class CallSiteShapeTests: XCTestCase {
    func testSpellingsCompile() throws {
        var v = Validator()
        let request = Request(
            method: .PATCH, target: "/x", path: "/x", body: Array(#"{"a":"x"}"#.utf8),
            pathParameters: ["id": "1"])
        let body = try XCTUnwrap(v.object(request.body))
        let a: String? = v.required(body, "a", .string(minLength: 1, maxLength: 200, format: nil, pattern: nil))
        let b: Presence<Int32>? = v.optional(body, "b", JSONField<Int32>.int32(min: 1, max: 10), nullable: true)
        let c = v.optional(body, "c", JSONField.int64(), nullable: false)
        let d = v.optional(body, "d", .enumeration(Priority.self), nullable: false)
        let e = v.optional(body, "e", JSONField.decimal(precision: 10, scale: 2), nullable: true)
        let f = v.optional(body, "f", .timestamp, nullable: true)
        let g = v.optional(body, "g", .json, nullable: true)
        let limit = v.query(request, "limit", .int(min: 1, max: 100), default: 50)
        let status = v.query(request, "status", QueryField.oneOf(["all", "pending"]), default: "all")
        let id = v.path(request, "id", .int64(min: 1))
        let user = v.queryOptional(request, "user", QueryField.uuid)
        try v.check()
        XCTAssertEqual(a, "x")
        XCTAssertEqual(b, .absent)
        XCTAssertEqual(c, .absent)
        XCTAssertEqual(d, .absent)
        XCTAssertEqual(e, .absent)
        XCTAssertEqual(f, .absent)
        XCTAssertEqual(g, .absent)
        XCTAssertEqual(limit, 50)
        XCTAssertEqual(status, "all")
        XCTAssertEqual(id, 1)
        XCTAssertNil(user)
    }
}
