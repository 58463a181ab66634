#if canImport(Glibc)
import Glibc
#endif

/// Answers one request from the site folder: GET and HEAD only, files by their extension's type,
/// folders by their `index.html`, anything else with the site's own 404 page.
struct SiteHandler: Sendable {
    var resolver: SiteResolver

    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, "alleen GET en HEAD", extra: [("Allow", "GET, HEAD")])
        }
        // A page on another site could reach this server through a host name that it points at
        // 127.0.0.1 (DNS rebinding) and read a preview of the gemeenten site; such requests name
        // that other host.
        if let host = request.headers["host"], !Self.isLoopback(host) {
            return .text(400, "onbekende host '\(host)': open de site op 127.0.0.1 of localhost")
        }
        switch resolver.resolve(request.target) {
        case .file(let path):
            return fileResponse(path, status: 200) ?? .text(500, "het bestand kan niet gelezen worden")
        case .redirect(let location):
            return .text(301, "verplaatst naar \(location)", extra: [("Location", location)])
        case .notFound:
            return notFound()
        case .forbidden:
            return .text(403, "verboden: dit pad ligt buiten de site")
        case .badRequest:
            return .text(400, "ongeldig pad")
        }
    }

    /// The site's `404.html` with status 404, as the published site's web server is configured.
    private func notFound() -> HTTPResponse {
        if case .file(let page) = resolver.resolve("/404.html"), let response = fileResponse(page, status: 404) {
            return response
        }
        return .text(404, "niet gevonden")
    }

    private func fileResponse(_ path: String, status: Int) -> HTTPResponse? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return nil
        }
        return HTTPResponse(status: status, headers: [("Content-Type", ContentType.of(path))],
                            body: .file(descriptor: descriptor, size: Int(info.st_size)))
    }

    static func isLoopback(_ host: String) -> Bool {
        var name = Substring(host.lowercased())
        if name.hasPrefix("[") {
            name = name.prefix(while: { $0 != "]" }) + "]"
        } else if let colon = name.lastIndex(of: ":") {
            name = name[..<colon]
        }
        return name == "127.0.0.1" || name == "localhost" || name == "[::1]"
    }
}
