#if canImport(Glibc)
import Glibc
#endif

/// A response as the server sends it: status, headers, and a body held in memory or read from an
/// open file (downloads can be large, so files are streamed rather than loaded).
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: Body

    enum Body: Sendable {
        case bytes([UInt8])
        /// An open file descriptor and its size; the connection closes it after sending.
        case file(descriptor: Int32, size: Int)
    }

    var contentLength: Int {
        switch body {
        case .bytes(let bytes): bytes.count
        case .file(_, let size): size
        }
    }

    /// The status line and headers, ending in the blank line. Every response carries the headers
    /// the README recommends for the real web server, so the preview behaves like the published site.
    func head() -> String {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        let fixed = [
            ("Content-Length", String(contentLength)),
            // Each reload must show the latest build, never a cached page.
            ("Cache-Control", "no-store"),
            ("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("Connection", "close"),
        ]
        // No Strict-Transport-Security: it means nothing over http and would pin 127.0.0.1 to https.
        for (name, value) in headers + fixed { text += "\(name): \(value)\r\n" }
        return text + "\r\n"
    }

    /// A short Dutch text for statuses that have no page of their own.
    static func text(_ status: Int, _ message: String, extra: [(String, String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + extra,
                     body: .bytes(Array("\(status) \(message)\n".utf8)))
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        default: "Internal Server Error"
        }
    }
}
