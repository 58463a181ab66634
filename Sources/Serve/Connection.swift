#if canImport(Glibc)
import Glibc
#endif

/// One accepted connection: read the request head, answer, close. `Connection: close` keeps the
/// server free of keep-alive bookkeeping; a preview for one editor needs no more.
enum Connection {
    static func serve(_ descriptor: Int32, with handler: SiteHandler) {
        defer { close(descriptor) }
        // A client that opens a connection and sends nothing must not hold a thread for ever.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        timeout.tv_sec = 30
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        switch readHead(descriptor) {
        case .none:
            return
        case .some(.tooLarge):
            send(.text(431, "de aanvraag is te groot"), to: descriptor, withBody: true)
        case .some(.head(let bytes)):
            guard let request = HTTPRequest.parse(bytes) else {
                return send(.text(400, "geen geldige HTTP-aanvraag"), to: descriptor, withBody: true)
            }
            send(handler.respond(to: request), to: descriptor, withBody: request.method != "HEAD")
        }
    }

    private enum Head { case head([UInt8]), tooLarge }

    private static func readHead(_ descriptor: Int32) -> Head? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            bytes += buffer[..<count]
            if let end = HTTPRequest.endOfHead(bytes) { return .head(Array(bytes[..<end])) }
            if bytes.count > HTTPRequest.maximumHeadSize { return .tooLarge }
        }
    }

    private static func send(_ response: HTTPResponse, to descriptor: Int32, withBody: Bool) {
        var file: Int32?
        if case .file(let opened, _) = response.body { file = opened }
        defer { if let file { close(file) } }
        var head = response.head()
        guard head.withUTF8({ sendAll(descriptor, UnsafeRawBufferPointer($0)) }), withBody else { return }
        switch response.body {
        case .bytes(let bytes):
            _ = bytes.withUnsafeBytes { sendAll(descriptor, $0) }
        case .file(let opened, _):
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(opened, $0.baseAddress, $0.count) }
                guard count > 0, chunk.withUnsafeBytes({ sendAll(descriptor, UnsafeRawBufferPointer(rebasing: $0[..<count])) }) else { return }
            }
        }
    }

    /// Writes every byte; MSG_NOSIGNAL because a browser that hangs up early must not end the
    /// process with SIGPIPE.
    private static func sendAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let sent = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }
}
