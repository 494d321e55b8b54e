import RuntimeCore
import RuntimeJSON

/// Opaque, tamper-proof list cursors (`?cursor=…`, issue 15): where the last page ended (the
/// last row's sort value and key, as Postgres wrote them) and for which sort it is valid,
/// signed with HMAC-SHA-256. A client can pass a cursor back but not forge or alter one, so the
/// values reach SQL only as bind parameters of the shape the server itself produced.
///
/// The token is `base64url(JSON array of strings) . base64url(HMAC)`; the JSON array is
/// `["c1", scope, value, key]`. The key is the server's auth secret (cursors survive restarts
/// and are shared by instances), or random per process when the API has no auth.
public struct CursorSealer: Sendable {
    private let key: [UInt8]

    public init(secret: String?) {
        if let secret, !secret.isEmpty {
            key = Array(("list-cursor:" + secret).utf8)
        } else {
            key = (try? Sodium.randomBytes(32)) ?? Array("list-cursor".utf8)
        }
    }

    /// A cursor continuing after a row whose sort column and key read `value` and `key`, valid
    /// only for `scope` (the sort and its direction).
    public func seal(scope: String, value: String, key rowKey: String) -> String {
        var writer = JSONWriter(capacity: 64 + value.utf8.count + rowKey.utf8.count)
        writer.beginArray()
        for part in ["c1", scope, value, rowKey] { writer.string(part) }
        writer.endArray()
        let payload = writer.bytes
        let mac = (try? Sodium.hmacSHA256(key: key, parts: [payload])) ?? []
        return Base64.encode(payload, alphabet: .url) + "." + Base64.encode(mac, alphabet: .url)
    }

    /// The sort value and key a cursor carries, or nil when it is malformed, altered, or was
    /// made for another sort.
    public func open(_ token: String, scope: String) -> (value: String, key: String)? {
        let pieces = token.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, let payload = Base64.decode(pieces[0], alphabet: .url),
            let mac = Base64.decode(pieces[1], alphabet: .url),
            let expected = try? Sodium.hmacSHA256(key: key, parts: [payload]), Sodium.constantTimeEqual(mac, expected),
            let parsed = try? JSONParser.parse(payload, maxDepth: 2), case .array(let items) = parsed, items.count == 4,
            case let strings = items.compactMap(Self.string), strings.count == 4, strings[0] == "c1", strings[1] == scope
        else { return nil }
        return (strings[2], strings[3])
    }

    private static func string(_ value: JSONValue) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }
}
