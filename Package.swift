// swift-tools-version:6.0
import PackageDescription

/// One app per spec: its generated-plus-handwritten library `module` (Sources/<module>) and its
/// server executable `server` (Sources/<server>/main.swift).
struct App {
    let spec: String
    let module: String
    let server: String
}

// generate:apps begin — maintained by `swift run generate` from spec/*.yaml; do not edit
let apps: [App] = [
    App(spec: "spec/todo.yaml", module: "TodoAPI", server: "todo-server"),
]
// generate:apps end

/// The generator (spec → Swift, SQL, OpenAPI), the runtime it targets (HTTP server, Postgres pool,
/// auth), and the TODO server built from `spec/todo.yaml`. See README.md and docs/decisions/.
let package = Package(
    name: "SpecServer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "generate", targets: ["generate"]),
        .library(name: "Runtime", targets: ["Runtime"]),
    ] + apps.map { .executable(name: $0.server, targets: [$0.server]) },
    targets: [
        // C libraries from Debian, one wrapper file each in the Swift code.
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        // Linux declarations Glibc does not import (epoll, eventfd, accept4); header-only.
        .systemLibrary(name: "CLinux"),

        // The generator: YAML → spec AST → validated model → output IR → rendered files.
        // Declared SQL is checked by a real Postgres at generate time (docs/decisions/0012).
        .target(name: "Generator", dependencies: ["CYaml", "RuntimeCore", "RuntimePostgres", "RuntimeDevelopment"]),
        .executableTarget(name: "generate", dependencies: ["Generator"]),

        // The runtime, one module per concern; `Runtime` re-exports them all.
        // Every system call goes through `RuntimeSystem` (docs/decisions/0010).
        .target(name: "RuntimeSystem", dependencies: ["CLinux"], path: "Sources/Runtime/System"),
        .target(name: "RuntimeCore", dependencies: ["RuntimeSystem"], path: "Sources/Runtime/Core"),
        .target(name: "RuntimeJSON", dependencies: ["RuntimeCore"], path: "Sources/Runtime/JSON"),
        .target(name: "RuntimeHTTP", dependencies: ["RuntimeCore", "RuntimeSystem", "CLinux"], path: "Sources/Runtime/HTTP"),
        .target(name: "RuntimePostgres", dependencies: ["RuntimeCore", "RuntimeSystem", "CLibPQ"], path: "Sources/Runtime/Postgres"),
        .target(name: "RuntimeAuth", dependencies: ["RuntimeCore", "RuntimeJSON", "CSodium"], path: "Sources/Runtime/Auth"),
        // Development only: the private Postgres cluster `serve` starts when DATABASE_URL is unset.
        .target(
            name: "RuntimeDevelopment", dependencies: ["RuntimeCore", "RuntimePostgres", "RuntimeSystem"],
            path: "Sources/Runtime/Development"
        ),
        .target(
            name: "Runtime",
            dependencies: [
                "RuntimeSystem", "RuntimeCore", "RuntimeJSON", "RuntimeHTTP", "RuntimePostgres", "RuntimeAuth", "RuntimeDevelopment",
            ],
            path: "Sources/Runtime/App"
        ),

        // The golden Swift output of the fixture specs must compile against the runtime too.
        .target(name: "BlogAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/blog/expected/Sources/BlogAPI/Generated"),
        .target(name: "OrdersAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/orders/expected/Sources/OrdersAPI/Generated"),
        // SQL declared in the spec, of every shape (docs/spec.md §8.1); run end to end by LibraryEndToEndTests.
        .target(name: "LibraryAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/library/expected/Sources/LibraryAPI/Generated"),
        // The orders and library fixtures as servers, for bench/schemathesis.sh (APP=orders, APP=library).
        .executableTarget(name: "orders-fixture-server", dependencies: ["OrdersAPIFixture", "Runtime"], path: "Tests/GeneratorTests/Fixtures/orders/server"),
        .executableTarget(
            name: "library-fixture-server", dependencies: ["LibraryAPIFixture", "Runtime"], path: "Tests/GeneratorTests/Fixtures/library/server"
        ),
        // A multi-tenant domain: memberships, roles, nested paths, per-operation access (docs/spec.md §6.5);
        // run end to end by ClinicEndToEndTests.
        .target(name: "ClinicAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/clinic/expected/Sources/ClinicAPI/Generated"),
        // The clinic fixture as a server, for bench/tenant.sh.
        .executableTarget(
            name: "clinic-fixture-server", dependencies: ["ClinicAPIFixture", "Runtime"], path: "Tests/GeneratorTests/Fixtures/clinic/server"
        ),
        // Every Swift keyword as a field and an enum value, and a model named `Task`.
        .target(name: "KeywordsAPIFixture", dependencies: ["Runtime"], path: "Tests/GeneratorTests/Fixtures/keywords/expected/Sources/KeywordsAPI/Generated"),

        .testTarget(
            name: "GeneratorTests",
            dependencies: [
                "Generator", "Runtime", "RuntimePostgres", "RuntimeDevelopment", "RawHTTPClient", "PostgresTestCluster", "BlogAPIFixture", "OrdersAPIFixture",
                "KeywordsAPIFixture", "LibraryAPIFixture", "ClinicAPIFixture",
            ],
            exclude: ["Fixtures"]
        ),
        // A blocking raw-socket HTTP client for the test targets that drive a real server.
        .target(name: "RawHTTPClient", path: "Tests/RawHTTPClient"),
        // The throwaway Postgres cluster of a test process, shared by the test targets that need one.
        .target(
            name: "PostgresTestCluster", dependencies: ["RuntimeCore", "RuntimePostgres", "RuntimeDevelopment"],
            path: "Tests/PostgresTestCluster"
        ),
        .testTarget(name: "HTTPTests", dependencies: ["RuntimeHTTP", "RuntimeSystem", "RawHTTPClient"]),
        .testTarget(
            name: "PostgresTests",
            dependencies: ["Runtime", "RuntimePostgres", "RuntimeHTTP", "RuntimeDevelopment", "RawHTTPClient", "PostgresTestCluster"]
        ),
        .testTarget(name: "JSONAuthTests", dependencies: ["RuntimeJSON", "RuntimeAuth"]),
        .testTarget(
            name: "TodoAPITests",
            dependencies: ["TodoAPI", "CSodium", "RuntimeDevelopment", "RuntimeSystem", "RawHTTPClient", "PostgresTestCluster"]
        ),
    ] + apps.flatMap { app -> [Target] in
        // Each app: generated code plus hand-written handlers, and its thin server executable.
        [
            .target(name: app.module, dependencies: ["Runtime"]),
            .executableTarget(name: app.server, dependencies: [.target(name: app.module), "Runtime"]),
        ]
    },
    swiftLanguageModes: [.v6]
)
