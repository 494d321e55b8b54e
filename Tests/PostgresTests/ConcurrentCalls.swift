/// Runs `calls` child tasks at once, each calling `body` with its index, and returns their
/// outcomes in index order. Child tasks inherit the caller's executor: started from a handler,
/// they all run on that event loop (docs/decisions/0006).
func concurrentCalls<T: Sendable>(
    _ calls: Int, _ body: @escaping @Sendable (Int) async throws -> T
) async throws -> [Result<T, any Error>] {
    try await withThrowingTaskGroup(of: (Int, Result<T, any Error>).self) { group in
        for index in 0..<calls {
            group.addTask {
                do {
                    return (index, .success(try await body(index)))
                } catch {
                    return (index, .failure(error))
                }
            }
        }
        var results: [Result<T, any Error>?] = Array(repeating: nil, count: calls)
        for try await (index, result) in group { results[index] = result }
        return results.map { $0! }
    }
}
