import Foundation
import XCTest

@testable import Generator

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

    /// `Names.local` steps around `Names.generatedLocals`, so that list must hold every name the
    /// route closures and store methods declare themselves: in every golden fixture, a binding
    /// (`let`, `var`, `case .value(let x)`, a closure's or a loop's), a store property, or a
    /// parameter of a store method or a routes function that no spec name of that fixture spells
    /// must be in it. A template that adds one fails here until the list has it. (A name that is
    /// also a spec word of a fixture is checked through the other fixtures.)
    func testTheGeneratedCodesOwnLocalsAreAllInGeneratedLocals() throws {
        // Not `static let`: a statement or an access rule is a member of a nested type, not a local.
        let binding = try NSRegularExpression(pattern: #"(?<!static )\b(?:let|var) ([a-z][A-Za-z0-9]*)\b"#)
        let closure = try NSRegularExpression(pattern: #"\{ *([a-z][A-Za-z0-9]*(?:, *[a-z][A-Za-z0-9]*)*) in\b"#)
        let loop = try NSRegularExpression(pattern: #"\bfor ([a-z][A-Za-z0-9]*) in\b"#)
        let parameter = try NSRegularExpression(pattern: #"(?:^|, )(?:[A-Za-z_]+ )?([a-z][A-Za-z0-9]*): "#)
        // Store methods and the functions that make routes: their parameters are in scope of the
        // bodies that read spec-named values (decoders and writers read members only).
        let function = try NSRegularExpression(pattern: #"(?:nonisolated\(nonsending\) func|static func \w*[rR]outes)\b[^(]*\("#)
        func matches(_ pattern: NSRegularExpression, _ text: String) -> [String] {
            pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { match in
                (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
            }
        }
        var unlisted: [String: String] = [:]
        var seen: Set<String> = []
        var scanned = 0
        for fixture in try FileManager.default.contentsOfDirectory(atPath: FixtureSupport.fixtures.path).sorted() {
            let directory = FixtureSupport.fixtures.appendingPathComponent(fixture)
            let sources = directory.appendingPathComponent("expected/Sources")
            guard let spec = try? String(contentsOf: directory.appendingPathComponent("spec.yaml"), encoding: .utf8),
                let modules = try? FileManager.default.contentsOfDirectory(atPath: sources.path)
            else { continue }
            // The Swift names of the spec's own words: fields (keys, tenants, parents), path and
            // query parameters, relations and their targets' parameters, models' rows.
            let model = try Snippet.model(spec, header: false)
            var words: [String] = []
            for entity in model.entities { words += [Names.snake(entity.name)] + entity.attributes.map(\.name) }
            for resource in model.resources { words += [resource.itemParam] + resource.links.flatMap { [$0.name, $0.targetParam] } }
            for endpoint in model.endpoints { words += endpoint.params.map(\.name) + endpoint.query.map(\.name) }
            let specNames = Set(words.map { Names.swiftBare(Names.swiftProperty($0)) })
            for module in modules {
                let generated = sources.appendingPathComponent(module + "/Generated")
                for file in try FileManager.default.contentsOfDirectory(atPath: generated.path)
                where (file.hasSuffix("Routes.swift") && file != "AuthRoutes.swift") || file.hasSuffix("Store.swift") || file == "API.swift"
                {
                    var lines = try String(contentsOf: generated.appendingPathComponent(file), encoding: .utf8)
                        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    if file == "API.swift" {  // only the custom endpoints' closures read parameters
                        guard let start = lines.firstIndex(where: { $0.contains("static func customRoutes") }) else { continue }
                        lines = Array(lines[start...].prefix { $0 != "    }" })
                    }
                    scanned += 1
                    var names: [String] = []
                    for line in lines where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                        let code = line.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
                        let body = code.hasPrefix("        ")
                        let storeProperty =
                            file.hasSuffix("Store.swift") && code.range(of: #"^    (public )?let "#, options: .regularExpression) != nil
                        if body || storeProperty {
                            names += matches(binding, code) + matches(loop, code)
                            names += matches(closure, code).flatMap {
                                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                            }
                        }
                        guard let head = function.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)),
                            let open = Range(head.range, in: code)?.upperBound
                        else { continue }
                        // The parameter list, up to its closing parenthesis; what a tuple type holds is
                        // blanked (`after: ((value: String, key: String))?` names no `key`).
                        var depth = 1
                        var list = ""
                        for character in code[open...] {
                            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                            if depth == 0 { break }
                            list.append(depth == 1 ? character : "T")
                        }
                        names += matches(parameter, list)
                    }
                    seen.formUnion(names)
                    for name in names where !specNames.contains(name) && !Names.generatedLocals.contains(name) {
                        unlisted[name] = "\(fixture)/\(file)"
                    }
                }
            }
        }
        XCTAssertGreaterThan(scanned, 20, "the golden fixtures' routes and stores were not found")
        XCTAssertTrue(
            seen.isSuperset(of: ["request", "validator", "binds", "database", "context", "keys", "moved", "plain", "query"]),
            "the scan misses kinds of names: \(seen.sorted())")
        XCTAssertEqual(unlisted, [:], "add these to Names.generatedLocals (a spec value named so would be shadowed)")
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
