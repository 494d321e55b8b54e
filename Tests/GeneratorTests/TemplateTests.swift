import XCTest

@testable import Generator

final class TemplateTests: XCTestCase {
    private func render(
        _ source: String, _ context: TemplateValue, partials: [String: String] = [:]
    ) throws -> String {
        var compiled: [String: Template] = [:]
        for (name, text) in partials {
            compiled[name] = try Template(source: text, name: name)
        }
        return try Template(source: source, name: "test.tmpl").render(context, partials: compiled)
    }

    /// The error a template produces, parsing or rendering, as `name:line: message`.
    private func failure(
        _ source: String, _ context: TemplateValue = .object([:]), partials: [String: String] = [:]
    ) -> String {
        do {
            _ = try render(source, context, partials: partials)
            return "no error"
        } catch let error as TemplateError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
    }

    private let model: TemplateValue = .object([
        "name": .string("Task"),
        "table": .string("tasks"),
        "fields": .list([
            .object(["name": .string("id"), "type": .string("UUID"), "optional": .bool(false)]),
            .object(["name": .string("title"), "type": .string("String"), "optional": .bool(false)]),
            .object(["name": .string("dueAt"), "type": .string("Timestamp"), "optional": .bool(true)]),
        ]),
        "meta": .object(["spec": .string("spec/todo.yaml")]),
    ])

    func testVariablesDottedPathsAndCurrentItem() throws {
        XCTAssertEqual(try render("struct {{name}} // {{meta.spec}}", model), "struct Task // spec/todo.yaml")
        XCTAssertEqual(
            try render("{{#each tags}}[{{.}}]{{/each}}", .object(["tags": .list([.string("a"), .string("b")])])),
            "[a][b]")
        XCTAssertEqual(
            try render(
                "{{ flag }}/{{#each xs}}{{this}}{{/each}}", .object(["flag": .bool(true), "xs": .list([.string("x")])])),
            "true/x")
    }

    func testNothingIsEscaped() throws {
        XCTAssertEqual(try render("{{v}}", .object(["v": .string("<a href=\"x\">&'</a>")])), "<a href=\"x\">&'</a>")
    }

    func testLookupWalksOutwardThroughScopes() throws {
        XCTAssertEqual(
            try render("{{#each fields}}{{table}}.{{name}} {{/each}}", model),
            "tasks.id tasks.title tasks.dueAt ")
    }

    func testEachWithLoopVariables() throws {
        let source =
            "({{#each fields}}{{@index}}:{{name}}{{#if @first}}*{{/if}}{{#unless @last}}, {{/unless}}{{/each}})"
        XCTAssertEqual(try render(source, model), "(0:id*, 1:title, 2:dueAt)")
        XCTAssertEqual(try render("{{#each xs}}x{{else}}none{{/each}}", .object(["xs": .list([])])), "none")
    }

    func testIfElseAndUnlessTruthiness() throws {
        let source = "{{#if v}}yes{{else}}no{{/if}}/{{#unless v}}u{{/unless}}"
        XCTAssertEqual(try render(source, .object(["v": .bool(true)])), "yes/")
        XCTAssertEqual(try render(source, .object(["v": .bool(false)])), "no/u")
        XCTAssertEqual(try render(source, .object(["v": .string("x")])), "yes/")
        XCTAssertEqual(try render(source, .object(["v": .string("")])), "no/u")
        XCTAssertEqual(try render(source, .object(["v": .list([.bool(false)])])), "yes/")
        XCTAssertEqual(try render(source, .object(["v": .list([])])), "no/u")
        XCTAssertEqual(try render(source, .object(["v": .object([:])])), "yes/")
        XCTAssertEqual(try render("{{#unless v}}a{{else}}b{{/unless}}", .object(["v": .bool(true)])), "b")
    }

