// swift-tools-version:6.0
import PackageDescription

/// The generator (spec → Swift, SQL, OpenAPI), the runtime it targets (HTTP server, Postgres pool,
/// auth), and the TODO server built from `spec/todo.yaml`. See README.md and docs/decisions/.
let package = Package(
    name: "SpecServer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "generate", targets: ["generate"]),
        .executable(name: "todo-server", targets: ["todo-server"]),
        .library(name: "Runtime", targets: ["Runtime"]),
    ],
    targets: [
        // C libraries from Debian, one wrapper file each in the Swift code.
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        // Linux declarations Glibc does not import (epoll, eventfd, accept4); header-only.
        .systemLibrary(name: "CLinux"),

        // The generator: YAML → spec AST → validated model → output IR → rendered files.
        .target(name: "Generator", dependencies: ["CYaml"]),
        .executableTarget(name: "generate", dependencies: ["Generator"]),

        // The runtime, one module per concern; `Runtime` re-exports them all.
        .target(name: "RuntimeCore", path: "Sources/Runtime/Core"),
        .target(name: "RuntimeJSON", dependencies: ["RuntimeCore"], path: "Sources/Runtime/JSON"),
        .target(name: "RuntimeHTTP", dependencies: ["RuntimeCore", "CLinux"], path: "Sources/Runtime/HTTP"),
        .target(name: "RuntimePostgres", dependencies: ["RuntimeCore", "CLibPQ"], path: "Sources/Runtime/Postgres"),
        .target(name: "RuntimeAuth", dependencies: ["RuntimeCore", "RuntimeJSON", "CSodium"], path: "Sources/Runtime/Auth"),
        .target(
            name: "Runtime",
            dependencies: ["RuntimeCore", "RuntimeJSON", "RuntimeHTTP", "RuntimePostgres", "RuntimeAuth"],
            path: "Sources/Runtime/App"
        ),

        // The TODO server: generated code plus hand-written handlers, and its thin executable.
        .target(name: "TodoAPI", dependencies: ["Runtime"]),
        .executableTarget(name: "todo-server", dependencies: ["TodoAPI"]),

        // The golden Swift output of the fixture specs must compile against the runtime too.
        .target(name: "BlogAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/blog/expected/Sources/BlogAPI/Generated"),
        .target(name: "OrdersAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/orders/expected/Sources/OrdersAPI/Generated"),
        // Every Swift keyword as a field and an enum value, and a model named `Task`.
        .target(name: "KeywordsAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/keywords/expected/Sources/KeywordsAPI/Generated"),

        .testTarget(
            name: "GeneratorTests",
            dependencies: ["Generator", "RuntimePostgres", "BlogAPIFixture", "OrdersAPIFixture", "KeywordsAPIFixture"],
            exclude: ["Fixtures"]
        ),
        // A blocking raw-socket HTTP client for the test targets that drive a real server.
        .target(name: "RawHTTPClient", path: "Tests/RawHTTPClient"),
        .testTarget(name: "HTTPTests", dependencies: ["RuntimeHTTP", "RawHTTPClient"]),
        .testTarget(name: "PostgresTests", dependencies: ["RuntimePostgres", "RuntimeHTTP", "RawHTTPClient"]),
        .testTarget(name: "JSONAuthTests", dependencies: ["RuntimeJSON", "RuntimeAuth"]),
        .testTarget(name: "TodoAPITests", dependencies: ["TodoAPI", "CSodium", "RawHTTPClient"]),
    ],
    swiftLanguageModes: [.v6]
)
