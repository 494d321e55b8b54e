import RuntimeCore
import XCTest

@testable import RuntimeHTTP

final class RouterTests: XCTestCase {
    private func request(_ method: HTTPMethod, _ target: String) -> Request {
        let parts = RequestTarget(target)
        return Request(method: method, target: target, path: parts.decodedPath, query: parts.decodedQuery)
    }

    private let router = Router(
        routes: [
            Route(.GET, "/") { _ in Response(status: 200, body: Array("root".utf8)) },
            Route(.GET, "/api/{user_id}/tasks") { request in
                Response(status: 200, body: Array("list \(request.pathParameters["user_id"] ?? "")".utf8))
            },
            Route(.POST, "/api/{user_id}/tasks") { _ in Response(status: 201) },
            Route(.GET, "/api/{user_id}/tasks/{id}") { request in
                Response(status: 200, body: Array("\(request.pathParameters["user_id"] ?? "")|\(request.pathParameters["id"] ?? "")".utf8))
            },
            Route(.GET, "/api/{user_id}/tasks/count") { _ in Response(status: 200, body: Array("count".utf8)) },
            Route(.PATCH, "/api/{uid}/tasks/{task}/complete") { request in
                Response(status: 200, body: Array("\(request.pathParameters["uid"] ?? "")-\(request.pathParameters["task"] ?? "")".utf8))
            },
            Route(.GET, "/boom") { _ in throw CancellationError() },
            Route(.GET, "/conflict") { _ in throw HTTPError.conflict("taken") },
        ], logger: Logger(label: "test", level: .off))

    private func body(_ response: Response) -> String { String(decoding: response.body, as: UTF8.self) }

    private func text(_ method: HTTPMethod, _ target: String) async -> String {
        body(await router.respond(to: request(method, target)))
    }

    func testStaticAndParameterRoutes() async {
        let root = await text(.GET, "/")
        XCTAssertEqual(root, "root")
        let list = await text(.GET, "/api/u1/tasks")
        XCTAssertEqual(list, "list u1")
        let task = await text(.GET, "/api/u1/tasks/42?x=1")
        XCTAssertEqual(task, "u1|42")
        let complete = await text(.PATCH, "/api/u1/tasks/7/complete")
        XCTAssertEqual(complete, "u1-7")
    }

    func testLiteralSegmentWinsOverParameter() async {
        let count = await text(.GET, "/api/u1/tasks/count")
        XCTAssertEqual(count, "count")
    }

    func testParametersArePercentDecodedAfterSplitting() async {
        let decoded = await text(.GET, "/api/a%2Fb/tasks/%C3%A9%20x")
        XCTAssertEqual(decoded, "a/b|é x")
    }

    func testNotFound() async {
        for target in ["/nope", "/api", "/api/u1/tasks/1/2", "/api//tasks", "/api/u1/tasks/"] {
            let response = await router.respond(to: request(.GET, target))
            XCTAssertEqual(response.status, 404, target)
            XCTAssertEqual(body(response), #"{"detail":"Not Found"}"#)
            XCTAssertEqual(response.headers["Content-Type"], "application/json")
        }
    }

    func testMethodNotAllowedListsAllow() async {
        let response = await router.respond(to: request(.DELETE, "/api/u1/tasks"))
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(body(response), #"{"detail":"Method Not Allowed"}"#)
        XCTAssertEqual(response.headers["Allow"], "GET, HEAD, POST, OPTIONS")
        let odd = await router.respond(to: request(HTTPMethod(rawValue: "BREW"), "/api/u1/tasks"))
        XCTAssertEqual(odd.status, 405)
    }

    func testHeadUsesGetAndOptionsAnswersAllow() async {
        let head = await text(.HEAD, "/api/u1/tasks")
        XCTAssertEqual(head, "list u1")
        let options = await router.respond(to: request(.OPTIONS, "/api/u1/tasks/9/complete"))
        XCTAssertEqual(options.status, 204)
        XCTAssertEqual(options.headers["Allow"], "PATCH, OPTIONS")
    }

    func testThrownErrors() async {
        let opaque = await router.respond(to: request(.GET, "/boom"))
        XCTAssertEqual(opaque.status, 500)
        XCTAssertEqual(body(opaque), #"{"detail":"Internal Server Error"}"#)
        let known = await router.respond(to: request(.GET, "/conflict"))
        XCTAssertEqual(known.status, 409)
        XCTAssertEqual(body(known), #"{"detail":"taken"}"#)
    }
}
