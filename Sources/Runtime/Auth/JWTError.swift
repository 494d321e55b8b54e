/// Why a token was refused. For logs and tests only: clients always get the same 401 message,
/// so a forger learns nothing about which check failed.
public enum JWTError: Error, Sendable, Equatable {
    /// Not three non-empty dot-separated segments, too long, or a segment is not base64url.
    case malformed
    /// The header is not a JSON object, or has `crit` extensions we do not understand.
    case invalidHeader
    /// `alg` is anything but `HS256` (`none`, `HS512`, `RS256`, missing…).
    case unsupportedAlgorithm
    case badSignature
    /// The payload is not a JSON object, or a claim has the wrong type.
    case invalidClaims
    case expired
    /// `nbf` is later than now.
    case notYetValid
    /// `sub` is missing, empty or not a string.
    case invalidSubject
}
