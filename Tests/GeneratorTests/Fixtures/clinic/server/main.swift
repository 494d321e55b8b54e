import ClinicAPIFixture
import Foundation
import Runtime

/// The clinic fixture as a server of its own, for bench/tenant.sh (member-scoped list and get
/// against their pgbench ceiling) and black-box checks. The spec declares no custom endpoint.
struct ClinicHandlers: ClinicAPIHandlers {}

exit(await ServerMain.run(GeneratedAPI.self, handlers: ClinicHandlers(), arguments: CommandLine.arguments))
