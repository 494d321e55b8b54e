import Generator
import PostgresTestCluster

/// The Postgres that checks declared SQL in these tests (and when golden fixtures are
/// regenerated): the test process's shared throwaway cluster, stopped at exit.
enum TestDatabase {
    static func describer() throws -> DatabaseStatementDescriber {
        DatabaseStatementDescriber(url: try TestCluster.url())
    }
}
