/// Reads one YAML document into a located node tree. Every problem becomes a diagnostic; nothing
/// in the input can crash it, hang it or make it allocate without bound.
public enum YAMLLoader {
    /// Aliases can make a tiny file stand for an exponential tree; past this many nodes the
    /// document is rejected. Real specs are a few thousand nodes.
    public static let maxNodes = 100_000
    /// Bounds recursion in every later pass that walks the tree.
    public static let maxDepth = 200

    /// Parses one YAML document. Never crashes; every problem becomes a located diagnostic.
    public static func load(_ bytes: [UInt8], file: String) -> (root: YAMLNode?, diagnostics: Diagnostics) {
        let locator = ByteLocator(bytes: bytes, file: file)
        var diagnostics = Diagnostics()
        if let offset = UTF8Check.firstInvalidByte(in: bytes) {
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            diagnostics.error("the file is not valid UTF-8 (byte \(byte))", at: locator.location(ofByte: offset))
            return (nil, diagnostics)
        }
        var builder = YAMLTreeBuilder(maxNodes: maxNodes, maxDepth: maxDepth)
        var reader = LibYAMLEventReader(bytes: bytes, file: file)
        var failed = false
        loop: while true {
            switch reader.next() {
            case .success(let event):
                if builder.handle(event) == .stop { break loop }
            case .failure(let error):
                diagnostics.append(YAMLSyntaxError.diagnostic(for: error, in: bytes, file: file))
                failed = true
                break loop
            }
        }
        diagnostics.append(contentsOf: builder.diagnostics)
        if !failed, !builder.diagnostics.hasErrors, isEmpty(builder.root) {
            diagnostics.error("the spec is empty", at: locator.location(ofByte: 0))
        }
        return (diagnostics.hasErrors ? nil : builder.root, diagnostics)
    }

    /// No document at all, or one holding only an implicit null (a file of comments, or `---`).
    private static func isEmpty(_ root: YAMLNode?) -> Bool {
        guard let root else { return true }
        if case .scalar(let scalar) = root, scalar.isPlain, scalar.value.isEmpty || scalar.value == "~" {
            return true
        }
        return false
    }
}
