import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Accepts connections on a loopback socket and answers each on its own thread, at most
/// `maximumConnections` at once; further clients wait in the kernel's queue.
final class HTTPServer: Sendable {
    let port: UInt16
    private let listener: LoopbackListener
    private let handler: SiteHandler
    private let stopping = Atomic<Bool>(false)
    private let slots: DispatchSemaphore
    private let finished = DispatchSemaphore(value: 0)
    private let maximumConnections = 16

    init(listener: LoopbackListener, handler: SiteHandler) {
        self.listener = listener
        self.port = listener.port
        self.handler = handler
        self.slots = DispatchSemaphore(value: maximumConnections)
    }

    func start() {
        Thread { [self] in acceptLoop() }.start()
    }

    /// Stops accepting, lets the connections being answered finish, and closes the socket.
    func stop() {
        guard !stopping.exchange(true, ordering: .sequentiallyConsistent) else { return }
        finished.wait()
        for _ in 0..<maximumConnections { slots.wait() }
        for _ in 0..<maximumConnections { slots.signal() }
        close(listener.descriptor)
    }

    private func acceptLoop() {
        defer { finished.signal() }
        while !stopping.load(ordering: .sequentiallyConsistent) {
            // poll with a timeout rather than a blocking accept: closing a socket does not wake a
            // thread blocked in accept on Linux, so this is how `stop` gets through.
            var waiting = pollfd(fd: listener.descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 200) > 0 else { continue }
            let client = accept(listener.descriptor, nil, nil)
            guard client >= 0 else { continue }
            slots.wait()
            let handler = handler
            let slots = slots
            Thread {
                Connection.serve(client, with: handler)
                slots.signal()
            }.start()
        }
    }
}
