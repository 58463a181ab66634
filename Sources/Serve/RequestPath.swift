/// The path of a request URL as the segments it names, percent-decoded exactly once.
///
/// Decoding once is the rule that makes `..` unreachable: `%2e%2e` becomes `..` and is refused like
/// a plain `..`, while `%252e` becomes the literal name `%2e`, which names no file. A decoded `/` or
/// `\` would let one segment climb through another, so both are refused, as are NUL and control bytes.
public struct RequestPath: Sendable, Equatable {
    /// The decoded names between the slashes; empty for `/`.
    public var segments: [String]
    /// The URL ended in `/`: it asks for a folder's `index.html`.
    public var isFolder: Bool
    /// The path exactly as the client sent it (still encoded), to build a redirect from.
    public var raw: String
    /// What followed `?`, kept for redirects.
    public var query: String?

    /// Why a request path is refused before the disk is looked at.
    public enum Refusal: Error, Sendable, Equatable {
        /// Not a path at all: no leading `/`, a bad `%` escape, bytes that are not UTF-8.
        case malformed
        /// A path that tries to leave or confuse the site: `..`, `.`, an encoded `/` or `\`, `//`.
        case climbing
    }

    /// Splits and decodes a request target (`/over/?x=1`); the fragment, if a client sent one, is dropped.
    public static func parse(_ target: String) -> Result<RequestPath, Refusal> {
        var rest = Substring(target)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: String?
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        guard rest.first == "/" else { return .failure(.malformed) }
        let pieces = rest.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var segments: [String] = []
        for (index, piece) in pieces.enumerated() {
            let isLast = index == pieces.count - 1
            // `//host/x` would turn a redirect to `//host/x/` into a link to another site.
            if piece.isEmpty && !isLast { return .failure(.climbing) }
            if piece.isEmpty { continue }
            switch decode(piece) {
            case .success(let segment):
                if segment == "." || segment == ".." { return .failure(.climbing) }
                segments.append(segment)
            case .failure(let refusal): return .failure(refusal)
            }
        }
        return .success(RequestPath(segments: segments, isFolder: pieces.last?.isEmpty ?? true, raw: String(rest), query: query))
    }

    private static func decode(_ piece: Substring) -> Result<String, Refusal> {
        var bytes: [UInt8] = []
        var input = Array(piece.utf8)[...]
        while let byte = input.popFirst() {
            var value = byte
            if byte == UInt8(ascii: "%") {
                guard input.count >= 2, let high = hexValue(input.removeFirst()), let low = hexValue(input.removeFirst()) else {
                    return .failure(.malformed)
                }
                value = high << 4 | low
            }
            if value == UInt8(ascii: "/") || value == UInt8(ascii: "\\") { return .failure(.climbing) }
            if value < 0x20 || value == 0x7F { return .failure(.malformed) }
            bytes.append(value)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.malformed) }
        return .success(text)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
