/// The head of an HTTP/1.x request: what the server needs to answer a GET or HEAD.
struct HTTPRequest: Sendable, Equatable {
    var method: String
    var target: String
    var version: String
    /// Header values by lowercased name; a repeated header keeps its first value.
    var headers: [String: String]

    /// The longest head read; browsers send a few hundred bytes.
    static let maximumHeadSize = 16 * 1024

    /// Parses the bytes up to and including the empty line; nil when they are not an HTTP/1.x request head.
    static func parse(_ head: [UInt8]) -> HTTPRequest? {
        guard let text = String(validating: head, as: UTF8.self) else { return nil }
        // "\r\n" is one Character in Swift, so lines are split on any newline, not on "\n".
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        guard let requestLine = lines.popFirst() else { return nil }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[2].hasPrefix("HTTP/1.") else { return nil }
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if headers[name] == nil { headers[name] = value }
        }
        return HTTPRequest(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    }

    /// The offset just past the blank line that ends the head, once `bytes` holds it.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        for index in 1..<bytes.count where bytes[index] == 10 {
            if bytes[index - 1] == 10 { return index + 1 }
            if index >= 3, bytes[index - 1] == 13, bytes[index - 2] == 10 { return index + 1 }
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
