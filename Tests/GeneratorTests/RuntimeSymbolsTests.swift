import Foundation
import XCTest

@testable import Generator

/// `RuntimeSymbols` is the one list of runtime names generated code uses: every capitalised
/// identifier a Swift template writes (outside comments, tags and string literals) is one of
/// them, a standard-library or Foundation name, or a name the generator declares itself.
final class RuntimeSymbolsTests: XCTestCase {
    static let swiftNames: Set<String> = [
        "String", "Int", "Int32", "Bool", "Sendable", "Hashable", "CaseIterable", "Foundation", "Runtime", "Self",
    ]
    /// Declared by the generated code: the API enum, its parts, and `HTTPMethod` cases.
    static let generatedNames: Set<String> = Names.generatedTypeNames.union(["Handlers", "GET", "POST"])

    func testTemplatesNameOnlyKnownSymbols() throws {
        let directory = FixtureSupport.packageRoot.appendingPathComponent("Templates")
        for name in try FixtureSupport.files(under: directory) where name.hasPrefix("swift/") {
            let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for identifier in Self.capitalisedIdentifiers(in: source) {
                let known =
                    RuntimeSymbols.all.contains(identifier) || Self.swiftNames.contains(identifier)
                    || Self.generatedNames.contains(identifier)
                XCTAssertTrue(known, "\(name) names '\(identifier)': add it to RuntimeSymbols (or, for `Task`, spell `_Concurrency.Task`)")
            }
        }
    }

    static func capitalisedIdentifiers(in source: String) -> Set<String> {
        var found: Set<String> = []
        for line in source.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
            let code = line.replacingOccurrences(of: #"\{\{[^}]*\}\}|"[^"]*""#, with: " ", options: .regularExpression)
            let pattern = try? NSRegularExpression(pattern: #"\b[A-Z][A-Za-z0-9_]*\b"#)
            for match in pattern?.matches(in: code, range: NSRange(code.startIndex..., in: code)) ?? [] {
                if let range = Range(match.range, in: code) { found.insert(String(code[range])) }
            }
        }
        return found
    }
}
