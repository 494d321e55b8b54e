import Foundation
import Generator
import XCTest

/// Golden fixtures: `Fixtures/<case>/spec.yaml` with either `expected/` (every generated file,
/// paths relative to the package root) or `stderr.txt` (the full diagnostics of a failing spec).
/// `REGENERATE=1 swift test --filter GeneratorTests` rewrites them; review the diff, then commit.
enum FixtureSupport {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static var regenerate: Bool { ProcessInfo.processInfo.environment["REGENERATE"] == "1" }

    static func templates() throws -> TemplateSet {
        let directory = packageRoot.appendingPathComponent("Templates")
        var sources: [String: String] = [:]
        for path in try files(under: directory) where path.hasSuffix(".tmpl") {
            sources[path] = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
        }
        return try TemplateSet(sources: sources)
    }

    /// Relative paths of all files below `directory`, sorted.
    static func files(under directory: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                result.append(path)
            }
        }
        return result.sorted()
    }

    /// Generates a fixture. Its declared SQL's types come from the record among its expected
    /// files; regenerating asks Postgres again (`TestDatabase`).
    static func run(case name: String, specName: String? = nil) throws -> GeneratorPipeline.Output {
        let spec = try Data(contentsOf: fixtures.appendingPathComponent("\(name)/spec.yaml"))
        let specPath = "spec/\(specName ?? name).yaml"
        let record = fixtures.appendingPathComponent(
            "\(name)/expected/" + GeneratorPipeline.Layout(specPath: specPath, module: "").statementsPath)
        let input = GeneratorPipeline.Input(
            specPath: specPath, specBytes: [UInt8](spec), templates: try templates(),
            recordedStatements: regenerate ? nil : try? String(contentsOf: record, encoding: .utf8),
            statementDescriber: regenerate ? try TestDatabase.describer() : nil)
        return GeneratorPipeline.run(input)
    }

    /// Compares `files` with `expected/`, or rewrites it when regenerating; fails with a diff.
    static func assertMatches(_ files: [GeneratedFile], expected directory: URL, file: StaticString = #filePath, line: UInt = #line) throws
    {
        if regenerate {
            try? FileManager.default.removeItem(at: directory)
            try write(files, to: directory)
            return
        }
        let actual = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try write(files, to: actual)
        defer { try? FileManager.default.removeItem(at: actual) }
        let expectedFiles = try self.files(under: directory)
        let actualFiles = files.map(\.path).sorted()
        var same = expectedFiles == actualFiles
        if same {
            for path in actualFiles {
                let left = try Data(contentsOf: directory.appendingPathComponent(path))
                let right = try Data(contentsOf: actual.appendingPathComponent(path))
                if left != right {
                    same = false
                    break
                }
            }
        }
        if !same {
            XCTFail(
                "generated files differ from \(directory.path) (REGENERATE=1 rewrites them):\n" + diff(directory, actual), file: file,
                line: line)
        }
    }

    static func write(_ files: [GeneratedFile], to directory: URL) throws {
        for generated in files {
            let target = directory.appendingPathComponent(generated.path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(generated.contents.utf8).write(to: target)
        }
    }

    /// `git diff --no-index`, cut to a readable length.
    static func diff(_ expected: URL, _ actual: URL) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "diff", "--no-index", "--stat", "--patch", expected.path, actual.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return "(git diff unavailable: \(error))"
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data.prefix(12_000), as: UTF8.self)
    }
}