    func testStandaloneLinesAreRemoved() throws {
        let source = """
            public struct {{name}} {
                {{! stored properties }}
                {{#each fields}}
                {{#if optional}}
                public var {{name}}: {{type}}?
                {{else}}
                public var {{name}}: {{type}}
                {{/if}}
                {{/each}}
            }

            """
        XCTAssertEqual(
            try render(source, model),
            """
            public struct Task {
                public var id: UUID
                public var title: String
                public var dueAt: Timestamp?
            }

            """)
    }

    func testStandaloneRulesAtTheEdgesAndInline() throws {
        XCTAssertEqual(try render("{{#if t}}\nA\n{{/if}}", .object(["t": .bool(true)])), "A\n")
        XCTAssertEqual(try render("  {{#if t}}  \r\nA\n  {{/if}}  ", .object(["t": .bool(true)])), "A\n")
        // Tags sharing a line with text or another tag keep the line.
        XCTAssertEqual(try render("x {{#if t}}\nA\n{{/if}} y\n", .object(["t": .bool(true)])), "x \nA\n y\n")
        XCTAssertEqual(try render("{{#if t}}{{#if t}}\nA\n{{/if}}{{/if}}\n", .object(["t": .bool(true)])), "\nA\n\n")
        XCTAssertEqual(try render("a\n{{v}}\nb", .object(["v": .string("")])), "a\n\nb", "values are never standalone")
    }

    func testPartialsAreReindentedWhenStandalone() throws {
        let partials = [
            "field": "/// The {{name}}.\npublic var {{name}}: {{type}}\n\n",
            "list": "[{{#each fields}}{{name}}{{#unless @last}}, {{/unless}}{{/each}}]",
        ]
        let source = """
            struct {{name}} {
                {{#each fields}}
                {{> field}}
                {{/each}}
                static let all = {{> list}}
            }

            """
        XCTAssertEqual(
            try render(source, model, partials: partials),
            """
            struct Task {
                /// The id.
                public var id: UUID

                /// The title.
                public var title: String

                /// The dueAt.
                public var dueAt: Timestamp

                static let all = [id, title, dueAt]
            }

            """)
    }

    func testNestedPartialIndentationComposes() throws {
        let partials = ["outer": "do {\n    {{> inner}}\n}\n", "inner": "a()\nb()\n"]
        XCTAssertEqual(
            try render("func f() {\n    {{> outer}}\n}\n", .object([:]), partials: partials),
            "func f() {\n    do {\n        a()\n        b()\n    }\n}\n")
    }

    func testParseErrorsNameTheLine() {
        XCTAssertEqual(failure("a\n{{#each xs}}\nb\n"), "test.tmpl:2: '{{#each xs}}' is never closed")
        XCTAssertEqual(
            failure("{{#each xs}}\n{{#if y}}\n{{/each}}\n"),
            "test.tmpl:3: '{{/each}}' does not match '{{#if y}}' opened on line 2")
        XCTAssertEqual(failure("\n\n{{/if}}"), "test.tmpl:3: '{{/if}}' closes no open block")
        XCTAssertEqual(failure("{{else}}"), "test.tmpl:1: '{{else}}' outside of a block")
        XCTAssertEqual(
            failure("{{#if a}}{{else}}{{else}}{{/if}}"),
            "test.tmpl:1: a second '{{else}}' in '{{#if a}}' opened on line 1")
        XCTAssertEqual(failure("{{#iff a}}{{/iff}}"), "test.tmpl:1: unknown block '#iff'; did you mean 'if'?")
        XCTAssertEqual(failure("{{#each}}{{/each}}"), "test.tmpl:1: '{{#each}}' needs a name, as in '{{#each items}}'")
        XCTAssertEqual(failure("x\n{{name"), "test.tmpl:2: '{{' is never closed with '}}'")
        XCTAssertEqual(failure("{{a b}}"), "test.tmpl:1: invalid name 'a b'")
        XCTAssertEqual(failure("{{a..b}}"), "test.tmpl:1: invalid name 'a..b'")
        XCTAssertEqual(failure("{{@lats}}"), "test.tmpl:1: unknown loop variable '@lats'; did you mean '@last'?")
        XCTAssertEqual(failure("{{}}"), "test.tmpl:1: empty tag '{{}}'")
    }

