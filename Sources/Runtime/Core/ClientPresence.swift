import Synchronization

/// Whether the client that sent the current request is still there, for work that is only
/// worth doing for someone who will read the answer (an Argon2id hash costs ~80 ms of a core).
///
/// The server keeps one per connection and binds it to each request's task (`current`); it
/// marks it gone when the connection closes, or when the client ends its side (EOF) while a
/// request is in flight, as Go's server cancels a request's context. A client that half-closes
/// on purpose still gets whatever answer its handler produces; only work that asks (`isGone`)
/// is skipped. Once gone, always gone.
public final class ClientPresence: Sendable {
    @TaskLocal public static var current: ClientPresence?

    private let gone = Atomic<Bool>(false)

    public init() {}

    public var isGone: Bool { gone.load(ordering: .relaxed) }

    public func markGone() {
        gone.store(true, ordering: .relaxed)
    }
}
