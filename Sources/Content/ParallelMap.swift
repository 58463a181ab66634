import Foundation
import Synchronization

/// Maps on all cores, keeping the order of the input, so output stays deterministic.
/// Uses one thread per core taking small batches from a shared counter: libdispatch's
/// `concurrentPerform` on Linux was seen to start its second worker late and run a 0.5 s stage on
/// one core.
public func parallelMap<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    guard items.count > 1, cores > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let batch = max(1, min(64, items.count / (cores * 8)))
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
            let done = DispatchSemaphore(value: 0)
            for _ in 1..<cores {
                let thread = Thread {
                    work()
                    done.signal()
                }
                thread.stackSize = 4 << 20
                thread.start()
            }
            work()
            for _ in 1..<cores { done.wait() }
        }
    }
    return results.map { $0! }
}