    func testRenderErrorsAreStrict() {
        XCTAssertEqual(failure("\n{{nmae}}", model), "test.tmpl:2: unknown name 'nmae'; did you mean 'name'?")
        XCTAssertEqual(
            failure("{{meta.spce}}", model), "test.tmpl:1: 'meta' has no member 'spce'; did you mean 'spec'?")
        XCTAssertEqual(failure("{{name.x}}", model), "test.tmpl:1: 'name' is a string, not an object")
        XCTAssertEqual(
            failure("{{fields}}", model), "test.tmpl:1: '{{fields}}' is a list, which cannot be rendered as text")
        XCTAssertEqual(
            failure("{{#each name}}{{/each}}", model),
            "test.tmpl:1: '{{#each name}}' needs a list, but 'name' is a string")
        XCTAssertEqual(failure("{{#if missing}}{{/if}}", model), "test.tmpl:1: unknown name 'missing'")
        XCTAssertEqual(failure("{{@first}}", model), "test.tmpl:1: '@first' used outside of '{{#each}}'")
        XCTAssertEqual(
            failure("{{> feild}}", model, partials: ["field": ""]),
            "test.tmpl:1: unknown partial 'feild'; did you mean 'field'?")
        XCTAssertEqual(
            failure("{{#each fields}}\n{{> row}}\n{{/each}}", model, partials: ["row": "{{name}}{{typo}}"]),
            "row:1: unknown name 'typo'; did you mean 'type'?")
        XCTAssertEqual(
            failure("{{> loop}}", model, partials: ["loop": "{{> loop}}"]),
            "loop:1: partials nested more than 64 deep (does 'loop' include itself?)")
    }

    /// Nested loops multiply: 40 nested `{{#each}}` over two items would take 2⁴⁰ passes (a hang
    /// confirmed against the `bench/fuzz.sh template` build); the render stops with an error.
    func testNestedLoopsAreBounded() {
        let pair: TemplateValue = .object(["xs": .list([.bool(true), .bool(false)])])
        let source = String(repeating: "{{#each xs}}", count: 40) + "x" + String(repeating: "{{/each}}", count: 40)
        XCTAssertThrowsError(try Template(source: source, name: "t").render(pair, partials: [:], maxLoopPasses: 1000)) { error in
            XCTAssertEqual("\(error)", "t:1: more than 1000 loop passes in one render (are loops nested too deep?)")
        }
        XCTAssertEqual(TemplateRenderer.maxLoopPasses, 1_000_000)
    }

    func testTemplateIsReusable() throws {
        let template = try Template(source: "{{name}}", name: "n")
        XCTAssertEqual(try template.render(.object(["name": .string("a")])), "a")
        XCTAssertEqual(try template.render(.object(["name": .string("b")])), "b")
        XCTAssertEqual(template.name, "n")
    }

    /// A view model becomes the engine's value through its synthesized `Encodable`: strings and
    /// bools stay themselves, nested models are objects, arrays lists, an absent optional `false`.
    func testAViewModelBecomesATemplateValue() {
        struct Item: TemplateContext, Equatable {
            var name: String
        }
        struct View: TemplateContext, Equatable {
            var title: String
            var flag: Bool
            var missing: String?
            var present: Item?
            var absent: Item?
            var names: [String]
            var items: [Item]
            var empty: [Item] = []
        }
        let view = View(
            title: "t", flag: true, missing: nil, present: Item(name: "p"), absent: nil, names: ["a", "b"],
            items: [Item(name: "x")])
        XCTAssertEqual(
            view.templateValue,
            .object([
                "title": .string("t"), "flag": .bool(true), "missing": .bool(false), "present": .object(["name": .string("p")]),
                "absent": .bool(false), "names": .list([.string("a"), .string("b")]), "items": .list([.object(["name": .string("x")])]),
                "empty": .list([]),
            ]))
    }
}
