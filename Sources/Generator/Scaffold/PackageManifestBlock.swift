/// The part of `Package.swift` that `generate` maintains: the list of apps (one per spec), from
/// which the manifest's own code makes a library target and a server executable each. Between
/// the two marker lines, nothing is hand-written; everything else in the manifest is.
///
///     // generate:apps begin — …
///     let apps: [App] = [
///         App(spec: "spec/todo.yaml", module: "TodoAPI", server: "todo-server"),
///     ]
///     // generate:apps end
public enum PackageManifestBlock {
    public static let beginMarker = "// generate:apps begin"
    public static let endMarker = "// generate:apps end"

    /// The block for `apps`, markers included, sorted by spec path.
    public static func render(_ apps: [AppNames]) -> String {
        var lines = [beginMarker + " — maintained by `swift run generate` from spec/*.yaml; do not edit", "let apps: [App] = ["]
        for app in apps.sorted(by: { $0.specPath < $1.specPath }) {
            lines.append("    App(spec: \"\(app.specPath)\", module: \"\(app.module)\", server: \"\(app.server)\"),")
        }
        lines += ["]", endMarker]
        return lines.joined(separator: "\n")
    }

    /// `manifest` with its block replaced by the one for `apps`; nil when it has no block (a
    /// package that lists its targets by hand).
    public static func replacing(in manifest: String, with apps: [AppNames]) -> String? {
        guard let begin = manifest.range(of: beginMarker),
            let end = manifest.range(of: endMarker, range: begin.upperBound..<manifest.endIndex)
        else { return nil }
        let lineStart = manifest[..<begin.lowerBound].lastIndex(of: "\n").map { manifest.index(after: $0) } ?? manifest.startIndex
        return String(manifest[..<lineStart]) + render(apps) + String(manifest[end.upperBound...])
    }
}
