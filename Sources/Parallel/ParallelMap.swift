import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Maps on all cores, keeping the order of the input, so output stays deterministic.
/// One thread per core takes small batches from a shared counter. libdispatch's
/// `concurrentPerform` on Linux was seen to start its second worker late and run a 0.5 s stage on
/// one core. Threads are joined before returning, so `transform` never outlives the call.
/// `batch` is how many items a thread takes at a time; by default small batches of up to 64.
public func parallelMap<T: Sendable, U: Sendable>(_ items: [T], batch: Int? = nil, _ transform: @Sendable (T) -> U) -> [U] {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    guard items.count > 1, cores > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deinitialize().deallocate() }
    let batch = max(1, batch ?? min(64, items.count / (cores * 8)))
    let next = Atomic<Int>(0)
    nonisolated(unsafe) let output = results
    withoutActuallyEscaping(transform) { transform in
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            let work: @Sendable () -> Void = {
                while true {
                    let start = next.add(batch, ordering: .relaxed).oldValue
                    if start >= input.count { return }
                    for i in start..<min(input.count, start + batch) {
                        output[i] = transform(input[i])
                    }
                }
            }
            let threads = (1..<cores).compactMap { _ in WorkerThread.start(work) }
            work()
            threads.forEach(WorkerThread.join)
        }
    }
    return results.map { $0! }
}

/// A plain POSIX thread: its closure is released inside the thread, before `join` returns.
private enum WorkerThread {
    final class Job: @unchecked Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    static func start(_ run: @escaping @Sendable () -> Void) -> pthread_t? {
        let job = Unmanaged.passRetained(Job(run)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, job)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(job).release()
            return nil
        }
        return thread
    }

    static func join(_ thread: pthread_t) {
        pthread_join(thread, nil)
    }
}
