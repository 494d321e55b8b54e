import Foundation
import PostgresTestCluster
import RuntimePostgres
import XCTest

/// What the self-started cluster gives its server beyond the settings file.
final class DevelopmentDatabaseTests: XCTestCase {
    /// The postmaster, and so every backend it forks, runs with glibc's malloc thresholds fixed
    /// (docs/decisions/0009): on the defaults a backend whose queries free just over 128 KB gives
    /// that memory back to the kernel after each one and faults it in again for the next. (The
    /// postmaster's own environment, because a backend overwrites its copy with its ps title.)
    func testThePostmasterRunsWithFixedMallocThresholds() throws {
        _ = try TestCluster.url()
        let pidFile = try String(contentsOfFile: TestCluster.directory + "/data/postmaster.pid", encoding: .utf8)
        let postmaster = try XCTUnwrap(pidFile.split(separator: "\n").first.flatMap { Int32($0) })
        // Read to the end rather than by size: procfs reports 0.
        let environ = try XCTUnwrap(FileHandle(forReadingAtPath: "/proc/\(postmaster)/environ")).readToEnd() ?? Data()
        let variables = environ.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let ours = ProcessInfo.processInfo.environment.filter { $0.key.hasPrefix("MALLOC_") || $0.key == "GLIBC_TUNABLES" }
        let expected = ours.isEmpty ? ["MALLOC_MMAP_THRESHOLD_": "33554432", "MALLOC_TRIM_THRESHOLD_": "67108864"] : ours
        for (name, value) in expected {
            XCTAssertTrue(variables.contains(name + "=" + value), "postmaster \(postmaster) lacks \(name)=\(value)")
        }
        XCTAssertTrue(variables.contains { $0.hasPrefix("PATH=") }, "the rest of the environment is passed on")
    }
}
