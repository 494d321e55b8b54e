import XCTest

@testable import Generator

final class YAMLLoaderTests: XCTestCase {
    private func load(_ text: String) -> (root: YAMLNode?, diagnostics: Diagnostics) {
        YAMLLoader.load(Array(text.utf8), file: "spec/todo.yaml")
    }

    /// The rendered diagnostics of a document that must fail, asserting it produced no tree.
    private func errors(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let result = load(text)
        XCTAssertNil(result.root, "a document with errors must not produce a tree", file: file, line: line)
        XCTAssertTrue(result.diagnostics.hasErrors, file: file, line: line)
        return result.diagnostics.rendered
    }

    private func mapping(_ node: YAMLNode?) -> YAMLMapping? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "spec/todo.yaml", line: line, column: column)
    }

    // MARK: - Trees and locations

    func testNestedNodesCarryOneBasedLocations() throws {
        let text = """
            # a comment
            models:
              Task:
                fields:
                  - title: string
                  - "done": { type: bool, default: false }
            tags: [a, 'b']
            """
        let result = load(text)
        XCTAssertEqual(result.diagnostics.items, [])
        let root = try XCTUnwrap(mapping(result.root))
        XCTAssertEqual(root.location, at(2, 1))
        XCTAssertEqual(root.entries.map(\.key.value), ["models", "tags"])
        let task = try XCTUnwrap(mapping(mapping(root.entries[0].value)?.entries.first?.value))
        XCTAssertEqual(task.location, at(4, 5))
        guard case .sequence(let fields) = task.entries[0].value else { return XCTFail("fields is not a list") }
        XCTAssertEqual(fields.location, at(5, 7))
        XCTAssertEqual(fields.items.map(\.kindName), ["a mapping", "a mapping"])
        let done = try XCTUnwrap(mapping(fields.items[1]))
        XCTAssertEqual(done.entries[0].key, YAMLScalar(value: "done", isPlain: false, location: at(6, 9)))
        let flow = try XCTUnwrap(mapping(done.entries[0].value))
        XCTAssertEqual(flow.location, at(6, 17))
        guard case .scalar(let defaultValue) = flow.entries[1].value else { return XCTFail() }
        XCTAssertEqual(defaultValue, YAMLScalar(value: "false", isPlain: true, location: at(6, 40)))
        guard case .sequence(let tags) = root.entries[1].value else { return XCTFail() }
        XCTAssertEqual(tags.location, at(7, 7))
        guard case .scalar(let b) = tags.items[1] else { return XCTFail() }
        XCTAssertEqual(b, YAMLScalar(value: "b", isPlain: false, location: at(7, 11)))
    }

    func testColumnsCountUnicodeScalars() throws {
        let root = try XCTUnwrap(mapping(load("é: ünïcode\nnext: 1\n").root))
        guard case .scalar(let value) = root.entries[0].value else { return XCTFail() }
        XCTAssertEqual(value.location, at(1, 4))
        XCTAssertEqual(value.value, "ünïcode")
    }

    func testBlockScalarsMayContainTabs() throws {
        let root = try XCTUnwrap(mapping(load("sql: |\n  SELECT 1\n  \tFROM t\n").root))
        guard case .scalar(let sql) = root.entries[0].value else { return XCTFail() }
        XCTAssertEqual(sql.value, "SELECT 1\n\tFROM t\n")
        XCTAssertFalse(sql.isPlain)
    }

    func testPlainnessSeparatesQuotedAndTaggedStrings() throws {
        let root = try XCTUnwrap(mapping(load("a: 12\nb: '12'\nc: !!str 12\nd: true\n").root))
        let flags = root.entries.map { entry -> Bool in
            guard case .scalar(let scalar) = entry.value else { return false }
            return scalar.isPlain
        }
        XCTAssertEqual(flags, [true, false, false, true])
    }

    func testKindNames() {
        let location = at(1, 1)
        XCTAssertEqual(YAMLNode.scalar(YAMLScalar(value: "", isPlain: true, location: location)).kindName, "a scalar")
        XCTAssertEqual(YAMLNode.mapping(YAMLMapping(entries: [], location: location)).kindName, "a mapping")
        XCTAssertEqual(YAMLNode.sequence(YAMLSequence(items: [], location: location)).kindName, "a list")
    }

    // MARK: - Anchors and aliases

    func testAliasesResolveToTheAnchoredSubtree() throws {
        let text = """
            base: &base
              type: string
              max: 200
            title: *base
            names: [&n x, *n]
            """
        let result = load(text)
        XCTAssertEqual(result.diagnostics.items, [])
        let root = try XCTUnwrap(mapping(result.root))
        let title = try XCTUnwrap(mapping(root.entries[1].value))
        XCTAssertEqual(title.entries.map(\.key.value), ["type", "max"])
        // An anchored node starts at its anchor; an alias carries the anchored node's locations.
        XCTAssertEqual(title.location, at(1, 7))
        XCTAssertEqual(title.entries[0].key.location, at(2, 3))
        guard case .sequence(let names) = root.entries[2].value, case .scalar(let second) = names.items[1] else {
            return XCTFail()
        }
        XCTAssertEqual(second.value, "x")
    }

    func testUndefinedAndRecursiveAliases() {
        XCTAssertEqual(
            errors("a: &base 1\nb: *bsae\n"),
            "spec/todo.yaml:2:4: error: undefined alias '*bsae'; did you mean 'base'?\n1 error generated.\n")
        XCTAssertEqual(
            errors("a: &x [1, *x]\n"),
            """
            spec/todo.yaml:1:11: error: alias '*x' refers to a node that contains it; recursive aliases are not supported
            1 error generated.

            """)
    }

    func testBillionLaughsFailsFastWithBoundedWork() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        let start = ContinuousClock.now
        let rendered = errors(lines.joined(separator: "\n") + "\n")
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
        XCTAssertEqual(
            rendered,
            """
            spec/todo.yaml:6:10: error: alias expansion exceeds 100000 nodes (a 'billion laughs' document?)
            1 error generated.

            """)
    }

    func testWideAliasFanOutIsBounded() {
        let big = "big: &big [" + Array(repeating: "x", count: 1_000).joined(separator: ", ") + "]\n"
        let uses = (0..<200).map { "u\($0): *big" }.joined(separator: "\n")
        let rendered = errors(big + uses + "\n")
        XCTAssertTrue(rendered.hasPrefix("spec/todo.yaml:100:6: error: alias expansion exceeds 100000 nodes"), rendered)
    }

    func testDeepNestingIsRejected() {
        let text = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        XCTAssertEqual(
            errors(text),
            "spec/todo.yaml:1:201: error: nesting deeper than 200 levels is not supported\n1 error generated.\n")
    }

    // MARK: - Errors

    func testEmptySpecs() {
        let expected = "spec/todo.yaml:1:1: error: the spec is empty\n1 error generated.\n"
        XCTAssertEqual(errors(""), expected)
        XCTAssertEqual(errors("# only a comment\n\n   \n"), expected)
        XCTAssertEqual(errors("---\n"), expected)
    }

    func testInvalidUTF8IsLocatedAtTheFirstBadByte() {
        let bytes: [UInt8] = Array("name: é\nnote: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = YAMLLoader.load(bytes, file: "spec/todo.yaml")
        XCTAssertNil(result.root)
        XCTAssertEqual(
            result.diagnostics.rendered,
            "spec/todo.yaml:2:7: error: the file is not valid UTF-8 (byte 0xC3)\n1 error generated.\n")
        let overlong = YAMLLoader.load([0x61, 0x3A, 0x20, 0xC0, 0xAF], file: "x.yaml")
        XCTAssertEqual(overlong.diagnostics.items.first?.location, SourceLocation(file: "x.yaml", line: 1, column: 4))
    }

    func testTabsUsedForIndentation() {
        let expected = { (line: Int, column: Int) in
            "spec/todo.yaml:\(line):\(column): error: tabs are not allowed for indentation; use spaces\n1 error generated.\n"
        }
        XCTAssertEqual(errors("models:\n\tTask: {}\n"), expected(2, 1))
        XCTAssertEqual(errors("models:\n  Task: {}\n\tTag: {}\n"), expected(3, 1))
        XCTAssertEqual(errors("models:\n  \tTask: {}\n"), expected(2, 3))
        XCTAssertEqual(errors("- a\n-\tb\n"), expected(2, 2))
    }

    func testSyntaxErrorsAreTranslatedAndLocated() {
        XCTAssertEqual(
            errors("title: a: b\n"),
            """
            spec/todo.yaml:1:9: error: unexpected ':'; quote a value that contains ': ', or check the indentation of this line
            1 error generated.

            """)
        XCTAssertEqual(
            errors("a:\n  b: 1\n c: 2\n"),
            """
            spec/todo.yaml:3:2: error: expected a key here; check that this line lines up with the other keys of its mapping
            spec/todo.yaml:1:1: note: in the mapping that starts here
            1 error generated.

            """)
        XCTAssertEqual(
            errors("a:\n  - x\n  y: 1\n"),
            """
            spec/todo.yaml:3:3: error: expected a list item ('- ') here; check the indentation of this line
            spec/todo.yaml:2:3: note: in the list that starts here
            1 error generated.

            """)
        XCTAssertEqual(
            errors("a: [1, 2\n"),
            """
            spec/todo.yaml:2:1: error: expected ',' or ']' to continue or close the '[' list
            spec/todo.yaml:1:4: note: the '[' list starts here
            1 error generated.

            """)
        XCTAssertEqual(
            errors("a: \"open\n"),
            "spec/todo.yaml:1:4: error: this quoted string is never closed\n1 error generated.\n")
        XCTAssertEqual(
            errors("a: @x\n"),
            "spec/todo.yaml:1:4: error: '@' cannot start a value; put the value in quotes\n1 error generated.\n")
        XCTAssertEqual(
            errors("a: \u{1}\n"),
            "spec/todo.yaml:1:4: error: control characters are not allowed in YAML (U+0001)\n1 error generated.\n")
        XCTAssertEqual(
            errors("  a: 1\nb: 2\n"),
            """
            spec/todo.yaml:2:1: error: this line does not line up with the rest of the document; check its indentation
            1 error generated.

            """)
    }

    /// Found by `bench/fuzz.sh yaml`: at the end of a file without a final line break libyaml
    /// moves its mark to a line that does not exist (here 6 of a 5-line file).
    func testAnErrorAtTheEndOfTheLastLineIsLocatedOnIt() {
        XCTAssertEqual(
            errors("api:\n  npi:\n  name: Tabs\nmields: {}\na"),
            """
            spec/todo.yaml:5:2: error: expected ':' after this key (a key must fit on one line)
            spec/todo.yaml:5:1: note: in the key that starts here
            1 error generated.

            """)
        // libyaml's mark index counts characters, so the end is not found by comparing it with bytes.
        let result = load("key: &a [zheuuidr: {x: &b y, key: &a [zheuuidr: {x: &b y, z:z: \u{5A6}} ")
        XCTAssertEqual(result.diagnostics.sorted.map { $0.location?.line }, [1], result.diagnostics.rendered)
    }

    /// Found by `bench/fuzz.sh yaml`: libyaml breaks lines at CR, NEL, LS and PS as well as LF,
    /// and the loader's own byte locator must count lines the same way.
    func testEveryYAMLLineBreakCountsInBothKindsOfLocation() {
        XCTAssertEqual(
            errors("a: 1\rb: \u{7}\r"),
            "spec/todo.yaml:2:4: error: control characters are not allowed in YAML (U+0007)\n1 error generated.\n")
        var bytes = Array("a: 1\r\nb: 2\u{2028}c: ".utf8)
        bytes.append(0xFF)
        let result = YAMLLoader.load(bytes, file: "spec/todo.yaml")
        XCTAssertEqual(
            result.diagnostics.rendered, "spec/todo.yaml:3:4: error: the file is not valid UTF-8 (byte 0xFF)\n1 error generated.\n")
    }

    func testDuplicateKeysAreAllReportedWithTheFirstDefinition() {
        XCTAssertEqual(
            errors("title: 1\ndone: 2\n\"title\": 3\nnested:\n  x: 1\n  x: 2\n"),
            """
            spec/todo.yaml:3:1: error: duplicate key 'title'
            spec/todo.yaml:1:1: note: 'title' was first defined here
            spec/todo.yaml:6:3: error: duplicate key 'x'
            spec/todo.yaml:5:3: note: 'x' was first defined here
            2 errors generated.

            """)
    }

    func testNonScalarKeysAndMergeKeys() {
        XCTAssertEqual(
            errors("? [a, b]\n: 1\nbase: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n"),
            """
            spec/todo.yaml:1:3: error: mapping keys must be scalars, found a list
            spec/todo.yaml:5:3: error: merge keys ('<<') are not supported
            2 errors generated.

            """)
        XCTAssertNotNil(mapping(load("'<<': quoted keys are plain strings\n").root))
    }

    func testMoreThanOneDocument() {
        XCTAssertEqual(
            errors("a: 1\n---\nb: 2\n"),
            """
            spec/todo.yaml:2:1: error: a spec file must hold exactly one YAML document; a second one starts here
            1 error generated.

            """)
    }

    func testGarbageNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab:- \n\t[]{},&*!|>'\"#%@?é".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<60, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? 0
            }
            let result = YAMLLoader.load(bytes, file: "fuzz.yaml")
            XCTAssertTrue(result.root != nil || result.diagnostics.hasErrors, String(decoding: bytes, as: UTF8.self))
        }
    }
}
