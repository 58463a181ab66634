#if canImport(Glibc)
import Glibc
#endif

/// What a request path names inside the site folder.
public enum Resolution: Sendable, Equatable {
    /// A regular file inside the site, by its real path on disk.
    case file(String)
    /// A folder asked for without its trailing slash: send the browser to this address.
    case redirect(String)
    /// Nothing there (or only hidden files): answered with the site's 404 page.
    case notFound
    /// A path that tries to leave the site, or a link inside it that points outside.
    case forbidden
    /// Not a usable path (bad escape, not UTF-8).
    case badRequest
}

/// Maps request paths to files, never to anything outside the site folder: after decoding, the
/// candidate is resolved with `realpath`, so a symbolic link that points out is caught as well.
public struct SiteResolver: Sendable {
    /// The site folder; it is resolved on every request because each rebuild swaps in a new folder.
    public var root: String

    /// A resolver for the site in `root`.
    public init(root: String) {
        self.root = root
    }

    /// The file, redirect or refusal for a request target such as `/over/?x=1`.
    public func resolve(_ target: String) -> Resolution {
        let path: RequestPath
        switch RequestPath.parse(target) {
        case .success(let parsed): path = parsed
        case .failure(.climbing): return .forbidden
        case .failure(.malformed): return .badRequest
        }
        // Hidden files (the `.swc-site` marker, an editor's leftovers) are not part of the site.
        if path.segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        guard let base = Self.realPath(root) else { return .notFound }
        guard let real = Self.realPath(([base] + path.segments).joined(separator: "/")) else { return .notFound }
        guard Self.isInside(real, base) else { return .forbidden }
        switch Self.kind(real) {
        case .folder:
            // `index.html` may itself be a link pointing out, so it is checked like any other path.
            guard let index = Self.realPath(real + "/index.html") else { return .notFound }
            guard Self.isInside(index, base) else { return .forbidden }
            guard Self.kind(index) == .file else { return .notFound }
            guard path.isFolder else { return .redirect(path.raw + "/" + (path.query.map { "?" + $0 } ?? "")) }
            return .file(index)
        case .file:
            return path.isFolder ? .notFound : .file(real)
        case .other:
            return .notFound
        }
    }

    private enum Kind { case file, folder, other }

    private static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    private static func isInside(_ path: String, _ base: String) -> Bool {
        path == base || path.hasPrefix(base == "/" ? "/" : base + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
