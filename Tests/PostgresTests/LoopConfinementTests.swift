import Dispatch
import Foundation
import RuntimeCore
import XCTest

/// Loop confinement is checked, not only commented (docs/decisions/0010): an event loop knows
/// whether the caller runs on its thread, and `preconditionInEventLoop` (debug builds) stops the
/// program when it does not.
final class LoopConfinementTests: XCTestCase {
    func testCodeOnTheLoopIsInItsEventLoopAndOtherThreadsAreNot() async throws {
        let (onLoop, elsewhere) = try await OnEventLoop.run { () -> (Bool, Bool) in
            guard let reactor = IOReactorContext.current else { return (false, true) }
            reactor.preconditionInEventLoop()  // passes here; would trap off the loop in a debug build
            return (reactor.isInEventLoop, Self.onAnotherThread(reactor))
        }
        XCTAssertTrue(onLoop, "a handler runs on its loop's thread")
        XCTAssertFalse(elsewhere, "another thread is not the loop's")
    }

    /// `reactor.isInEventLoop` asked on a new thread (the loop waits: a test only).
    private static func onAnotherThread(_ reactor: any IOReactor) -> Bool {
        nonisolated(unsafe) let reactor = reactor
        nonisolated(unsafe) var answer = true
        let done = DispatchSemaphore(value: 0)
        Thread {
            answer = reactor.isInEventLoop
            done.signal()
        }.start()
        done.wait()
        return answer
    }
}
