/// libFuzzer entry for the template engine (built by `bench/fuzz.sh template SECONDS`): the
/// input is template text, parsed and rendered against a small fixed context with partials that
/// include one another and the input itself.
///
/// Besides "never crash, never hang, never leak", it checks that every error names a line of
/// the input (or of a fixed partial), and that rendering is deterministic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateEngine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = source.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    let template: Template
    do {
        template = try Template(source: source, name: "fuzz")
    } catch {
        if error.template != "fuzz" || error.line < 1 || error.line > lines { fatalError("parse error outside the input: \(error)") }
        return 0
    }
    var partials = FuzzFixture.partials
    partials["fuzz"] = template
    let first = Result { () throws(TemplateError) in try template.render(FuzzFixture.context, partials: partials) }
    let second = Result { () throws(TemplateError) in try template.render(FuzzFixture.context, partials: partials) }
    switch (first, second) {
    case (.success(let a), .success(let b)):
        if a != b { fatalError("rendering is not deterministic") }
    case (.failure(let a), .failure(let b)):
        if a.description != b.description { fatalError("errors differ: \(a) vs \(b)") }
        let limit = a.template == "fuzz" ? lines : 3
        if a.line < 1 || a.line > limit { fatalError("render error outside its template: \(a)") }
    default:
        fatalError("one render failed, the other did not")
    }
    return 0
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = (FuzzFixture.context, FuzzFixture.partials)  // built before the first input
    return 0
}

/// The fixed context and partials, built once for the whole run (exempt from leak checks in
/// lsan.supp: LeakSanitizer does not see Swift's spare-bit-tagged enum payload pointers).
enum FuzzFixture {
    static let context = TemplateValue.object([
        "name": .string("Task"),
        "empty": .string(""),
        "flag": .bool(true),
        "off": .bool(false),
        "items": .list([.string("a"), .object(["name": .string("b"), "items": .list([.string("c")])])]),
        "none": .list([]),
        "nested": .object(["name": .string("inner"), "flag": .bool(false), "items": .list([.bool(true), .bool(false)])]),
    ])

    static let partials: [String: Template] = {
        do {
            return [
                "line": try Template(source: "{{name}}\n", name: "line"),
                "loop": try Template(source: "{{#each items}}\n  {{> line}}\n{{/each}}\n", name: "loop"),
                "back": try Template(source: "{{#if flag}}{{> fuzz}}{{/if}}", name: "back"),
            ]
        } catch {
            fatalError("fixed partials do not parse: \(error)")
        }
    }()
}
