#if canImport(Glibc)
    import Glibc
#endif

/// Clocks.
extension Syscall {
    /// Monotonic milliseconds, for deadlines. The coarse clock is a vDSO read (no kernel entry)
    /// with jiffy resolution, plenty for second-scale timeouts.
    package static func monotonicMilliseconds() -> Int64 {
        let spec = clock(CLOCK_MONOTONIC_COARSE)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }

    /// Monotonic nanoseconds, for measuring request durations.
    package static func monotonicNanoseconds() -> UInt64 {
        let spec = clock(CLOCK_MONOTONIC)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Wall-clock seconds since the epoch, for the `Date` header.
    package static func wallClockSeconds() -> Int64 {
        Int64(clock(CLOCK_REALTIME_COARSE).tv_sec)
    }

    /// Wall-clock microseconds since the epoch, for `Timestamp.now()`.
    package static func wallClockMicroseconds() -> Int64 {
        let spec = clock(CLOCK_REALTIME)
        return Int64(spec.tv_sec) * 1_000_000 + Int64(spec.tv_nsec) / 1_000
    }

    /// `clock_gettime`, which cannot fail for these clocks (a vDSO read).
    private static func clock(_ id: clockid_t) -> timespec {
        var spec = timespec()
        _ = Glibc.clock_gettime(id, &spec)
        return spec
    }
}
