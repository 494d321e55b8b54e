import Foundation

/// `GET /docs`: one self-contained page that renders the API's `/openapi.json` in the browser —
/// operations grouped by tag, every schema as a field table, generated examples, each operation's
/// access requirement, the statuses every operation shares stated once, and a "try it" form per
/// operation that sends real requests with a bearer token (captured from a signup or login answer).
/// The same page for every generated API; nothing is loaded from elsewhere. Served with a strict
/// Content-Security-Policy whose hashes are computed from the exact inline script and style.
enum DocumentationPage {
    static let html = head + "<style>" + style + "</style>\n</head>\n" + body + "<script>" + script + "</script>\n</body>\n</html>\n"

    static let contentSecurityPolicy = [
        "default-src 'none'",
        "script-src '\(hash(script))'",
        "style-src '\(hash(style))'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// The response, built once per server.
    static func response() -> Response {
        let headers = HTTPHeaders([
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Security-Policy", contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-cache"),
        ])
        return Response(status: 200, headers: headers, body: Array(html.utf8))
    }

    /// A CSP source expression for an inline element with exactly `text` as its content.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }

    static let head = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>API documentation</title>
        <link rel="icon" href="data:,">

        """#

    static let body = #"""
        <body>
        <a class="skip" href="#main">Skip to the operations</a>
        <header class="top">
          <div class="brand">
            <h1 id="title">API documentation</h1>
            <p id="subtitle">Loading <a href="/openapi.json">/openapi.json</a>…</p>
          </div>
          <form class="token" id="token-form" autocomplete="off">
            <label for="token">Bearer token</label>
            <input id="token" name="token" type="text" spellcheck="false" placeholder="sign up or log in below, or paste a token">
            <button type="button" id="token-clear">Clear</button>
            <p id="token-state" class="token-state" aria-live="polite"></p>
          </form>
        </header>
        <div class="layout">
          <nav id="nav" aria-label="Operations"></nav>
          <main id="main" tabindex="-1">
            <noscript><p>This page renders <a href="/openapi.json">/openapi.json</a> with JavaScript; read that document directly instead.</p></noscript>
          </main>
        </div>

        """#
}
