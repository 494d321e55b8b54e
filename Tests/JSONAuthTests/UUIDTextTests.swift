import Foundation
import RuntimeCore
import XCTest

/// `UUIDText` must accept exactly what `UUID(uuidString:)` accepts (it replaced it on the
/// request path), and give the same value.
final class UUIDTextTests: XCTestCase {
    func testAgreesWithFoundation() {
        var inputs = [
            "7c9e6679-7425-40de-944b-e07fc1f90ae7", "7C9E6679-7425-40DE-944B-E07FC1F90AE7", "7c9E6679-7425-40de-944B-e07fc1f90Ae7",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "", "7c9e6679742540de944be07fc1f90ae7", "{7c9e6679-7425-40de-944b-e07fc1f90ae7}",
            "7c9e6679-7425-40de-944b-e07fc1f90ae", "7c9e6679-7425-40de-944b-e07fc1f90ae7a", " 7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "7c9e6679-7425-40de-944b-e07fc1f90ae ", "7c9e667g-7425-40de-944b-e07fc1f90ae7", "7c9e6679+7425-40de-944b-e07fc1f90ae7",
            "7c9e6679-742540de-944b-e07fc1f90ae7-", "7c9e6679-7425-40de-944b-e07fc1f9é", "é7c9e6679-7425-40de-944b-e07fc1f9",
        ]
        for _ in 0..<200 { inputs.append(UUID().uuidString) }
        for input in inputs {
            XCTAssertEqual(UUIDText.parse(input), UUID(uuidString: input), input)
        }
    }
}
