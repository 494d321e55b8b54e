import Runtime

/// The executable's entry point, kept in the library so tests can start the same server.
public enum TodoServer {
    public static func main(arguments: [String]) async -> Int32 {
        await ServerMain.run(GeneratedAPI.self, handlers: TodoHandlers(), arguments: arguments)
    }
}
