#if canImport(Glibc)
import Glibc
#endif

/// A listening TCP socket on 127.0.0.1 and nowhere else: the preview is for the editor at this
/// machine, and the gemeenten site it may show is not public.
struct LoopbackListener: Sendable {
    let descriptor: Int32
    /// The port actually bound; the kernel's choice when 0 was asked for.
    let port: UInt16

    /// Why the socket could not be opened, in words the user can act on.
    struct Failure: Error, Sendable {
        var message: String
    }

    static func open(port: UInt16) -> Result<LoopbackListener, Failure> {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return .failure(Failure(message: ServeMessages.noSocket(errno))) }
        // A restarted `swc serve` must not wait for the previous one's closed connections to expire.
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(Failure(message: ServeMessages.cannotListen(port: port, code)))
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return .success(LoopbackListener(descriptor: descriptor, port: UInt16(bigEndian: actual.sin_port)))
    }
}
