/// Builds the node tree from libyaml's events: a stack of open collections plus the anchors
/// seen so far. Pure state machine, no C calls; `YAMLLoader` feeds it.
struct YAMLTreeBuilder {
    /// Whether the loader should keep feeding events.
    enum Progress { case proceed, stop }

    /// A node and the number of nodes it stands for (itself plus all descendants, keys included),
    /// which is what an alias to it costs.
    private typealias Built = (node: YAMLNode, size: Int)

    private struct MappingFrame {
        var mapping: YAMLMapping
        var anchor: String?
        var size = 1
        /// Nil while a key is expected; `.some(nil)` when the value after a rejected key is dropped.
        var pendingKey: YAMLScalar??
        var firstKeyLocation: [String: SourceLocation] = [:]
    }

    private struct SequenceFrame {
        var sequence: YAMLSequence
        var anchor: String?
        var size = 1
    }

    private enum Frame {
        case mapping(MappingFrame)
        case sequence(SequenceFrame)
    }

    let maxNodes: Int
    let maxDepth: Int
    private(set) var root: YAMLNode?
    private(set) var diagnostics = Diagnostics()
    private var stack: [Frame] = []
    private var anchors: [String: Built] = [:]
    private var openAnchors: Set<String> = []
    private var producedNodes = 0
    private var documents = 0

    init(maxNodes: Int, maxDepth: Int) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    mutating func handle(_ event: LibYAMLEvent) -> Progress {
        switch event {
        case .streamStart, .documentEnd: return .proceed
        case .streamEnd: return .stop
        case .documentStart(let at): return startDocument(at: at)
        case .scalar(let value, let isPlain, let anchor, let at):
            guard count(1, at: at) == .proceed else { return .stop }
            return finish((.scalar(YAMLScalar(value: value, isPlain: isPlain, location: at)), 1), anchor: anchor)
        case .alias(let anchor, let at): return resolveAlias(anchor, at: at)
        case .sequenceStart(let anchor, let at):
            return open(
                .sequence(SequenceFrame(sequence: YAMLSequence(items: [], location: at), anchor: anchor)),
                anchor: anchor, at: at)
        case .mappingStart(let anchor, let at):
            return open(
                .mapping(MappingFrame(mapping: YAMLMapping(entries: [], location: at), anchor: anchor)), anchor: anchor,
                at: at)
        case .sequenceEnd, .mappingEnd: return close()
        }
    }

    private mutating func startDocument(at location: SourceLocation) -> Progress {
        documents += 1
        guard documents == 1 else {
            diagnostics.error("a spec file must hold exactly one YAML document; a second one starts here", at: location)
            return .stop
        }
        return .proceed
    }

    /// Charges `nodes` against the expansion budget; a document that explodes through aliases
    /// stops here, long before memory or a later pass that walks the tree would suffer.
    private mutating func count(_ nodes: Int, at location: SourceLocation) -> Progress {
        producedNodes += nodes
        guard producedNodes <= maxNodes else {
            diagnostics.error("alias expansion exceeds \(maxNodes) nodes (a 'billion laughs' document?)", at: location)
            return .stop
        }
        return .proceed
    }

    private mutating func resolveAlias(_ anchor: String, at location: SourceLocation) -> Progress {
        guard let target = anchors[anchor] else {
            let message =
                openAnchors.contains(anchor)
                ? "alias '*\(anchor)' refers to a node that contains it; recursive aliases are not supported"
                : "undefined alias '*\(anchor)'\(Suggestion.didYouMean(anchor, among: anchors.keys.sorted()))"
            diagnostics.error(message, at: location)
            return .stop
        }
        guard count(target.size, at: location) == .proceed else { return .stop }
        return finish(target, anchor: nil)
    }

    private mutating func open(_ frame: Frame, anchor: String?, at location: SourceLocation) -> Progress {
        guard count(1, at: location) == .proceed else { return .stop }
        guard stack.count < maxDepth else {
            diagnostics.error("nesting deeper than \(maxDepth) levels is not supported", at: location)
            return .stop
        }
        if let anchor { openAnchors.insert(anchor) }
        stack.append(frame)
        return .proceed
    }

    private mutating func close() -> Progress {
        guard let frame = stack.popLast() else { return .proceed }
        switch frame {
        case .mapping(let mapping): return finish((.mapping(mapping.mapping), mapping.size), anchor: mapping.anchor)
        case .sequence(let sequence):
            return finish((.sequence(sequence.sequence), sequence.size), anchor: sequence.anchor)
        }
    }

    /// A node is complete: remember it under its anchor and hand it to its parent.
    private mutating func finish(_ built: Built, anchor: String?) -> Progress {
        if let anchor {
            anchors[anchor] = built
            openAnchors.remove(anchor)
        }
        guard let top = stack.popLast() else {
            root = built.node
            return .proceed
        }
        switch top {
        case .sequence(var frame):
            frame.sequence.items.append(built.node)
            frame.size += built.size
            stack.append(.sequence(frame))
        case .mapping(var frame):
            add(built, to: &frame)
            stack.append(.mapping(frame))
        }
        return .proceed
    }

    private mutating func add(_ built: Built, to frame: inout MappingFrame) {
        guard let pending = frame.pendingKey else {
            frame.pendingKey = .some(acceptKey(built.node, in: &frame))
            frame.size += built.size
            return
        }
        if let key = pending {
            frame.mapping.entries.append((key: key, value: built.node))
            frame.size += built.size
        }
        frame.pendingKey = nil
    }

    /// The key to store the next value under, or nil (after reporting why) when the entry is dropped.
    private mutating func acceptKey(_ node: YAMLNode, in frame: inout MappingFrame) -> YAMLScalar? {
        guard case .scalar(let key) = node else {
            diagnostics.error("mapping keys must be scalars, found \(node.kindName)", at: node.location)
            return nil
        }
        if key.isPlain, key.value == "<<" {
            diagnostics.error("merge keys ('<<') are not supported", at: key.location)
            return nil
        }
        if let first = frame.firstKeyLocation[key.value] {
            let note = Diagnostic(.note, "'\(key.value)' was first defined here", at: first)
            diagnostics.error("duplicate key '\(key.value)'", at: key.location, notes: [note])
            return nil
        }
        frame.firstKeyLocation[key.value] = key.location
        return key
    }
}
