import Foundation
import Generator
import XCTest

/// Issue 12 § 5: a name Swift or the runtime already uses either generates code that compiles
/// (the `keywords` fixture, built as the `KeywordsAPIFixture` target) or is refused where it is
/// written, with a replacement to use. Model names are PascalCase, so only `Any`, `Self`, `Type`
/// and `Protocol` are keywords as written; the lowerCamelCase variable a model gets in generated
/// routes is escaped like a field (models `Init`, `Inout`, `Default`, `Unsafe` in the fixture).
final class ReservedNameTests: XCTestCase {
    /// Every keyword of The Swift Programming Language's lexical structure, contextual ones too.
    static let keywords = """
        associatedtype borrowing class consuming deinit enum extension fileprivate func import init inout internal let
        nonisolated open operator precedencegroup private protocol public rethrows static struct subscript typealias var
        break case catch continue default defer do else fallthrough for guard if in repeat return throw switch where while
        Any as await false is nil self Self super throws true try
        associativity async convenience didSet dynamic final get indirect infix lazy left mutating none nonmutating
        optional override package postfix precedence prefix Protocol required right set some Type unowned weak willSet
        any consume copy discard each macro sending then isolated actor unsafe
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    func testKeywordsFixture() throws {
        let output = try FixtureSupport.run(case: "keywords")
        XCTAssertFalse(output.diagnostics.hasErrors, output.diagnostics.rendered)
        try FixtureSupport.assertMatches(output.files, expected: FixtureSupport.fixtures.appendingPathComponent("keywords/expected"))
    }

    func testEverySwiftKeywordIsCompiledOrRefusedWithALocatedError() throws {
        let fixture = try String(contentsOf: FixtureSupport.fixtures.appendingPathComponent("keywords/spec.yaml"), encoding: .utf8)
        let enumLine = try XCTUnwrap(fixture.split(separator: "\n").first { $0.hasPrefix("  Keyword: [") })
        let enumValues = Set(
            enumLine.dropFirst("  Keyword: [".count).dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        for keyword in Self.keywords {
            let snake = keyword.lowercased()
            let spec = """
                api: { name: K, version: 1.0.0, module: KAPI }
                enums:
                  Choice: [\(snake)]
                models:
                  \(keyword.prefix(1).uppercased() + keyword.dropFirst()):
                    fields:
                      id: { type: int, primary_key: true, default: identity }
                      \(snake): { type: Choice }
                """
            let input = GeneratorPipeline.Input(
                specPath: "spec/k.yaml", specBytes: Array(spec.utf8), templates: try FixtureSupport.templates())
            let diagnostics = GeneratorPipeline.run(input).diagnostics
            if diagnostics.hasErrors {
                for line in diagnostics.rendered.split(separator: "\n").dropLast() {
                    XCTAssertTrue(line.hasPrefix("spec/k.yaml:"), "\(keyword): unlocated error \(line)")
                    XCTAssertTrue(line.contains("rename it, e.g. '"), "\(keyword): no suggestion in \(line)")
                }
            } else {
                XCTAssertTrue(
                    fixture.contains("\n      \(snake): {"), "\(keyword): generated, but no field of the compiled fixture is named so")
                XCTAssertTrue(enumValues.contains(snake), "\(keyword): generated, but no enum value of the compiled fixture is named so")
            }
        }
    }
}
